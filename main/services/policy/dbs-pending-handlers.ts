import type { HandlerTable } from '@main/rpc/handler';
import { dbsPendingPolicyView, updateDbsPendingPolicy } from './dbs-pending-service';

/** Handlers for the pending-DBS policy. */
export const dbsPendingHandlers: HandlerTable<'policy.dbsPendingPolicy' | 'policy.updateDbsPendingPolicy'> = {
  'policy.dbsPendingPolicy': (_input, ctx) => dbsPendingPolicyView(ctx),
  'policy.updateDbsPendingPolicy': (input, ctx) => updateDbsPendingPolicy(ctx, input.policy),
};
