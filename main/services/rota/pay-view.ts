import type { PayBenchmark } from '@shared/domain/policy/pay-policy';
import type { PayView, WorkerPay } from '@shared/domain/rota-board/board';
import type { RotaInstance } from '@shared/domain/rota/instance';
import type { RotaPlan } from '@shared/domain/rota/plan';
import { recordedTravelMap } from '@shared/domain/rota/travel';
import type { BackendDeps } from '@main/rpc/context';
import { guaranteeForWeek, workingDaysOff } from './guaranteed-hours';
import { contractTerms } from '@main/services/staff/staff-queries';
import { readFloorRule } from './pay-floor';
import { paidMinutesOf, payStretches, type PayItem } from './pay-stretches';
import { loadStoredPlan } from './stored-plan';
import { londonDate } from '@main/platform/clock';
import { ensureSickPay, sickPayBetween } from '../sick-pay/sick-pay-store';
import { holidayInDays, type HolidayInDays } from '../holiday/holiday-week';
import { rolledUpPence } from '@shared/domain/policy/holiday';
import { actualsOfWeek } from '../actuals/actuals-store';
import { paidVisitSpan, type WallClock } from '@shared/domain/actuals/flags';

/** Pence for minutes at an hourly rate, to the nearest penny. */
function penceFor(minutes: number, pencePerHour: number): number {
  return Math.round((minutes * pencePerHour) / 60);
}

/** Sick pay for the week's sick days, per worker (from the stored sick pay days). */
export type WeekSickPay = ReadonlyMap<string, { days: number; sspPence: number; ospPence: number }>;

/** A worker's recorded arrival and departure at a visit, by `visitId|workerId` (see actualPayKey). */
export type VisitActuals = ReadonlyMap<string, { arrival: WallClock; departure: WallClock | null }>;

/** The key of one worker's visit in VisitActuals. */
export const actualPayKey = (visitId: string, workerId: string) => `${visitId}|${workerId}`;

/** The pay floor in force for a worker on a date, and the benchmark it comes from. */
export type WorkerFloor = (staffId: string, date: string) => { pencePerHour: number; source: PayBenchmark };

/**
 * Shift-based pay (rota.md): every minute the planner counts as work is paid at the worker's rate (visits, travel
 * between visits including into a stretch after a break, waiting inside a stretch, training and meetings once), and
 * a week below the worker's guarantee is made up by a top-up. Each worker is held against the highest floor in force
 * on the days they are paid (their age counts); those without their own rate are paid at least that floor.
 * `daysOff` shrinks each guarantee by the working days off on leave or sick (see guaranteed-hours.ts); those sick
 * days are paid as sick pay instead (`sick`), on a line of its own and in the gross; leave days are paid as holiday
 * (`holiday`, holiday-week.ts) at the rate, or by rolled-up holiday pay on the week's pay where the branch uses it.
 * A visit with recorded actual times (`actuals`) is paid from its arrival for its actual length, never less than
 * planned (paidVisitSpan); the others as planned.
 */
export function computePay(
  instance: RotaInstance,
  plan: Pick<RotaPlan, 'assignments'>,
  floorFor: WorkerFloor,
  daysOff: ReadonlyMap<string, { off: number; working: number }> = new Map(),
  sick: WeekSickPay = new Map(),
  holiday: ReadonlyMap<string, HolidayInDays> = new Map(),
  actuals: VisitActuals = new Map(),
): WorkerPay[] {
  const visits = new Map(instance.visits.map((v) => [v.id, v]));
  const recorded = recordedTravelMap(instance.recordedTravel);
  const items = new Map<string, PayItem[]>();
  const add = (workerId: string, item: PayItem) =>
    (items.get(workerId) ?? items.set(workerId, []).get(workerId))?.push(item);
  const fromActuals = new Map<string, number>();
  for (const a of plan.assignments) {
    const v = visits.get(a.visitId);
    if (!v) continue;
    for (const w of a.workerIds) {
      const actual = actuals.get(actualPayKey(v.id, w));
      if (actual) fromActuals.set(w, (fromActuals.get(w) ?? 0) + 1);
      const span = actual
        ? paidVisitSpan(v.durationMinutes, actual.arrival, actual.departure)
        : { start: a.startMinute, end: a.startMinute + v.durationMinutes };
      add(w, { date: actual?.arrival.date ?? v.date, ...span, clientId: v.clientId });
    }
  }
  for (const w of instance.workers)
    for (const c of w.commitments) add(w.id, { date: c.date, start: c.startMinute, end: c.endMinute, clientId: null });
  return instance.workers
    .filter(
      (w) => items.has(w.id) || w.guaranteedWeeklyMinutes > 0 || sick.has(w.id) || (holiday.get(w.id)?.days ?? 0) > 0,
    )
    .map((w) => {
      const stretches = payStretches(instance, w, items.get(w.id) ?? [], recorded);
      const paidMinutes = paidMinutesOf(stretches);
      const guaranteedMinutes = guaranteeForWeek(w.guaranteedWeeklyMinutes, daysOff.get(w.id));
      const topUpMinutes = Math.max(0, guaranteedMinutes - paidMinutes);
      const lastDate = instance.days[instance.days.length - 1]?.date ?? '';
      const dates = [...new Set(stretches.map((s) => s.date)), ...(topUpMinutes > 0 ? [lastDate] : [])];
      const floors = (dates.length > 0 ? dates : [instance.days[0]?.date ?? '']).map((d) => floorFor(w.id, d));
      const floor = floors.reduce((a, b) => (b.pencePerHour > a.pencePerHour ? b : a));
      const rate = w.ratePencePerHour ?? Math.max(instance.settings.defaultRatePencePerHour, floor.pencePerHour);
      const workPence = penceFor(paidMinutes, rate);
      const topUpPence = penceFor(topUpMinutes, rate);
      // What the week falls short of the floor by, day by day (a floor may change mid-week), rounded once.
      const gap = (date: string) => Math.max(0, floorFor(w.id, date).pencePerHour - rate);
      const shortMinutePence =
        stretches.reduce((a, s) => a + gap(s.date) * (s.endMinute - s.startMinute + s.breakTravelMinutes), 0) +
        gap(lastDate) * topUpMinutes;
      const sickPay = sick.get(w.id) ?? { days: 0, sspPence: 0, ospPence: 0 };
      const leave = holiday.get(w.id) ?? { days: 0, minutes: 0, rolledUp: false };
      const holidayPence = leave.rolledUp ? 0 : penceFor(leave.minutes, rate);
      const rolledUpHolidayPence = leave.rolledUp ? rolledUpPence(workPence + topUpPence) : 0;
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
        sickDays: sickPay.days,
        sspPence: sickPay.sspPence,
        ospPence: sickPay.ospPence,
        holidayDays: leave.days,
        holidayMinutes: leave.minutes,
        holidayPence,
        rolledUpHolidayPence,
        grossPence: workPence + topUpPence + sickPay.sspPence + sickPay.ospPence + holidayPence + rolledUpHolidayPence,
        splitShifts,
        floorPencePerHour: floor.pencePerHour,
        floorSource: floor.source,
        belowFloor: rate < floor.pencePerHour,
        floorShortfallPence: Math.round(shortMinutePence / 60),
        visitsFromActuals: fromActuals.get(w.id) ?? 0,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The week's pay view: each worker against the floor for their age on the days paid; the adult floor on Monday. */
export async function payView(ctx: { deps: Pick<BackendDeps, 'db' | 'clock'> }, isoWeek: string): Promise<PayView> {
  const stored = await loadStoredPlan(ctx.deps.db, isoWeek);
  const dates = stored.instance.days.map((d) => d.date);
  const staffIds = stored.instance.workers.map((w) => w.id);
  await ensureSickPay(ctx.deps.db, staffIds, londonDate(ctx.deps.clock.now()));
  const [rule, daysOff, terms, sick, holiday, recorded] = await Promise.all([
    readFloorRule(ctx.deps.db),
    workingDaysOff(ctx.deps.db, dates, staffIds),
    staffIds.length > 0 ? contractTerms(ctx.deps.db, staffIds) : [],
    sickPayBetween(ctx.deps.db, dates[0] ?? '', dates[dates.length - 1] ?? '', staffIds),
    holidayInDays(ctx.deps.db, dates, staffIds),
    actualsOfWeek(ctx.deps.db, isoWeek),
  ]);
  const actuals = new Map(
    [...recorded.values()].map((r) => [
      actualPayKey(r.visit_id, r.staff_id),
      {
        arrival: { date: r.arrival_date, minute: r.arrival_minute },
        departure:
          r.departure_date === null || r.departure_minute === null
            ? null
            : { date: r.departure_date, minute: r.departure_minute },
      },
    ]),
  );
  const born = new Map(terms.map((t) => [t.id, t.date_of_birth]));
  const floorFor: WorkerFloor = (staffId, date) => {
    const f = rule(date, born.get(staffId) ?? null);
    return { pencePerHour: f.pencePerHour ?? 0, source: f.source };
  };
  return {
    isoWeek,
    payFloorPencePerHour: rule(dates[0] ?? '', null).pencePerHour ?? 0,
    workers: computePay(stored.instance, stored.plan, floorFor, daysOff, sick, holiday, actuals),
  };
}
