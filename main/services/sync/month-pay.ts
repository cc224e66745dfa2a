import type { Kysely } from 'kysely';
import type { LowestRateBand } from '@shared/domain/sync/summary-v1';
import type { PayFigures } from '@shared/domain/sync/build-summary';
import type { Period } from '@shared/domain/sync/period';
import { benchmarkOn } from '@shared/domain/policy/pay-policy';
import { isoWeekOf } from '@shared/domain/time/iso-week';
import type { Database } from '@main/db/schema';
import { londonDate } from '@main/platform/clock';
import type { BackendDeps } from '@main/rpc/context';
import { readWorkerFacts } from '../ascwds/worker-facts';
import { listPolicyValues } from '../policy/pay-policy-service';
import { readFloorRule } from '../rota/pay-floor';
import { payView } from '../rota/pay-view';
import { ensureSickPay, sickPayBetween } from '../sick-pay/sick-pay-store';
import { currentRates } from '../staff/pay-rates';
import type { EmployedWorker } from './month-workforce';

// A month's pay from the pay view of each published week that touches it (only the days inside the month count),
// so the summary says what the branch's own pay view says: the same rates, floors and travel.

/**
 * Pay in the month: who was paid at or above the floor for their age on every day they worked, the band the lowest
 * rate paid falls in, travel paid at the full rate, the sick pay scheme, days lost to sickness and sick pay.
 */
export async function payFigures(
  deps: Pick<BackendDeps, 'db' | 'clock'>,
  period: Period,
  workers: readonly EmployedWorker[],
): Promise<PayFigures> {
  const paid = await paidInMonth(deps, period);
  const travelFull = new Set(workers.filter((w) => w.travelPaidFull).map((w) => w.id));
  const ids = workers.map((w) => w.id);
  const [values, sick] = await Promise.all([listPolicyValues(deps.db), sicknessInMonth(deps, period, ids)]);
  let lowest: number | null = null;
  let anyBelow = false;
  let atOrAbove = 0;
  for (const worker of paid.workers.values()) {
    lowest = lowest === null ? worker.rate : Math.min(lowest, worker.rate);
    if (worker.belowFloor) anyBelow = true;
    else atOrAbove += 1;
  }
  const shiftsWithTravel = paid.shiftsWithTravel.length;
  const shiftsTravelFull = paid.shiftsWithTravel.filter((id) => travelFull.has(id)).length;
  const londonLivingWage = benchmarkOn(values, 'london_living_wage', period.end);
  return {
    lowestRateBand: lowest === null ? null : bandOf(lowest, anyBelow, londonLivingWage),
    atOrAboveFloor: { count: atOrAbove, of: paid.workers.size },
    travelPaidFullRate: { count: shiftsTravelFull, of: shiftsWithTravel },
    occupationalSickPay: workers.length === 0 ? null : workers.every((w) => w.occupationalSickPay),
    sickDays: sick.days,
    sickPayHours: sick.hours,
  };
}

// Without a London Living Wage in the pay policy the band cannot be "at or above" it: the lower band is sent rather
// than a claim the branch cannot back.
function bandOf(lowest: number, anyBelow: boolean, londonLivingWage: number | null): LowestRateBand {
  if (anyBelow) return 'below_floor';
  return londonLivingWage !== null && lowest >= londonLivingWage
    ? 'at_or_above_london_living_wage'
    : 'floor_to_london_living_wage';
}

interface PaidInMonth {
  /** Each worker paid for work on a day of the month: the lowest rate and whether any week held them below floor. */
  workers: Map<string, { rate: number; belowFloor: boolean }>;
  /** One entry (the worker's id) per paid stretch in the month with travel between visits in it. */
  shiftsWithTravel: string[];
}

async function paidInMonth(deps: Pick<BackendDeps, 'db' | 'clock'>, period: Period): Promise<PaidInMonth> {
  const weeks = await deps.db
    .selectFrom('rota_week')
    .select('iso_week')
    .where('status', '=', 'published')
    .where('iso_week', '>=', isoWeekOf(period.start))
    .where('iso_week', '<=', isoWeekOf(period.end))
    .orderBy('iso_week')
    .execute();
  const result: PaidInMonth = { workers: new Map(), shiftsWithTravel: [] };
  for (const { iso_week } of weeks) {
    const view = await payView({ deps }, iso_week);
    for (const pay of view.workers) {
      const inMonth = pay.stretches.filter((s) => s.date >= period.start && s.date <= period.end);
      if (inMonth.length === 0) continue;
      const seen = result.workers.get(pay.staffId);
      result.workers.set(pay.staffId, {
        rate: seen ? Math.min(seen.rate, pay.ratePencePerHour) : pay.ratePencePerHour,
        belowFloor: (seen?.belowFloor ?? false) || pay.belowFloor,
      });
      for (const s of inMonth) if (s.travelMinutes > 0) result.shiftsWithTravel.push(pay.staffId);
    }
  }
  return result;
}

/**
 * Days lost to sickness in the month as ASC-WDS DAYSSICK counts them (half days, summed over workers and rounded to
 * whole days), and the sick pay paid for the month's qualifying days in hours: its pence at each worker's hourly
 * rate on the month's last day (their own, else the floor for their age).
 */
async function sicknessInMonth(
  deps: Pick<BackendDeps, 'db' | 'clock'>,
  period: Period,
  ids: readonly string[],
): Promise<{ days: number; hours: number }> {
  if (ids.length === 0) return { days: 0, hours: 0 };
  await ensureSickPay(deps.db, ids, londonDate(deps.clock.now()));
  const [facts, sickPay, rates, floor, born] = await Promise.all([
    readWorkerFacts(deps.db, ids, [], { from: period.start, to: period.end }),
    sickPayBetween(deps.db, period.start, period.end, ids),
    currentRates(deps.db, period.end, ids),
    readFloorRule(deps.db),
    datesOfBirth(deps.db, ids),
  ]);
  let days = 0;
  for (const value of facts.daysSick.values()) days += Number(value);
  let hours = 0;
  for (const [staffId, pay] of sickPay) {
    const rate = rates.get(staffId) ?? floor(period.end, born.get(staffId) ?? null).pencePerHour ?? 0;
    if (rate > 0) hours += (pay.sspPence + pay.ospPence) / rate;
  }
  return { days: Math.round(days), hours };
}

async function datesOfBirth(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string | null>> {
  const rows = await db
    .selectFrom('staff')
    .select(['id', 'date_of_birth'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.date_of_birth]));
}
