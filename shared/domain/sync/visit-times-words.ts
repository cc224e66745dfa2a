import { SHORT_REASON_LABELS } from '../actuals/actuals';
import { WITHHELD } from './counts';
import { cellOf } from './suppression';
import type { ArrivalOutcome, LengthOutcome } from './summary-v2';
import { count, countWord, measure, rateWords } from './month-words';
import type { Summary } from './summary';
import type { SummaryReading } from './sync-views';

// The weekly summary's figures from actual visit times in the manager's words (version 2 onwards).

const REASON_WORDS: Record<string, string> = { ...SHORT_REASON_LABELS, no_reason: 'No reason given' };

/** The visit-times block of a weekly summary in plain words; nothing for a summary without one. */
export function visitTimesLines(summary: Summary): SummaryReading['lines'] {
  const v = summary.careDelivery && 'visitTimes' in summary.careDelivery ? summary.careDelivery.visitTimes : null;
  if (!v) return [];
  const arrivals = (key: ArrivalOutcome) => countWord(cellOf(v.arrivals, key));
  const lengths = (key: LengthOutcome) => countWord(cellOf(v.lengths, key));
  const reasons = v.shortenedByReason.cells;
  return [
    {
      heading: 'Visits as they happened (from actual visit times)',
      lines: [
        `${count(v.arrivals.total, 'worker’s visit', 'workers’ visits')} due: ${arrivals('on_time')} on time, ` +
          `${arrivals('late')} more than ${v.lateThresholdMinutes} minutes late, ${arrivals('missed')} missed`,
        `On time: ${rateWords(v.punctuality)} of arrivals; missed: ${rateWords(v.missedRate)} of visits due`,
        `${count(v.lengths.total, 'visit', 'visits')} with arrival and departure recorded: ` +
          `${lengths('lengthened')} lengthened (${rateWords(v.lengthenedRate)}), ` +
          `${lengths('shortened')} shortened (${rateWords(v.shortenedRate)})`,
        reasons === WITHHELD
          ? 'Reasons for shortened visits: not sent (too few to count safely)'
          : 'Reasons for shortened visits: ' +
            (Object.entries(reasons)
              .filter(([, n]) => n !== 0)
              .map(([reason, n]) => `${REASON_WORDS[reason] ?? reason} ${countWord(n)}`)
              .join('; ') || 'none'),
        `Completed visits took ${measure(v.actualHoursCompleted, 'hours')} ` +
          `against ${measure(v.plannedHoursCompleted, 'hours')} planned`,
      ],
    },
  ];
}
