import { z } from 'zod';
import { coverFactsForWeek } from '../rota-cover/cover-records';
import { BREACH_MESSAGE } from '@shared/domain/rota/breach';
import type { RotaWeekView } from '@shared/domain/rota-board/board';
import { PlanMeasures } from '@shared/domain/rota/measures';
import { recordedTravelMap, travelMinutes } from '@shared/domain/rota/travel';
import type { RotaInstance } from '@shared/domain/rota/instance';
import { UnassignedReason } from '@shared/domain/rota/plan';
import { findWeek } from './rota-week-queries';
import { weekDates } from '@shared/domain/time/iso-week';
import type { HandlerContext } from '@main/rpc/context';
import { loadStoredPlan, workerIdsOf, type StoredPlan } from './stored-plan';
import { weekStamp } from './week-stamp';

const Reasons = z.array(UnassignedReason);

/**
 * Travel minutes before each assigned visit from the same worker's previous visit that day (first worker of the
 * visit).
 */
export function travelBefore(
  instance: RotaInstance,
  assignments: readonly { visitId: string; workerIds: string[]; startMinute: number }[],
): Map<string, number> {
  const visits = new Map(instance.visits.map((v) => [v.id, v]));
  const clients = new Map(instance.clients.map((c) => [c.id, c]));
  const workers = new Map(instance.workers.map((w) => [w.id, w]));
  const recorded = recordedTravelMap(instance.recordedTravel);
  const byWorkerDay = new Map<string, { visitId: string; start: number; clientId: string }[]>();
  for (const a of assignments) {
    const v = visits.get(a.visitId);
    const w = a.workerIds[0];
    if (!v || w === undefined) continue;
    const key = `${w}|${v.date}`;
    (byWorkerDay.get(key) ?? byWorkerDay.set(key, []).get(key))?.push({
      visitId: v.id,
      start: a.startMinute,
      clientId: v.clientId,
    });
  }
  const out = new Map<string, number>();
  for (const [key, list] of byWorkerDay) {
    const worker = workers.get(key.split('|')[0] ?? '');
    if (!worker) continue;
    list.sort((x, y) => x.start - y.start);
    for (let i = 1; i < list.length; i++) {
      const from = clients.get(list[i - 1]?.clientId ?? '');
      const to = clients.get(list[i]?.clientId ?? '');
      const cur = list[i];
      if (!from || !to || !cur) continue;
      out.set(
        cur.visitId,
        travelMinutes(
          instance.settings,
          { id: from.id, point: from.location },
          { id: to.id, point: to.location },
          worker.travelMode,
          recorded,
        ),
      );
    }
  }
  return out;
}

/**
 * The board's view of a week: every visit with its person, time, workers, travel before it and why it is unassigned.
 */
export async function getWeekView(ctx: HandlerContext, isoWeek: string): Promise<RotaWeekView> {
  const db = ctx.deps.db;
  const week = await findWeek(db, isoWeek);
  if (!week) {
    return {
      isoWeek,
      dates: weekDates(isoWeek),
      status: 'unplanned',
      stamp: '',
      plannedAt: null,
      publishedAt: null,
      stopReason: null,
      seed: null,
      measures: null,
      workers: [],
      clients: [],
      visits: [],
      changesSincePublish: 0,
      warnings: [],
    };
  }
  const stored = await loadStoredPlan(db, isoWeek);
  return viewOf(ctx, stored);
}

async function viewOf(ctx: HandlerContext, stored: StoredPlan): Promise<RotaWeekView> {
  const { week, instance, rows } = stored;
  const names = new Map(instance.workers.map((w) => [w.id, w.name]));
  const clientNames = new Map(instance.clients.map((c) => [c.id, c.name]));
  const measures = week.measures_json === null ? null : PlanMeasures.parse(JSON.parse(week.measures_json));
  const hours = new Map((measures?.workerHours ?? []).map((h) => [h.workerId, h]));
  const travel = travelBefore(instance, stored.plan.assignments);
  const changes = await ctx.deps.db
    .selectFrom('rota_change')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('iso_week', '=', week.iso_week)
    .executeTakeFirstOrThrow();
  const { told } = await coverFactsForWeek(ctx.deps.db, week.iso_week);
  const inTeams = new Set(instance.clients.flatMap((c) => c.teamWorkerIds));
  const visitById = new Map(instance.visits.map((v) => [v.id, v]));
  // A split visit keeps its id for the first part; the second part names it in `part_of`.
  const splitFirstParts = new Set(rows.flatMap((r) => (r.part_of === null ? [] : [r.part_of])));
  return {
    isoWeek: week.iso_week,
    dates: instance.days.map((d) => d.date),
    status: week.status,
    stamp: weekStamp(week, rows),
    plannedAt: week.planned_at,
    publishedAt: week.published_at,
    stopReason: week.stop_reason,
    seed: week.seed,
    measures,
    workers: instance.workers
      .filter((w) => inTeams.has(w.id))
      .map((w) => ({
        id: w.id,
        name: w.name,
        plannedMinutes: hours.get(w.id)?.plannedMinutes ?? 0,
        guaranteedMinutes: w.guaranteedWeeklyMinutes,
        maxMinutes: w.maxWeeklyMinutes,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    clients: instance.clients
      .map((c) => ({ id: c.id, name: c.name, teamWorkerIds: c.teamWorkerIds }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    visits: rows.map((r) => {
      const v = visitById.get(r.id);
      return {
        id: r.id,
        clientId: r.client_id,
        clientName: clientNames.get(r.client_id) ?? 'Unknown person',
        date: r.date,
        startMinute: r.start_minute,
        idealStartMinute: r.ideal_start_minute,
        durationMinutes: r.duration_minutes,
        workersNeeded: r.workers_needed,
        requiredSkills: v?.requiredSkills ?? [],
        flexMinutes: v?.flexMinutes ?? 0,
        purpose: r.purpose,
        workerIds: workerIdsOf(r),
        pinned: r.pinned === 1,
        travelBeforeMinutes: travel.get(r.id) ?? null,
        unassignedReasons:
          r.worker1_id !== null
            ? []
            : Reasons.parse(JSON.parse(r.unassigned_json)).map((x) => ({
                code: x.code,
                message: BREACH_MESSAGE[x.code],
                workerNames: x.workerIds.map((id) => names.get(id) ?? id),
              })),
        oneOff: r.one_off_id !== null,
        personTold: r.worker1_id === null && told.has(r.id),
        ...(r.part_of !== null
          ? { splitPart: 2 as const }
          : splitFirstParts.has(r.id)
            ? { splitPart: 1 as const }
            : {}),
      };
    }),
    changesSincePublish: Number(changes.n),
    warnings: z.array(z.string()).parse(JSON.parse(week.warnings_json)),
  };
}
