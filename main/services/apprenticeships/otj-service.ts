import { AppError } from '@shared/contract/errors';
import type { OtjEntry, OtjEntryInput } from '@shared/domain/apprenticeships/apprenticeships';
import type { HandlerContext } from '@main/rpc/context';
import { actorName } from '../pathway/access';
import { londonDate } from '@main/platform/clock';
import { toOtjEntry } from './apprenticeship-queries';
import { assertActive, relation, requireApprenticeship } from './access';
import { formatDate } from '@shared/domain/time/format';

/** Hours a day can hold across all of an apprentice's OTJ entries. */
const MAX_HOURS_PER_DAY = 24;

/**
 * Log OTJ hours. A manager's entry counts at once; an apprentice logs only their own, which waits for their mentor or a
 * manager. Dates run from the start to today, and one day's entries never add up to more than 24 hours.
 */
export async function logOtj(ctx: HandlerContext, input: OtjEntryInput): Promise<OtjEntry> {
  const row = await requireApprenticeship(ctx, input.apprenticeshipId);
  const rel = relation(ctx, row);
  if (!rel.manager && !rel.apprentice)
    throw new AppError('FORBIDDEN', 'You can only log hours on your own apprenticeship.');
  assertActive(row);
  const today = londonDate(ctx.deps.clock.now());
  if (input.date < row.start_date)
    throw AppError.field(
      ['date'],
      `The date must be on or after the apprenticeship started (${formatDate(row.start_date)}).`,
    );
  if (input.date > today) throw AppError.field(['date'], 'Hours cannot be logged for a future date.');
  const id = ctx.deps.ids();
  const now = ctx.deps.clock.now().toISOString();
  const approvedNow = rel.manager;
  const saved = await ctx.deps.db.transaction().execute(async (trx) => {
    const day = await trx
      .selectFrom('otj_entry')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('hours'), eb.val(0)).as('total'))
      .where('apprenticeship_id', '=', row.id)
      .where('entry_date', '=', input.date)
      .where('status', '!=', 'rejected')
      .executeTakeFirstOrThrow();
    const already = Number(day.total);
    if (already + input.hours > MAX_HOURS_PER_DAY) {
      throw AppError.field(
        ['hours'],
        `That would make ${already + input.hours} hours on ${formatDate(input.date)}; a ` +
          `day holds at most ${MAX_HOURS_PER_DAY} (${already} already logged).`,
      );
    }
    const inserted = await trx
      .insertInto('otj_entry')
      .values({
        id,
        apprenticeship_id: row.id,
        entry_date: input.date,
        hours: input.hours,
        activity: input.activity,
        evidence: input.evidence,
        source: 'manual',
        session_id: null,
        status: approvedNow ? 'approved' : 'pending',
        logged_by: actorName(ctx),
        logged_at: now,
        decided_by: approvedNow ? actorName(ctx) : null,
        decided_at: approvedNow ? now : null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit(trx, {
      action: 'apprenticeships.logOtj',
      entity: 'apprenticeship',
      entityId: row.id,
      outcome: 'success',
      detail: `${input.hours} h on ${input.date}`,
    });
    return inserted;
  });
  ctx.deps.events.publish('apprenticeships.changed', { ids: [row.id] });
  return toOtjEntry(saved);
}

/** Approve or reject a pending entry: a manager, or the apprentice's mentor (never the apprentice). */
export async function decideOtj(
  ctx: HandlerContext,
  entryId: string,
  decision: 'approved' | 'rejected',
): Promise<OtjEntry> {
  const entry = await ctx.deps.db.selectFrom('otj_entry').selectAll().where('id', '=', entryId).executeTakeFirst();
  if (!entry) throw new AppError('NOT_FOUND', 'That OTJ entry does not exist.');
  const row = await requireApprenticeship(ctx, entry.apprenticeship_id);
  const rel = relation(ctx, row);
  if (!rel.manager && !rel.mentor)
    throw new AppError('FORBIDDEN', "Only the apprentice's mentor or a manager can approve hours.");
  if (entry.status !== 'pending') throw new AppError('CONFLICT', `This entry has already been ${entry.status}.`);
  const now = ctx.deps.clock.now().toISOString();
  const saved = await ctx.deps.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('otj_entry')
      .set({ status: decision, decided_by: actorName(ctx), decided_at: now })
      .where('id', '=', entryId)
      .where('status', '=', 'pending')
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw new AppError('CONFLICT', 'This entry has just been decided by someone else.');
    await ctx.audit(trx, {
      action: `apprenticeships.otj.${decision}`,
      entity: 'otj_entry',
      entityId: entryId,
      outcome: 'success',
    });
    return updated;
  });
  ctx.deps.events.publish('apprenticeships.changed', { ids: [row.id] });
  return toOtjEntry(saved);
}
