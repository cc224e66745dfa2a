import type { Kysely } from 'kysely';
import type { Database } from '@main/db/schema';

/**
 * Days each worker is off on approved leave or recorded sickness among the days they normally work (their recurring
 * availability), for each worker, with how many days a week they normally work. Leave and sickness are paid as such
 * (holiday pay, sick pay), so the guarantee shrinks by the share of working days they cover; a day with any part off
 * counts as a day off.
 */
export async function workingDaysOff(
  db: Kysely<Database>,
  weekDates: readonly string[],
  staffIds: readonly string[],
): Promise<Map<string, { off: number; working: number }>> {
  const result = new Map<string, { off: number; working: number }>();
  const first = weekDates[0];
  const last = weekDates[weekDates.length - 1];
  if (staffIds.length === 0 || first === undefined || last === undefined) return result;
  const [windows, exceptions] = await Promise.all([
    db
      .selectFrom('availability_window')
      .select(['staff_id', 'weekday'])
      .where('staff_id', 'in', [...staffIds])
      .execute(),
    db
      .selectFrom('availability_exception')
      .select(['staff_id', 'start_date', 'end_date'])
      .where('staff_id', 'in', [...staffIds])
      .where('kind', 'in', ['annual_leave', 'sickness'])
      .where('status', 'in', ['approved', 'recorded'])
      .where('start_date', '<=', last)
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', first)]))
      .execute(),
  ]);
  const weekdays = new Map<string, Set<number>>();
  for (const w of windows)
    (weekdays.get(w.staff_id) ?? weekdays.set(w.staff_id, new Set()).get(w.staff_id))?.add(w.weekday);
  for (const id of staffIds) {
    const works = weekdays.get(id) ?? new Set<number>();
    const off = new Set<string>();
    for (const e of exceptions.filter((x) => x.staff_id === id))
      weekDates.forEach((date, i) => {
        if (date >= e.start_date && (e.end_date === null || date <= e.end_date) && works.has(i + 1)) off.add(date);
      });
    result.set(id, { off: off.size, working: works.size });
  }
  return result;
}

/** The guarantee for the week, less the share of normal working days off on leave or sick (whole minutes). */
export function guaranteeForWeek(
  guaranteedWeeklyMinutes: number,
  days: { off: number; working: number } | undefined,
): number {
  if (!days || days.working === 0 || days.off === 0) return guaranteedWeeklyMinutes;
  return Math.round((guaranteedWeeklyMinutes * Math.max(0, days.working - days.off)) / days.working);
}
