import type { EcmRow } from '@shared/domain/actuals/call-monitoring';
import { minutesBetween } from '@shared/domain/actuals/flags';

/** A worker's seat at a visit, as the matcher needs it. */
export interface SeatToMatch {
  isoWeek: string;
  visitId: string;
  staffId: string;
  clientId: string;
  date: string;
  startMinute: number;
  durationMinutes: number;
}

/** What the matcher knows of the branch: workers by staff reference, people by name, seats by worker+person+day. */
export interface MatchIndex {
  staffByRef: ReadonlyMap<string, string>;
  clientsByName: ReadonlyMap<string, readonly string[]>;
  seats: readonly SeatToMatch[];
}

/** A row matched to a seat, or why not. */
export type MatchResult = { ok: true; seat: SeatToMatch } | { ok: false; reason: string };

/** A visit is matched only when it was planned within this of the row's planned start (or arrival). */
export const MATCH_WINDOW_MINUTES = 120;

/** How the matcher compares names and references: case, spacing and apostrophes do not matter. */
export function matchKey(text: string): string {
  return text.trim().toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');
}

/** Build the matcher for a set of rows (seats grouped by worker, person and day for a quick look-up). */
export function matcher(index: MatchIndex): (row: EcmRow) => MatchResult {
  const byKey = new Map<string, SeatToMatch[]>();
  for (const s of index.seats) {
    const key = `${s.staffId}|${s.clientId}|${s.date}`;
    (byKey.get(key) ?? byKey.set(key, []).get(key))?.push(s);
  }
  return (row) => {
    const staffId = index.staffByRef.get(matchKey(row.workerRef));
    if (staffId === undefined) return { ok: false, reason: `No worker has the staff reference “${row.workerRef}”` };
    const clients = index.clientsByName.get(matchKey(row.personName)) ?? [];
    const seats = clients.flatMap((c) => byKey.get(`${staffId}|${c}|${row.visitDate}`) ?? []);
    if (seats.length === 0)
      return {
        ok: false,
        reason:
          clients.length === 0
            ? `No visit to anyone called “${row.personName}” is on the published rota that day`
            : `${row.workerRef} has no visit to ${row.personName} on the published rota that day`,
      };
    // The planned start the file gives, else the arrival: the nearest visit that day within the window.
    const target = { date: row.visitDate, minute: row.plannedStart ?? row.arrival.minute };
    const distance = (s: SeatToMatch) => Math.abs(minutesBetween(target, { date: s.date, minute: s.startMinute }));
    const nearest = seats.reduce((a, b) => (distance(b) < distance(a) ? b : a));
    if (distance(nearest) > MATCH_WINDOW_MINUTES)
      return {
        ok: false,
        reason: `No visit by ${row.workerRef} to ${row.personName} was planned within 2 hours of it`,
      };
    return { ok: true, seat: nearest };
  };
}
