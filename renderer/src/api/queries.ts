import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '@shared/contract/procedures';
import type { ApiClient } from './api-client';
import { useApi } from './api-context';

/** Query options for a read procedure, keyed by name and input so events can invalidate by domain. */
export function procedureQuery<N extends ProcedureName>(api: ApiClient, name: N, input: ProcedureInput<N>) {
  return queryOptions({
    queryKey: [name, input] as const,
    queryFn: () => api.call(name, input),
  });
}

/** A mutation hook for a procedure; on success it invalidates the listed domains (`staff` → every `staff.*` query). */
export function useProcedureMutation<N extends ProcedureName>(name: N, invalidates: string[] = []) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<ProcedureOutput<N>, Error, ProcedureInput<N>>({
    mutationFn: (input) => api.call(name, input),
    onSuccess: async () => {
      await Promise.all(
        invalidates.map((domain) =>
          queryClient.invalidateQueries({ predicate: (query) => String(query.queryKey[0]).startsWith(`${domain}.`) }),
        ),
      );
    },
  });
}
