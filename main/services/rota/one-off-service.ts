import type { Selectable } from 'kysely';
import { AppError } from '@shared/contract/errors';
import type { ExpectedVisit, OneOff, OneOffInput } from '@shared/domain/rota-board/board';
import type { RotaOneOffTable } from '@main/db/schema';
import { findWeek } from './rota-week-queries';
import type { HandlerContext } from '@main/rpc/context';
import { findClient } from '@main/services/clients/client-queries';
import { readRuleSettings } from '../travel/rule-settings';
import { buildInstance } from './build-instance';
import { weekDates } from '@shared/domain/time/iso-week';
import { formatWeekInSentence } from '@shared/domain/time/format';

function toOneOff(r: Selectable<RotaOneOffTable>, clientName: string): OneOff {
  return {
    id: r.id,
    isoWeek: r.iso_week,
    clientId: r.client_id,
    clientName,
    kind: r.kind,
    visitId: r.visit_id,
    date: r.date,
    startMinute: r.start_minute,
    durationMinutes: r.duration_minutes,
    purpose: r.purpose,
    note: r.note,
  };
}

/** One-off changes recorded for a week. */
export async function listOneOffs(ctx: HandlerContext, isoWeek: string): Promise<OneOff[]> {
  const rows = await ctx.deps.db
    .selectFrom('rota_one_off as o')
    .innerJoin('client as c', 'c.id', 'o.client_id')
    .selectAll('o')
    .select(['c.given_name', 'c.family_name'])
    .where('o.iso_week', '=', isoWeek)
    .orderBy('o.date')
    .orderBy('o.start_minute')
    .execute();
  return rows.map((r) => toOneOff(r, `${r.given_name} ${r.family_name}`));
}

/** Record a one-off cancellation or extra visit; it applies the next time the week is planned. */
export async function addOneOff(ctx: HandlerContext, input: OneOffInput): Promise<OneOff> {
  const caller = ctx.requireCaller();
  const db = ctx.deps.db;
  const client = await findClient(db, input.clientId);
  if (!client) throw AppError.field(['clientId'], 'That person is not on record.');
  const week = await findWeek(db, input.isoWeek);
  if (week?.status === 'published')
    throw new AppError(
      'CONFLICT',
      `The ${formatWeekInSentence(input.isoWeek)} is published; change its visits on the board instead.`,
    );
  const now = ctx.deps.clock.now().toISOString();
  let values: Selectable<RotaOneOffTable>;
  if (input.kind === 'cancel') {
    const built = await buildInstance(db, input.isoWeek);
    const visit = built.instance.visits.find((v) => v.id === input.visitId && v.clientId === input.clientId);
    if (!visit) throw AppError.field(['visitId'], 'That visit is not in this person’s week.');
    values = {
      id: ctx.deps.ids(),
      iso_week: input.isoWeek,
      client_id: input.clientId,
      kind: 'cancel',
      visit_id: visit.id,
      date: visit.date,
      start_minute: visit.startMinute,
      duration_minutes: visit.durationMinutes,
      workers_needed: visit.workersNeeded,
      required_skills_json: JSON.stringify(visit.requiredSkills),
      agreed_short: visit.agreedShortVisit ? 1 : 0,
      purpose: built.meta.get(visit.id)?.purpose ?? 'Visit',
      note: input.note,
      created_by: caller.username,
      created_at: now,
    };
  } else {
    if (!weekDates(input.isoWeek).includes(input.date))
      throw AppError.field(['date'], `The date must be in the ${formatWeekInSentence(input.isoWeek)}.`);
    if (input.startMinute + input.durationMinutes > 1440)
      throw AppError.field(['durationMinutes'], 'A visit may not run past midnight: split it into two.');
    const rules = await readRuleSettings(db);
    if (input.durationMinutes < rules.minVisitMinutes && !input.agreedShortVisit)
      throw AppError.field(
        ['durationMinutes'],
        `Visits under ${rules.minVisitMinutes} minutes need an agreed short visit.`,
      );
    values = {
      id: ctx.deps.ids(),
      iso_week: input.isoWeek,
      client_id: input.clientId,
      kind: 'extra',
      visit_id: null,
      date: input.date,
      start_minute: input.startMinute,
      duration_minutes: input.durationMinutes,
      workers_needed: input.workersNeeded,
      required_skills_json: JSON.stringify(input.requiredSkills),
      agreed_short: input.agreedShortVisit ? 1 : 0,
      purpose: input.purpose,
      note: input.note,
      created_by: caller.username,
      created_at: now,
    };
  }
  if (input.kind === 'cancel') {
    const dup = await db
      .selectFrom('rota_one_off')
      .select('id')
      .where('iso_week', '=', input.isoWeek)
      .where('visit_id', '=', input.visitId)
      .executeTakeFirst();
    if (dup) throw AppError.field(['visitId'], 'That visit is already cancelled for this week.');
  }
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('rota_one_off').values(values).execute();
    await ctx.audit(trx, {
      action: 'rota.addOneOff',
      entity: 'rota_one_off',
      entityId: values.id,
      outcome: 'success',
      detail: `${values.kind} ${values.date}`,
    });
  });
  ctx.deps.events.publish('rota.changed', { ids: [input.isoWeek] });
  return toOneOff(values, `${client.given_name} ${client.family_name}`);
}

/** Remove a one-off change. */
export async function removeOneOff(ctx: HandlerContext, id: string): Promise<{ id: string }> {
  const row = await ctx.deps.db
    .selectFrom('rota_one_off')
    .select(['id', 'iso_week'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'That one-off change does not exist.');
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('rota_one_off').where('id', '=', id).execute();
    await ctx.audit(trx, { action: 'rota.removeOneOff', entity: 'rota_one_off', entityId: id, outcome: 'success' });
  });
  ctx.deps.events.publish('rota.changed', { ids: [row.iso_week] });
  return { id };
}

/** The visits a person is expected to have in a week, as the planner would see them now. */
export async function expectedVisits(ctx: HandlerContext, isoWeek: string, clientId: string): Promise<ExpectedVisit[]> {
  const built = await buildInstance(ctx.deps.db, isoWeek);
  return built.instance.visits
    .filter((v) => v.clientId === clientId)
    .map((v) => ({
      visitId: v.id,
      date: v.date,
      startMinute: v.startMinute,
      durationMinutes: v.durationMinutes,
      purpose: built.meta.get(v.id)?.purpose ?? 'Visit',
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.startMinute - b.startMinute);
}
