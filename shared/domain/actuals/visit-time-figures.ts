import { z } from 'zod';
import { IsoWeek } from '@shared/domain/time/iso-week';
import { CalendarMonth } from '@shared/domain/sync/sync-views';
import { ShortReason, type ActualsSettings } from './actuals';
import { flagVisit, minutesBetween, type RecordedVisit, type WallClock } from './flags';

// The figures that follow from actual visit times (issue 18): punctuality, missed visits, visits lengthened and
// shortened with their reasons, actual against planned time. One tally serves the coordinator's and manager's
// "Visit times" page, the home panels and the council's weekly summary, so all three count alike.
//
// The unit is a worker's visit: each worker of a double-up arrives and leaves on their own (as actuals are kept).

/** The reasons a shortened visit is counted under: the fixed list, and none given (flagged to the coordinator). */
export const ShortenedReason = z.enum([...ShortReason.options, 'no_reason']);
export type ShortenedReason = z.infer<typeof ShortenedReason>;

/** Unsuppressed counts over a set of workers' visits. */
export const VisitTimeTotals = z.object({
  /** Workers' visits planned in the published rota for the period. */
  planned: z.number().int(),
  /** Of those, visits whose start and late threshold have passed (so arrived, late or missed can be said). */
  due: z.number().int(),
  /** Arrived within the branch's late threshold. */
  onTime: z.number().int(),
  /** Arrived after the late threshold. */
  late: z.number().int(),
  /** No arrival recorded once the late threshold had passed. */
  missed: z.number().int(),
  /** Visits with both an arrival and a departure. */
  completed: z.number().int(),
  /** Completed visits more than a few minutes longer than planned. */
  lengthened: z.number().int(),
  /** Of the lengthened, those with the worker's reason written down. */
  lengthenedWithReason: z.number().int(),
  /** Completed visits more than a few minutes shorter than planned. */
  shortened: z.number().int(),
  /** Shortened visits by the reason given. */
  shortenedByReason: z.record(ShortenedReason, z.number().int()),
  /** Planned minutes of the completed visits. */
  plannedMinutesCompleted: z.number().int(),
  /** Actual minutes (arrival to departure) of the completed visits. */
  actualMinutesCompleted: z.number().int(),
});
export type VisitTimeTotals = z.infer<typeof VisitTimeTotals>;

/** One person's or worker's row: their name and their counts. */
export const VisitTimeRow = VisitTimeTotals.extend({ id: z.string(), name: z.string() });
export type VisitTimeRow = z.infer<typeof VisitTimeRow>;

/** Which period to count: an ISO week or a calendar month. */
export const VisitTimesInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('week'), isoWeek: IsoWeek }).strict(),
  z.object({ kind: z.literal('month'), month: CalendarMonth }).strict(),
]);
export type VisitTimesInput = z.infer<typeof VisitTimesInput>;

/** The "Visit times" figures for a period: the branch's totals, and the same per person supported and per worker. */
export const VisitTimesReport = z.object({
  period: VisitTimesInput,
  /** "Week of 7 Dec 2026" or "December 2026". */
  periodLabel: z.string(),
  /** The first and last day counted. */
  from: z.string(),
  to: z.string(),
  /** The late threshold the counts used, in minutes. */
  lateMinutes: z.number().int(),
  totals: VisitTimeTotals,
  byPerson: z.array(VisitTimeRow),
  byWorker: z.array(VisitTimeRow),
});
export type VisitTimesReport = z.infer<typeof VisitTimesReport>;

/** One worker's planned visit and what was recorded, with whose it was. */
export interface TalliedVisit extends RecordedVisit {
  staffId: string;
  clientId: string;
  /** The worker's note (a lengthened visit's reason is written there). */
  note: string | null;
}

/** Counts of nothing yet. */
export function emptyTotals(): VisitTimeTotals {
  return {
    planned: 0,
    due: 0,
    onTime: 0,
    late: 0,
    missed: 0,
    completed: 0,
    lengthened: 0,
    lengthenedWithReason: 0,
    shortened: 0,
    shortenedByReason: Object.fromEntries(ShortenedReason.options.map((r) => [r, 0])) as Record<
      ShortenedReason,
      number
    >,
    plannedMinutesCompleted: 0,
    actualMinutesCompleted: 0,
  };
}

/** Add one visit, as it stands at `now`, to a running tally. */
export function addVisit(
  totals: VisitTimeTotals,
  visit: TalliedVisit,
  settings: ActualsSettings,
  now: WallClock,
): void {
  const { status, flags } = flagVisit(visit, settings, now);
  totals.planned += 1;
  if (status === 'not_due' || status === 'due') return;
  totals.due += 1;
  if (status === 'missed') {
    totals.missed += 1;
    return;
  }
  if (flags.includes('late')) totals.late += 1;
  else totals.onTime += 1;
  if (status !== 'done' || visit.arrival === null || visit.departure === null) return;
  totals.completed += 1;
  totals.plannedMinutesCompleted += visit.plannedMinutes;
  totals.actualMinutesCompleted += minutesBetween(visit.arrival, visit.departure);
  if (flags.includes('longer')) {
    totals.lengthened += 1;
    if (visit.note !== null && visit.note.trim() !== '') totals.lengthenedWithReason += 1;
  }
  if (flags.includes('short') || flags.includes('short_no_reason')) {
    totals.shortened += 1;
    const reason = ShortReason.safeParse(visit.shortReason);
    totals.shortenedByReason[reason.success ? reason.data : 'no_reason'] += 1;
  }
}

/** The branch's totals and the same per person and per worker (rows keyed by id, names added by the caller). */
export function tallyVisitTimes(
  visits: readonly TalliedVisit[],
  settings: ActualsSettings,
  now: WallClock,
): { totals: VisitTimeTotals; byPerson: Map<string, VisitTimeTotals>; byWorker: Map<string, VisitTimeTotals> } {
  const totals = emptyTotals();
  const byPerson = new Map<string, VisitTimeTotals>();
  const byWorker = new Map<string, VisitTimeTotals>();
  const rowOf = (map: Map<string, VisitTimeTotals>, id: string) => {
    let row = map.get(id);
    if (!row) map.set(id, (row = emptyTotals()));
    return row;
  };
  for (const visit of visits) {
    addVisit(totals, visit, settings, now);
    addVisit(rowOf(byPerson, visit.clientId), visit, settings, now);
    addVisit(rowOf(byWorker, visit.staffId), visit, settings, now);
  }
  return { totals, byPerson, byWorker };
}

/** On-time arrivals of all arrivals, as a whole percentage; null before any arrival. */
export function punctualityPercent(t: Pick<VisitTimeTotals, 'onTime' | 'late'>): number | null {
  const arrived = t.onTime + t.late;
  return arrived === 0 ? null : Math.round((t.onTime / arrived) * 100);
}
