import { AppError } from '@shared/contract/errors';
import type { AcceptCoverInput, EditResult, SicknessReport, SicknessResult } from '@shared/domain/rota-board/board';
import type { RotaInstance } from '@shared/domain/rota/instance';
import { repairSickness, type Absence } from '@main/rota';
import type { HandlerContext } from '@main/rpc/context';
import { recordSickness } from '../availability/availability-service';
import { checkAndSave, type Placement } from './edit-service';
import { loadStoredPlan, workerIdsOf, type StoredPlan } from './stored-plan';
import { formatWeekInSentence } from '@shared/domain/time/format';

function absenceWindow(
  staffId: string,
  startDate: string,
  startMinute: number,
  endDate: string | null,
  endMinute: number,
): Absence {
  // Open-ended sickness covers the rest of the planned week.
  return {
    workerId: staffId,
    from: { date: startDate, minute: startMinute },
    to: { date: endDate ?? '9999-12-31', minute: endDate === null ? 1440 : endMinute },
  };
}

const key = (date: string, minute: number) => `${date}T${String(minute).padStart(4, '0')}`;

/** The sick worker's assigned visits that overlap the absence. */
function affectedVisits(stored: StoredPlan, a: Absence): string[] {
  const from = key(a.from.date, a.from.minute);
  const to = key(a.to.date, a.to.minute);
  return stored.rows
    .filter(
      (r) =>
        workerIdsOf(r).includes(a.workerId) &&
        key(r.date, r.start_minute + r.duration_minutes) > from &&
        key(r.date, r.start_minute) < to,
    )
    .map((r) => r.id);
}

/** The instance with the absence taken out of the worker's availability, so later edits respect it. */
function withAbsence(instance: RotaInstance, a: Absence): RotaInstance {
  const from = key(a.from.date, a.from.minute);
  const to = key(a.to.date, a.to.minute);
  return {
    ...instance,
    workers: instance.workers.map((w) =>
      w.id !== a.workerId
        ? w
        : {
            ...w,
            availability: w.availability.flatMap((x) => {
              const ws = key(x.date, x.startMinute);
              const we = key(x.date, x.endMinute);
              if (we <= from || ws >= to) return [x];
              const out: typeof w.availability = [];
              if (ws < from) out.push({ ...x, endMinute: a.from.minute });
              if (we > to) out.push({ ...x, startMinute: a.to.minute });
              return out;
            }),
          },
    ),
  };
}

/**
 * A worker calls in sick: record the absence (its sick pay worked out) and propose cover for each affected visit
 * from the person's own team, ranked. Nothing on the board changes until the coordinator accepts.
 */
export async function reportSickness(ctx: HandlerContext, input: SicknessReport): Promise<SicknessResult> {
  const stored = await loadStoredPlan(ctx.deps.db, input.isoWeek);
  const worker = stored.instance.workers.find((w) => w.id === input.staffId);
  if (!worker) throw AppError.field(['staffId'], 'That worker is not on this week’s rota.');
  const dates = stored.instance.days.map((d) => d.date);
  if (input.startDate > (dates[6] ?? '') || input.endDate < (dates[0] ?? ''))
    throw AppError.field(['startDate'], `The sickness does not fall in the ${formatWeekInSentence(input.isoWeek)}.`);
  const absence = absenceWindow(input.staffId, input.startDate, input.startMinute, input.endDate, 1440);
  const repair = repairSickness(stored.instance, stored.plan, absence);
  const exception = await ctx.deps.db.transaction().execute(async (trx) => {
    const e = await recordSickness(
      ctx,
      {
        staffId: input.staffId,
        startDate: input.startDate,
        startMinute: input.startMinute,
        expectedEndDate: input.endDate,
        note: input.note,
      },
      trx,
    );
    await ctx.audit(trx, {
      action: 'rota.reportSickness',
      entity: 'availability_exception',
      entityId: e.id,
      outcome: 'success',
      detail: `${repair.repaired.length} visits affected in ${input.isoWeek}`,
    });
    return e;
  });
  const names = new Map(stored.instance.workers.map((w) => [w.id, w.name]));
  const clientNames = new Map(stored.instance.clients.map((c) => [c.id, c.name]));
  return {
    absenceId: exception.id,
    proposals: repair.repaired.map((r) => {
      const row = stored.rowById.get(r.visitId);
      return {
        visitId: r.visitId,
        clientName: clientNames.get(row?.client_id ?? '') ?? 'Unknown person',
        date: row?.date ?? '',
        startMinute: row?.start_minute ?? r.startMinute,
        durationMinutes: row?.duration_minutes ?? 0,
        proposed:
          r.newWorkerId === null
            ? null
            : { workerId: r.newWorkerId, name: names.get(r.newWorkerId) ?? r.newWorkerId, startMinute: r.startMinute },
        alternatives: r.alternatives.map((a) => ({
          workerId: a.workerId,
          name: names.get(a.workerId) ?? a.workerId,
          costChange: a.weightedDelta,
        })),
      };
    }),
    uncoverable: repair.uncoverable,
  };
}

/** Accept cover: chosen workers take the sick worker's visits; visits with no choice are left unassigned for action. */
export async function acceptCover(ctx: HandlerContext, input: AcceptCoverInput): Promise<EditResult> {
  const caller = ctx.requireCaller();
  const db = ctx.deps.db;
  const e = await db
    .selectFrom('availability_exception')
    .selectAll()
    .where('id', '=', input.absenceId)
    .where('kind', '=', 'sickness')
    .executeTakeFirst();
  if (!e) throw AppError.field(['absenceId'], 'That sickness record does not exist.');
  const stored = await loadStoredPlan(db, input.isoWeek);
  const absence = absenceWindow(e.staff_id, e.start_date, e.start_minute, e.end_date, e.end_minute);
  const affected = affectedVisits(stored, absence);
  const choices = new Map(input.choices.map((c) => [c.visitId, c.workerId]));
  input.choices.forEach((c, i) => {
    if (!affected.includes(c.visitId))
      throw AppError.field(['choices', i, 'visitId'], 'That visit is not one of the sick worker’s visits.');
  });
  const repair = repairSickness(stored.instance, stored.plan, absence);
  const proposedStart = new Map(repair.repaired.map((r) => [r.visitId, r]));
  const placements: Placement[] = affected.map((visitId, i) => {
    const row = stored.rowById.get(visitId);
    if (!row) throw AppError.field(['choices', i, 'visitId'], 'That visit is not in this week’s plan.');
    const chosen = choices.get(visitId) ?? null;
    const keep = workerIdsOf(row).filter((w) => w !== e.staff_id);
    if (chosen === null)
      return {
        visitId,
        workerIds: [],
        startMinute: row.start_minute,
        pinned: false,
        unassignedReasons: [{ code: 'unavailable', workerIds: [e.staff_id] }],
      };
    const team = stored.instance.clients.find((c) => c.id === row.client_id)?.teamWorkerIds ?? [];
    if (!team.includes(chosen))
      throw AppError.field(['choices', i, 'workerId'], 'Cover must come from the person’s own team.');
    const p = proposedStart.get(visitId);
    const start = p?.newWorkerId === chosen ? p.startMinute : row.start_minute;
    return { visitId, workerIds: [...keep, chosen], startMinute: start, pinned: row.pinned === 1 };
  });
  const instance = withAbsence(stored.instance, absence);
  const updated: StoredPlan = { ...stored, instance };
  return db
    .transaction()
    .execute(async (trx) => {
      // The snapshot learns of the absence, so later edits can never put the sick worker back.
      const snapshot = { ...instance, pins: [] };
      await trx
        .updateTable('rota_week')
        .set({ instance_json: JSON.stringify(snapshot) })
        .where('iso_week', '=', input.isoWeek)
        .execute();
      const result = await checkAndSave(ctx, updated, placements, 'sickness_cover', caller.username, false, { trx });
      return result;
    })
    .then((r) => {
      ctx.deps.events.publish('rota.changed', { ids: [input.isoWeek] });
      // Workers on a published week were told of the cover inside the transaction (checkAndSave).
      if (stored.week.status === 'published')
        ctx.deps.events.publish('notices.changed', {
          ids: [e.staff_id, ...input.choices.flatMap((c) => (c.workerId ? [c.workerId] : []))],
        });
      return r;
    });
}
