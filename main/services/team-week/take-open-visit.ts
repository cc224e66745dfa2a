import { AppError } from '@shared/contract/errors';
import type { TakeOpenVisitInput, TeamWeek } from '@shared/domain/team-week/team-week';
import { formatDate, formatMinute } from '@shared/domain/time/format';
import type { HandlerContext } from '@main/rpc/context';
import { coordinatorStaffIds } from '@main/services/notices/coordinators';
import { sendNotices } from '@main/services/notices/send-notices';
import { checkAndSave } from '@main/services/rota/edit-service';
import { ownStaffId } from '@main/services/rota/my-week-service';
import { loadStoredPlan } from '@main/services/rota/stored-plan';
import { isTeamMember } from '@main/services/clients/client-queries';
import { staffNames } from '@main/services/staff/staff-queries';
import { hasStarted, teamWeek, whyNotTake } from './team-week-service';

/**
 * A worker takes an open visit in a published week. Everything is read and written in one transaction, which holds
 * the store's only connection, so two workers taking the same visit at the same moment are served one after the
 * other: the first gets it once the whole plan passes the validator, the second finds it taken. The coordinators are
 * told, and the rota's change log records it.
 */
export async function takeOpenVisit(ctx: HandlerContext, input: TakeOpenVisitInput): Promise<TeamWeek> {
  const staffId = ownStaffId(ctx);
  const caller = ctx.requireCaller();
  const now = ctx.deps.clock.now();
  let told: string[] = [];
  await ctx.deps.db.transaction().execute(async (trx) => {
    const stored = await loadStoredPlan(trx, input.isoWeek);
    if (stored.week.status !== 'published')
      throw AppError.field(['isoWeek'], 'This week’s rota is not published yet, so its visits cannot be taken.');
    const row = stored.rowById.get(input.visitId);
    if (!row || !(await isTeamMember(trx, row.client_id, staffId)))
      throw AppError.field(['visitId'], 'That visit is not one of your teams’ visits this week.');
    if (row.worker1_id !== null)
      throw new AppError('CONFLICT', 'Someone else has already taken this visit.', { reason: 'taken' });
    const why = whyNotTake(stored, row, staffId, now);
    if (why !== null) {
      if (hasStarted(row, now) || row.workers_needed !== 1) throw AppError.field(['visitId'], why);
      throw new AppError('CONFLICT', why, { issues: [{ path: ['visitId'], message: why }], reason: 'hard_rule' });
    }
    // The whole plan goes through the independent validator again before anything is written.
    await checkAndSave(
      ctx,
      stored,
      [{ visitId: row.id, workerIds: [staffId], startMinute: row.start_minute, pinned: false }],
      'assign',
      caller.username,
      false,
      { trx },
    );
    const names = await staffNames(trx, [staffId]);
    const person = stored.instance.clients.find((c) => c.id === row.client_id)?.name ?? 'a person';
    const text =
      `${names.get(staffId) ?? caller.username} took the open visit to ${person} on ${formatDate(row.date)} ` +
      `at ${formatMinute(row.start_minute)}. It is in the rota's change log.`;
    const coordinators = (await coordinatorStaffIds(trx)).filter((id) => id !== staffId);
    told = [
      staffId,
      ...(await sendNotices(
        ctx,
        trx,
        coordinators.map((id) => ({ staffId: id, text })),
      )),
    ];
  });
  ctx.deps.events.publish('rota.changed', { ids: [input.isoWeek] });
  ctx.deps.events.publish('notices.changed', { ids: told });
  return teamWeek(ctx, input.isoWeek);
}
