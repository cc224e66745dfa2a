import type { Kysely } from 'kysely';
import { workingDaysAmong } from '@shared/domain/policy/holiday';
import type { Database } from '@main/db/schema';
import { averageWeeklyWorked, dayMinutesOf, readHolidayPolicy, readHolidayWorkers, rolledUpOn } from './holiday-basis';

/** A worker's holiday in a run of days: approved leave on their working days, and how it is paid. */
export interface HolidayInDays {
  days: number;
  minutes: number;
  /** Paid as rolled-up holiday pay on each period's pay instead: the leave itself is not paid again. */
  rolledUp: boolean;
}

/** Annual leave booked through availability overlapping some dates (approved only, unless asked), per worker. */
export async function leaveBookings(
  db: Kysely<Database>,
  staffIds: readonly string[],
  from: string,
  to: string,
  statuses: readonly ('approved' | 'requested')[] = ['approved'],
) {
  if (staffIds.length === 0) return [];
  return db
    .selectFrom('availability_exception')
    .select(['id', 'staff_id', 'start_date', 'end_date', 'status'])
    .where('staff_id', 'in', [...staffIds])
    .where('kind', '=', 'annual_leave')
    .where('status', 'in', [...statuses])
    .orderBy('start_date')
    .where('start_date', '<=', to)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', from)]))
    .execute();
}

/**
 * Each worker's holiday among some dates (a rota week): the approved leave booked through availability that falls on
 * their normal working days, each day worth a day's leave (holiday-basis.ts), and whether they are on rolled-up pay.
 */
export async function holidayInDays(
  db: Kysely<Database>,
  dates: readonly string[],
  staffIds: readonly string[],
): Promise<Map<string, HolidayInDays>> {
  const result = new Map<string, HolidayInDays>();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (staffIds.length === 0 || first === undefined || last === undefined) return result;
  const [policy, workers, leave, average] = await Promise.all([
    readHolidayPolicy(db),
    readHolidayWorkers(db, staffIds),
    leaveBookings(db, staffIds, first, last),
    averageWeeklyWorked(db, staffIds, first),
  ]);
  const leaveOf = new Map<string, typeof leave>();
  for (const e of leave) (leaveOf.get(e.staff_id) ?? leaveOf.set(e.staff_id, []).get(e.staff_id))?.push(e);
  for (const [id, worker] of workers) {
    const off = new Set<string>();
    for (const e of leaveOf.get(id) ?? []) {
      const inWeek = dates.filter((d) => d >= e.start_date && (e.end_date === null || d <= e.end_date));
      for (const d of workingDaysAmong(worker, inWeek)) off.add(d);
    }
    const rolledUp = rolledUpOn(worker, policy, first);
    if (off.size === 0 && !rolledUp) continue;
    result.set(id, { days: off.size, minutes: off.size * dayMinutesOf(worker, average.get(id) ?? null), rolledUp });
  }
  return result;
}
