import { SHORT_REASON_LABELS } from '@shared/domain/actuals/actuals';
import { punctualityPercent, ShortenedReason, type VisitTimeTotals } from '@shared/domain/actuals/visit-time-figures';
import { formatDuration } from '@shared/domain/time/format';

/** Each reason a visit was shortened, as the coordinator reads it. */
export const SHORTENED_REASON_WORDS: Readonly<Record<ShortenedReason, string>> = {
  ...SHORT_REASON_LABELS,
  no_reason: 'No reason given yet',
};

/** The reasons in the list's order, for charts and tables. */
export const SHORTENED_REASONS = ShortenedReason.options;

/** "92% on time (46 of 50 arrivals)", or why there is nothing to say yet. */
export function punctualityWords(t: VisitTimeTotals): string {
  const percent = punctualityPercent(t);
  if (percent === null) return 'No arrivals recorded yet';
  return `${percent}% on time (${t.onTime} of ${t.onTime + t.late} arrivals)`;
}

/** "12 h 30 min against 12 h planned", for the visits with both times recorded. */
export function hoursWords(t: Pick<VisitTimeTotals, 'actualMinutesCompleted' | 'plannedMinutesCompleted'>): string {
  return `${formatDuration(t.actualMinutesCompleted)} against ${formatDuration(t.plannedMinutesCompleted)} planned`;
}

/** Minutes as hours to one decimal place, for a chart's scale. */
export const inHours = (minutes: number): number => Math.round(minutes / 6) / 10;
