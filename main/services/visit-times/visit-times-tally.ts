import type { Kysely } from 'kysely';
import type { WallClock } from '@shared/domain/actuals/flags';
import { tallyVisitTimes, type TalliedVisit, type VisitTimeTotals } from '@shared/domain/actuals/visit-time-figures';
import type { Database } from '@main/db/schema';
import { readActualsSettings } from '../actuals/actuals-settings';
import { actualKey, actualsBetween } from '../actuals/actuals-store';
import { listPublishedVisitsBetween } from '../rota/rota-week-queries';

/** The tally of workers' visits between two dates as they stood at `now`, with the late threshold it used. */
export interface VisitTimeTally {
  lateMinutes: number;
  totals: VisitTimeTotals;
  byPerson: Map<string, VisitTimeTotals>;
  byWorker: Map<string, VisitTimeTotals>;
}

/**
 * Every worker's published visit between two dates (each seat of a double-up) beside the actual times recorded for
 * it, counted by the one tally the Visit times page and the council summary share.
 */
export async function visitTimeTally(
  db: Kysely<Database>,
  from: string,
  to: string,
  now: WallClock,
): Promise<VisitTimeTally> {
  const [visits, actuals, settings] = await Promise.all([
    listPublishedVisitsBetween(db, from, to),
    actualsBetween(db, from, to),
    readActualsSettings(db),
  ]);
  const seats: TalliedVisit[] = visits.flatMap((v) =>
    [v.worker1_id, v.worker2_id]
      .filter((id): id is string => id !== null)
      .map((staffId) => {
        const a = actuals.get(actualKey(v.iso_week, v.id, staffId));
        return {
          staffId,
          clientId: v.client_id,
          date: v.date,
          plannedStartMinute: v.start_minute,
          plannedMinutes: v.duration_minutes,
          arrival: a ? { date: a.arrival_date, minute: a.arrival_minute } : null,
          departure:
            a && a.departure_date !== null && a.departure_minute !== null
              ? { date: a.departure_date, minute: a.departure_minute }
              : null,
          shortReason: a?.short_reason ?? null,
          note: a?.note ?? null,
        };
      }),
  );
  return { lateMinutes: settings.lateMinutes, ...tallyVisitTimes(seats, settings, now) };
}
