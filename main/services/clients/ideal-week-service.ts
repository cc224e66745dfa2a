import { AppError } from '@shared/contract/errors';
import {
  idealWeekProblems,
  idealWeekTotals,
  type IdealWeekInput,
  type IdealWeekItem,
  type IdealWeekView,
  type RepeatPattern,
} from '@shared/domain/clients/ideal-week';
import { isoWeekday } from '@shared/domain/time/iso-week';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@main/db/schema';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import { findClient, parseSkills, teamMemberIds } from './client-queries';
import { callerAccess } from './client-access';
import { readIdealWeekPolicy } from './ideal-week-policy';

const Ids = z.array(z.string());

/** A person's ideal week in force on a date (default today), or a chosen version, with the history. */
export async function getIdealWeek(
  ctx: HandlerContext,
  clientId: string,
  onDate: string | null,
  versionId: string | null,
): Promise<IdealWeekView> {
  const db = ctx.deps.db;
  if (!(await findClient(db, clientId))) throw new AppError('NOT_FOUND', 'That person is not on record.');
  const date = onDate ?? londonDate(ctx.deps.clock.now());
  const versions = await db
    .selectFrom('ideal_week_version as v')
    .select(['v.id', 'v.effective_from', 'v.anchor_date', 'v.note', 'v.created_at', 'v.created_by'])
    .select((eb) =>
      eb
        .selectFrom('ideal_week_item as i')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('i.version_id', '=', 'v.id')
        .as('item_count'),
    )
    .where('v.client_id', '=', clientId)
    .orderBy('v.effective_from', 'desc')
    .execute();
  const chosen =
    versionId !== null ? versions.find((v) => v.id === versionId) : versions.find((v) => v.effective_from <= date);
  if (versionId !== null && !chosen) throw new AppError('NOT_FOUND', 'That version of the ideal week does not exist.');
  let version: IdealWeekView['version'] = null;
  if (chosen) {
    const rows = await db
      .selectFrom('ideal_week_item')
      .selectAll()
      .where('version_id', '=', chosen.id)
      .orderBy('weekday')
      .orderBy('start_minute')
      .orderBy('position')
      .execute();
    const items: IdealWeekItem[] = rows.map((r) => ({
      id: r.id,
      weekday: r.weekday,
      startMinute: r.start_minute,
      durationMinutes: r.duration_minutes,
      workersNeeded: r.workers_needed === 2 ? 2 : 1,
      purpose: r.purpose,
      requiredSkills: parseSkills(r.required_skills_json),
      flexMinutes: r.flex_minutes,
      preferredWorkerIds: Ids.parse(JSON.parse(r.preferred_json)),
      agreedShortVisit: r.agreed_short === 1,
      repeat: r.repeat,
    }));
    version = {
      id: chosen.id,
      effectiveFrom: chosen.effective_from,
      anchorDate: chosen.anchor_date,
      note: chosen.note,
      items,
      totals: idealWeekTotals(items),
    };
  }
  return {
    clientId,
    onDate: date,
    version,
    versions: versions.map((v) => ({
      id: v.id,
      effectiveFrom: v.effective_from,
      itemCount: Number(v.item_count ?? 0),
      createdAt: v.created_at,
      createdBy: v.created_by,
    })),
  };
}

/**
 * Save a new version from its effective date. A version already starting on that date is replaced (a same-day
 * correction); earlier versions are never touched, so this week keeps the plan it had.
 */
export async function saveIdealWeek(ctx: HandlerContext, input: IdealWeekInput): Promise<IdealWeekView> {
  const id = await writeIdealWeek(ctx, input);
  return getIdealWeek(ctx, input.clientId, input.effectiveFrom, id);
}

/**
 * Check and write a new version; answers its id (the demo branch uses this without reading the week back). `alongside`
 * runs in the same transaction with the new version's id (an accepted proposal records itself, all or nothing).
 */
export async function writeIdealWeek(
  ctx: HandlerContext,
  input: IdealWeekInput,
  alongside?: (trx: Kysely<Database>, versionId: string) => Promise<void>,
): Promise<string> {
  const db = ctx.deps.db;
  if (!(await findClient(db, input.clientId))) throw new AppError('NOT_FOUND', 'That person is not on record.');
  if (isoWeekday(input.anchorDate) !== 1) throw AppError.field(['anchorDate'], 'Week A must start on a Monday');
  const today = londonDate(ctx.deps.clock.now());
  if (input.effectiveFrom < today)
    throw AppError.field(
      ['effectiveFrom'],
      'A new version starts today or later, so past weeks keep the plan they had',
    );
  const team = await teamMemberIds(db, input.clientId);
  const problems = idealWeekProblems(input.items, team, await readIdealWeekPolicy(db));
  if (problems.length > 0) {
    throw new AppError('VALIDATION', 'Some visits in the ideal week are not right. Check the items marked.', {
      issues: problems,
    });
  }
  const access = callerAccess(ctx);
  const id = ctx.deps.ids();
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('ideal_week_version')
      .where('client_id', '=', input.clientId)
      .where('effective_from', '=', input.effectiveFrom)
      .execute();
    await trx
      .insertInto('ideal_week_version')
      .values({
        id,
        client_id: input.clientId,
        effective_from: input.effectiveFrom,
        anchor_date: input.anchorDate,
        note: input.note,
        created_at: ctx.deps.clock.now().toISOString(),
        created_by: access.actor,
      })
      .execute();
    if (input.items.length > 0) {
      await trx
        .insertInto('ideal_week_item')
        .values(
          input.items.map((item, position) => ({
            id: ctx.deps.ids(),
            version_id: id,
            weekday: item.weekday,
            start_minute: item.startMinute,
            duration_minutes: item.durationMinutes,
            workers_needed: item.workersNeeded,
            purpose: item.purpose,
            required_skills_json: JSON.stringify(item.requiredSkills),
            flex_minutes: item.flexMinutes,
            preferred_json: JSON.stringify(item.preferredWorkerIds),
            agreed_short: item.agreedShortVisit ? 1 : 0,
            repeat: item.repeat satisfies RepeatPattern,
            position,
          })),
        )
        .execute();
    }
    await alongside?.(trx, id);
    await ctx.audit(trx, {
      action: 'clients.saveIdealWeek',
      entity: 'client',
      entityId: input.clientId,
      outcome: 'success',
      detail: `from ${input.effectiveFrom}, ${input.items.length} items`,
    });
  });
  ctx.deps.events.publish('clients.changed', { ids: [input.clientId] });
  return id;
}
