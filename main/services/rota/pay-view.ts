import type { PayStretch, PayView, WorkerPay } from '@shared/domain/rota-board/board';
import type { RotaInstance } from '@shared/domain/rota/instance';
import type { RotaPlan } from '@shared/domain/rota/plan';
import { recordedTravelMap, travelMinutes } from '@shared/domain/rota/travel';
import type { HandlerContext } from '@main/rpc/context';
import { payFloorOn } from './pay-floor';
import { loadStoredPlan } from './stored-plan';

/**
 * Shift-based pay (rota.md): a worker's day is made of stretches; consecutive visits whose gap after travel is at
 * most the stretch gap belong to one stretch, and the whole stretch is paid (visits, travel between them at the full
 * rate, waiting). Training and meetings are paid too. Workers without their own rate are paid at least the floor.
 */
export function computePay(
  instance: RotaInstance,
  plan: Pick<RotaPlan, 'assignments'>,
  floorPencePerHour: number,
): WorkerPay[] {
  const visits = new Map(instance.visits.map((v) => [v.id, v]));
  const clients = new Map(instance.clients.map((c) => [c.id, c]));
  const recorded = recordedTravelMap(instance.recordedTravel);
  const byWorker = new Map<string, { date: string; start: number; end: number; clientId: string }[]>();
  for (const a of plan.assignments) {
    const v = visits.get(a.visitId);
    if (!v) continue;
    for (const w of a.workerIds)
      (byWorker.get(w) ?? byWorker.set(w, []).get(w))?.push({
        date: v.date,
        start: a.startMinute,
        end: a.startMinute + v.durationMinutes,
        clientId: v.clientId,
      });
  }
  const gap = instance.settings.stretchGapMinutes;
  return instance.workers
    .filter((w) => byWorker.has(w.id) || w.commitments.length > 0)
    .map((w) => {
      const list = (byWorker.get(w.id) ?? []).sort((a, b) => a.date.localeCompare(b.date) || a.start - b.start);
      const stretches: PayStretch[] = [];
      let cur: PayStretch | null = null;
      let prev: (typeof list)[number] | null = null;
      let splitShifts = 0;
      for (const v of list) {
        const from = prev ? clients.get(prev.clientId) : undefined;
        const to = clients.get(v.clientId);
        const travel =
          prev && prev.date === v.date && from && to
            ? travelMinutes(
                instance.settings,
                { id: from.id, point: from.location },
                { id: to.id, point: to.location },
                w.travelMode,
                recorded,
              )
            : 0;
        if (cur && prev && prev.date === v.date && v.start - prev.end - travel <= gap) {
          cur.endMinute = v.end;
          cur.visitMinutes += v.end - v.start;
          cur.travelMinutes += travel;
          cur.visits += 1;
        } else {
          if (cur) stretches.push(cur);
          if (prev && prev.date === v.date) splitShifts += 1;
          cur = {
            date: v.date,
            startMinute: v.start,
            endMinute: v.end,
            visitMinutes: v.end - v.start,
            travelMinutes: 0,
            waitingMinutes: 0,
            visits: 1,
          };
        }
        prev = v;
      }
      if (cur) stretches.push(cur);
      for (const s of stretches) s.waitingMinutes = s.endMinute - s.startMinute - s.visitMinutes - s.travelMinutes;
      const commitmentMinutes = w.commitments.reduce((a, c) => a + (c.endMinute - c.startMinute), 0);
      const paidMinutes = stretches.reduce((a, s) => a + s.endMinute - s.startMinute, 0) + commitmentMinutes;
      const rate = w.ratePencePerHour ?? Math.max(instance.settings.defaultRatePencePerHour, floorPencePerHour);
      return {
        staffId: w.id,
        name: w.name,
        stretches,
        commitmentMinutes,
        paidMinutes,
        ratePencePerHour: rate,
        grossPence: Math.round((paidMinutes / 60) * rate),
        splitShifts,
        belowFloor: rate < floorPencePerHour,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The week's pay view against the pay floor in force on its Monday. */
export async function payView(ctx: HandlerContext, isoWeek: string): Promise<PayView> {
  const stored = await loadStoredPlan(ctx.deps.db, isoWeek);
  const floor = await payFloorOn(ctx.deps.db, stored.instance.days[0]?.date ?? '');
  return { isoWeek, payFloorPencePerHour: floor, workers: computePay(stored.instance, stored.plan, floor) };
}
