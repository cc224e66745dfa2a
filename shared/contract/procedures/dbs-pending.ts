import { z } from 'zod';
import { procedure } from '../procedure';
import { DbsPendingPolicy } from '@shared/domain/staff/eligibility';

/** The branch's policy for starting work while a DBS check is pending. */
export const DbsPendingPolicyView = z.object({ policy: DbsPendingPolicy });
/** The branch's policy for starting work while a DBS check is pending. */
export type DbsPendingPolicyView = z.infer<typeof DbsPendingPolicyView>;

/** Who may start work while their enhanced DBS check is pending. */
export const dbsPendingProcedures = {
  'policy.dbsPendingPolicy': procedure({
    summary: 'The branch’s policy for starting while a DBS check is pending.',
    input: z.object({}),
    output: DbsPendingPolicyView,
    roles: ['manager', 'coordinator'],
  }),
  'policy.updateDbsPendingPolicy': procedure({
    summary:
      'Choose whether a worker may start while their DBS check is pending: no, only alongside a colleague, or yes.',
    input: z.object({ policy: DbsPendingPolicy }),
    output: DbsPendingPolicyView,
    roles: ['manager'],
    mutation: true,
    invalidates: ['policy', 'rota', 'compliance'],
  }),
};
