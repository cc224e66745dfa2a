import type { Kysely } from 'kysely';
import {
  DEFAULT_HOLIDAY_POLICY,
  HolidayPolicy,
  accruesOnHoursWorked,
  leaveYearOf,
  type HolidayWorker,
} from '@shared/domain/policy/holiday';
import { addDays, daysBetween } from '@shared/domain/time/iso-week';
import type { Database } from '@main/db/schema';
import { readSetting } from '../settings/settings';

/** Where the branch's holiday rules are kept among the settings. */
export const HOLIDAY_POLICY_KEY = 'policy.holiday';

/** The branch's holiday rules (leave year from April, leave paid when taken, until a manager sets others). */
export function readHolidayPolicy(db: Kysely<Database>): Promise<HolidayPolicy> {
  return readSetting(db, HOLIDAY_POLICY_KEY, HolidayPolicy, DEFAULT_HOLIDAY_POLICY);
}

// A worker with no recurring availability on record is taken to work Monday to Friday (as for sick pay).
const WEEKDAYS = [1, 2, 3, 4, 5];

/**
 * What the holiday rule needs about each worker. A worker is on irregular hours when the record says zero hours or
 * gives no guaranteed hours (their paid hours are wholly variable, reg 15B); their normal working days are the
 * weekdays of their recurring availability.
 */
export async function readHolidayWorkers(
  db: Kysely<Database>,
  staffIds: readonly string[],
): Promise<Map<string, HolidayWorker>> {
  const result = new Map<string, HolidayWorker>();
  if (staffIds.length === 0) return result;
  const ids = [...staffIds];
  const [staff, windows] = await Promise.all([
    db
      .selectFrom('staff')
      .select(['id', 'start_date', 'leaving_date', 'guaranteed_hours', 'zero_hours'])
      .where('id', 'in', ids)
      .execute(),
    db.selectFrom('availability_window').select(['staff_id', 'weekday']).where('staff_id', 'in', ids).execute(),
  ]);
  const weekdays = new Map<string, number[]>();
  for (const w of windows) (weekdays.get(w.staff_id) ?? weekdays.set(w.staff_id, []).get(w.staff_id))?.push(w.weekday);
  for (const s of staff) {
    const own = weekdays.get(s.id) ?? [];
    const guaranteed = s.guaranteed_hours ?? 0;
    result.set(s.id, {
      irregular: s.zero_hours === 1 || guaranteed <= 0,
      weeklyMinutes: Math.round(guaranteed * 60),
      workingWeekdays: new Set(own.length > 0 ? own : WEEKDAYS),
      startDate: s.start_date,
      leavingDate: s.leaving_date,
    });
  }
  return result;
}

/**
 * Average weekly minutes worked by each worker over the pay periods exported in the 52 weeks before a date (the
 * reference period for a week's pay, Employment Rights Act s.224 as amended in 2020), or null without any.
 */
export async function averageWeeklyWorked(
  db: Kysely<Database>,
  staffIds: readonly string[],
  before: string,
): Promise<Map<string, number | null>> {
  const result = new Map<string, number | null>(staffIds.map((id) => [id, null]));
  if (staffIds.length === 0) return result;
  const rows = await db
    .selectFrom('holiday_accrual')
    .select(['staff_id', 'period_start', 'period_end', 'worked_minutes'])
    .where('staff_id', 'in', [...staffIds])
    .where('period_end', '<', before)
    .where('period_start', '>=', addDays(before, -364))
    .where('worked_minutes', '>', 0)
    .execute();
  const totals = new Map<string, { minutes: number; days: number }>();
  for (const r of rows) {
    const t = totals.get(r.staff_id) ?? { minutes: 0, days: 0 };
    t.minutes += r.worked_minutes;
    t.days += daysBetween(r.period_start, r.period_end) + 1;
    totals.set(r.staff_id, t);
  }
  for (const [id, t] of totals) result.set(id, t.days > 0 ? (t.minutes * 7) / t.days : null);
  return result;
}

/**
 * The minutes of one day's leave: a share of the guaranteed week for regular hours; for irregular hours, a share of
 * the average week worked (0 until a pay period has been exported for them).
 */
export function dayMinutesOf(worker: HolidayWorker, averageWeekly: number | null): number {
  const days = worker.workingWeekdays.size;
  if (days === 0) return 0;
  const weekly = worker.irregular ? (averageWeekly ?? 0) : worker.weeklyMinutes;
  return Math.round(weekly / days);
}

/** Whether the worker is paid rolled-up holiday pay on a date, under the branch's policy. */
export function rolledUpOn(worker: HolidayWorker, policy: HolidayPolicy, date: string): boolean {
  return policy.rolledUpHolidayPay && accruesOnHoursWorked(worker, leaveYearOf(date, policy.leaveYearStartMonth).start);
}
