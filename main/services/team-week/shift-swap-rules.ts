import type { RotaVisitRow } from '@main/services/rota/rota-week-queries';
import { workerIdsOf, type StoredPlan } from '@main/services/rota/stored-plan';
import type { AskedVisit } from './team-change-rules';
import { hasStarted } from './team-week-service';

/** Who is in each person's team: person id → staff ids. */
export type Teams = ReadonlyMap<string, ReadonlySet<string>>;

/** A worker's shift on a day: every visit of theirs that day in the week, in time order (empty: no shift). */
export function shiftOf(stored: StoredPlan, staffId: string, date: string): RotaVisitRow[] {
  return stored.rows
    .filter((r) => r.date === date && workerIdsOf(r).includes(staffId))
    .sort((a, b) => a.start_minute - b.start_minute || a.id.localeCompare(b.id));
}

/** The days a worker has visits in the week, each with its shift, in date order. */
export function shiftsOf(stored: StoredPlan, staffId: string): Map<string, RotaVisitRow[]> {
  const dates = [...new Set(stored.rows.filter((r) => workerIdsOf(r).includes(staffId)).map((r) => r.date))].sort();
  return new Map(dates.map((date) => [date, shiftOf(stored, staffId, date)]));
}

/** A shift has started once its first visit has: from then on it can no longer change hands. */
export function shiftHasStarted(shift: readonly RotaVisitRow[], now: Date): boolean {
  return shift.some((r) => hasStarted(r, now));
}

/** A worker's visit minutes in the week. */
export function weekMinutesOf(stored: StoredPlan, staffId: string): number {
  return stored.rows.filter((r) => workerIdsOf(r).includes(staffId)).reduce((sum, r) => sum + r.duration_minutes, 0);
}

/** A list of names in words: "A", "A and B", "A, B and C". */
function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/**
 * Why a worker may not take a shift's visits, in words (null when they may): they must be in the team of every
 * person on it (security.md: a worker sees only their teams' people, and the validator's first rule), must not be
 * on one of its visits already (a double-up needs two different workers), and must be on the week's rota.
 */
export function whyNotTakeShift(
  stored: StoredPlan,
  shift: readonly RotaVisitRow[],
  staffId: string,
  teams: Teams,
  personName: (clientId: string) => string,
): string | null {
  const outside = [...new Set(shift.map((r) => r.client_id))].filter((c) => !teams.get(c)?.has(staffId));
  if (outside.length > 0) return `Not in the team of ${andList(outside.map(personName))}.`;
  const shared = shift.find((r) => workerIdsOf(r).includes(staffId));
  if (shared) return `Already on the double-up visit to ${personName(shared.client_id)} that day.`;
  if (!stored.instance.workers.some((w) => w.id === staffId)) return 'Not on this week’s rota.';
  return null;
}

/** A shift's visits as they stand now, recorded with a shift swap for the stale check at its answer. */
export function askedOf(shift: readonly RotaVisitRow[], staffId: string): AskedVisit[] {
  return shift.map((r) => ({
    visitId: r.id,
    staffId,
    date: r.date,
    startMinute: r.start_minute,
    durationMinutes: r.duration_minutes,
  }));
}
