import type { Kysely } from 'kysely';
import { leaveAccruedMinutes, relevantWeeklyMinutes, type WorkedPeriod } from '@shared/domain/policy/holiday';
import { daysBetween } from '@shared/domain/time/iso-week';
import type { Database } from '@main/db/schema';

/** A span of dates, both ends included. */
interface Span {
  start: string;
  end: string;
}

const overlaps = (a: Span, b: Span): boolean => a.start <= b.end && b.start <= a.end;

/**
 * Holiday accrued in a pay period by irregular-hours workers on their days off sick (WTR reg 15C; what the law says
 * and what this follows is written out in shared/domain/policy/holiday.ts): for each sickness, 12.07% of the average
 * week worked in the relevant period before it began, for each of its days inside the pay period. Workers given are
 * those who accrue on hours worked, with the date they were employed from; the answer leaves out those who accrue
 * nothing this way.
 */
export async function sickLeaveAccrual(
  db: Kysely<Database>,
  workers: ReadonlyMap<string, { startDate: string }>,
  period: Span,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const ids = [...workers.keys()];
  if (ids.length === 0) return out;
  const [sickness, exported] = await Promise.all([
    db
      .selectFrom('availability_exception')
      .select(['staff_id', 'start_date', 'end_date'])
      .where('kind', '=', 'sickness')
      .where('status', '=', 'recorded')
      .where('staff_id', 'in', ids)
      .where('start_date', '<=', period.end)
      .execute(),
    db
      .selectFrom('holiday_accrual')
      .select(['staff_id', 'period_start', 'period_end', 'worked_minutes'])
      .where('staff_id', 'in', ids)
      .where('period_end', '<', period.start)
      .execute(),
  ]);
  // An open sickness (no end yet) runs to the end of the pay period as far as this period is concerned.
  const spells = sickness.map((s) => ({ staffId: s.staff_id, start: s.start_date, end: s.end_date ?? period.end }));
  for (const [staffId, worker] of workers) {
    const own = spells.filter((s) => s.staffId === staffId);
    const inPeriod = own.filter((s) => overlaps(s, period));
    if (inPeriod.length === 0) continue;
    const periods: WorkedPeriod[] = exported
      .filter((e) => e.staff_id === staffId)
      .map((e) => {
        const span = { start: e.period_start, end: e.period_end };
        return { ...span, workedMinutes: e.worked_minutes, onLeave: own.some((s) => overlaps(s, span)) };
      });
    let minutes = 0;
    for (const spell of inPeriod) {
      const weekly = relevantWeeklyMinutes(periods, spell.start, worker.startDate);
      if (weekly === null) continue;
      const from = spell.start > period.start ? spell.start : period.start;
      const to = spell.end < period.end ? spell.end : period.end;
      minutes += leaveAccruedMinutes(weekly, daysBetween(from, to) + 1);
    }
    if (minutes > 0) out.set(staffId, minutes);
  }
  return out;
}
