import type { PayView, WorkerPay } from '@shared/domain/rota-board/board';
import type { RotaInstance } from '@shared/domain/rota/instance';
import type { RotaPlan } from '@shared/domain/rota/plan';
import { recordedTravelMap } from '@shared/domain/rota/travel';
import type { HandlerContext } from '@main/rpc/context';
import { guaranteeForWeek, workingDaysOff } from './guaranteed-hours';
import { payFloorOn } from './pay-floor';
import { paidMinutesOf, payStretches, type PayItem } from './pay-stretches';
import { loadStoredPlan } from './stored-plan';

/** Pence for minutes at an hourly rate, to the nearest penny. */
function penceFor(minutes: number, pencePerHour: number): number {
  return Math.round((minutes * pencePerHour) / 60);
}

/**
 * Shift-based pay (rota.md): every minute the planner counts as work is paid at the worker's rate (visits, travel
 * between visits including into a stretch after a break, waiting inside a stretch, training and meetings once), and
 * a week below the worker's guarantee is made up by a top-up. Workers without their own rate are paid at least the
 * floor. `daysOff` shrinks each guarantee by the working days off on leave or sick (see guaranteed-hours.ts).
 */
export function computePay(
  instance: RotaInstance,
  plan: Pick<RotaPlan, 'assignments'>,
  floorPencePerHour: number,
  daysOff: ReadonlyMap<string, { off: number; working: number }> = new Map(),
): WorkerPay[] {
  const visits = new Map(instance.visits.map((v) => [v.id, v]));
  const recorded = recordedTravelMap(instance.recordedTravel);
  const items = new Map<string, PayItem[]>();
  const add = (workerId: string, item: PayItem) =>
    (items.get(workerId) ?? items.set(workerId, []).get(workerId))?.push(item);
  for (const a of plan.assignments) {
    const v = visits.get(a.visitId);
    if (!v) continue;
    for (const w of a.workerIds)
      add(w, { date: v.date, start: a.startMinute, end: a.startMinute + v.durationMinutes, clientId: v.clientId });
  }
  for (const w of instance.workers)
    for (const c of w.commitments) add(w.id, { date: c.date, start: c.startMinute, end: c.endMinute, clientId: null });
  return instance.workers
    .filter((w) => items.has(w.id) || w.guaranteedWeeklyMinutes > 0)
    .map((w) => {
      const stretches = payStretches(instance, w, items.get(w.id) ?? [], recorded);
      const paidMinutes = paidMinutesOf(stretches);
      const guaranteedMinutes = guaranteeForWeek(w.guaranteedWeeklyMinutes, daysOff.get(w.id));
      const topUpMinutes = Math.max(0, guaranteedMinutes - paidMinutes);
      const rate = w.ratePencePerHour ?? Math.max(instance.settings.defaultRatePencePerHour, floorPencePerHour);
      const workPence = penceFor(paidMinutes, rate);
      const topUpPence = penceFor(topUpMinutes, rate);
      let splitShifts = 0;
      for (let i = 1; i < stretches.length; i++) if (stretches[i]?.date === stretches[i - 1]?.date) splitShifts += 1;
      return {
        staffId: w.id,
        name: w.name,
        stretches,
        commitmentMinutes: stretches.reduce((a, s) => a + s.commitmentMinutes, 0),
        paidMinutes,
        guaranteedMinutes,
        topUpMinutes,
        ratePencePerHour: rate,
        workPence,
        topUpPence,
        grossPence: workPence + topUpPence,
        splitShifts,
        belowFloor: rate < floorPencePerHour,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The week's pay view against the pay floor in force on its Monday. */
export async function payView(ctx: HandlerContext, isoWeek: string): Promise<PayView> {
  const stored = await loadStoredPlan(ctx.deps.db, isoWeek);
  const dates = stored.instance.days.map((d) => d.date);
  const [floor, daysOff] = await Promise.all([
    payFloorOn(ctx.deps.db, dates[0] ?? ''),
    workingDaysOff(
      ctx.deps.db,
      dates,
      stored.instance.workers.map((w) => w.id),
    ),
  ]);
  return { isoWeek, payFloorPencePerHour: floor, workers: computePay(stored.instance, stored.plan, floor, daysOff) };
}
