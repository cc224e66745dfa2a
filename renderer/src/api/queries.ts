import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { procedures, type ProcedureInput, type ProcedureName, type ProcedureOutput } from '@shared/contract/procedures';
import type { ApiClient } from './api-client';
import { useApi } from './api-context';
import { refreshDomains } from './refresh-domains';

/** Query options for a read procedure, keyed by name and input so changes can refresh by domain. */
export function procedureQuery<N extends ProcedureName>(api: ApiClient, name: N, input: ProcedureInput<N>) {
  return queryOptions({
    queryKey: [name, input] as const,
    queryFn: () => api.call(name, input),
  });
}

/**
 * The domains to refresh after a procedure succeeds: those its contract entry declares, and the audit log, which
 * every mutation appends to.
 */
export function domainsChangedBy(name: ProcedureName): readonly string[] {
  const def = procedures[name];
  const declared = def.invalidates ?? [];
  return def.mutation ? [...declared, 'audit'] : declared;
}

/** The one way to change data: call the procedure, then refresh the domains its contract entry says it changes. */
export function useProcedureMutation<N extends ProcedureName>(name: N) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<ProcedureOutput<N>, Error, ProcedureInput<N>>({
    mutationFn: (input) => api.call(name, input),
    onSuccess: () => refreshDomains(queryClient, domainsChangedBy(name)),
  });
}
