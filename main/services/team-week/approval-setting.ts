import type { Kysely } from 'kysely';
import { TeamChangeApproval } from '@shared/domain/team-week/team-changes';
import type { Database } from '@main/db/schema';
import type { HandlerContext } from '@main/rpc/context';
import { readSetting, writeSetting } from '../settings/settings';

/** Settings key of which swaps and give-ups wait for the coordinator. */
export const TEAM_CHANGE_APPROVAL_KEY = 'teamWeek.approval';

/** Until the branch chooses, the coordinator approves every change (the cautious start). */
const DEFAULT_APPROVAL: TeamChangeApproval = { mode: 'every', hoursLimitMinutes: 120 };

/** The branch's choice of which swaps and give-ups wait for the coordinator. */
export function readTeamChangeApproval(db: Kysely<Database>): Promise<TeamChangeApproval> {
  return readSetting(db, TEAM_CHANGE_APPROVAL_KEY, TeamChangeApproval, DEFAULT_APPROVAL);
}

/** Save the branch's choice, audited. */
export async function saveTeamChangeApproval(
  ctx: HandlerContext,
  setting: TeamChangeApproval,
): Promise<TeamChangeApproval> {
  await ctx.deps.db.transaction().execute(async (trx) => {
    await writeSetting(trx, TEAM_CHANGE_APPROVAL_KEY, setting, ctx.deps.clock.now());
    await ctx.audit(trx, {
      action: 'teamWeek.saveApproval',
      entity: 'setting',
      entityId: TEAM_CHANGE_APPROVAL_KEY,
      outcome: 'success',
      detail: `${setting.mode} ${setting.hoursLimitMinutes}`,
    });
  });
  return setting;
}
