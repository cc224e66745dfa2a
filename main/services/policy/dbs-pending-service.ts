import type { DbsPendingPolicyView } from '@shared/contract/procedures/dbs-pending';
import type { DbsPendingPolicy } from '@shared/domain/staff/eligibility';
import type { HandlerContext } from '@main/rpc/context';
import { DBS_PENDING_POLICY_KEY, readDbsPendingPolicy, writeDbsPendingPolicy } from '../staff/eligibility-facts';

/** The branch's policy for starting while a DBS check is pending. */
export async function dbsPendingPolicyView(ctx: HandlerContext): Promise<DbsPendingPolicyView> {
  return { policy: await readDbsPendingPolicy(ctx.deps.db) };
}

/**
 * Change the policy. The eligibility rule reads it wherever it runs (planner, board, sickness cover, validator), so
 * the next plan or edit follows it; weeks already published are checked again on their next edit.
 */
export async function updateDbsPendingPolicy(
  ctx: HandlerContext,
  policy: DbsPendingPolicy,
): Promise<DbsPendingPolicyView> {
  await ctx.deps.db.transaction().execute(async (trx) => {
    await writeDbsPendingPolicy(trx, policy, ctx.deps.clock.now());
    await ctx.audit(trx, {
      action: 'policy.updateDbsPendingPolicy',
      entity: 'setting',
      entityId: DBS_PENDING_POLICY_KEY,
      outcome: 'success',
      detail: policy,
    });
  });
  ctx.deps.events.publish('policy.changed', { ids: [DBS_PENDING_POLICY_KEY] });
  return dbsPendingPolicyView(ctx);
}
