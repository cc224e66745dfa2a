import type { Issue, RpcErrorBody } from '@shared/contract/errors';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '@shared/contract/procedures';
import type { Transport } from '../transport/transport';

/** A failed call, carrying the backend's code, message and field issues. */
export class ApiError extends Error {
  readonly code: RpcErrorBody['code'];
  readonly issues: Issue[];
  readonly reason: string | undefined;
  constructor(body: RpcErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.issues = body.issues ?? [];
    this.reason = body.reason;
  }
}

/** Typed calls over whichever transport was chosen at boot. */
export interface ApiClient {
  call<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>>;
  transport: Transport;
}

/** Wrap a transport; session problems are reported to `onSessionProblem` so the shell can lock or sign out. */
export function createApiClient(
  transport: Transport,
  onSessionProblem: (reason: string | undefined) => void,
): ApiClient {
  return {
    transport,
    async call(name, input) {
      const envelope = await transport.call(name, input);
      if (envelope.ok) return envelope.value as never;
      if (envelope.error.code === 'UNAUTHENTICATED' && !name.startsWith('auth.') && !name.startsWith('setup.'))
        onSessionProblem(envelope.error.reason);
      throw new ApiError(envelope.error);
    },
  };
}
