import type { VisitTimeTotals } from '../actuals/visit-time-figures';
import { WITHHELD, type Count, type Rate } from './counts';
import { cellOf, rateOf, suppressBreakdown, withheldUnless } from './suppression';
import type { ArrivalOutcome, LengthOutcome, VisitTimesV2 } from './summary-v2';

// The weekly summary's figures from actual visit times, suppressed (build-summary.ts calls this for care delivery).
//
// The counts are sent as two breakdowns (arrivals: on time, late, missed; lengths: as planned, lengthened,
// shortened) rather than as separate shares, so that secondary suppression sees every count that adds up to the
// same total: a missed count of 3 cannot be worked out from "visits due" less "arrived". Every rate is sent only
// when the counts it is divided from are sent as numbers. The reasons breakdown adds up to the shortened cell, so
// when that cell is held back the reasons are too (its total would give the cell away).

/** The visit-times block of a weekly summary from the week's true tally. */
export function visitTimesOf(t: VisitTimeTotals, lateThresholdMinutes: number): VisitTimesV2 {
  const arrivals = suppressBreakdown<ArrivalOutcome>({ on_time: t.onTime, late: t.late, missed: t.missed });
  const lengths = suppressBreakdown<LengthOutcome>({
    as_planned: t.completed - t.lengthened - t.shortened,
    lengthened: t.lengthened,
    shortened: t.shortened,
  });
  const onTime = cellOf(arrivals, 'on_time');
  const late = cellOf(arrivals, 'late');
  const shortenedCell = cellOf(lengths, 'shortened');
  const reasons = suppressBreakdown(t.shortenedByReason);
  const hours = (minutes: number) => withheldUnless([lengths.total], Math.round((minutes / 60) * 10) / 10);
  return {
    lateThresholdMinutes,
    arrivals,
    punctuality: bothSent(onTime, late, t.onTime, t.onTime + t.late),
    missedRate: rateOf(cellOf(arrivals, 'missed'), arrivals.total, t.missed, t.due),
    lengths,
    lengthenedRate: rateOf(cellOf(lengths, 'lengthened'), lengths.total, t.lengthened, t.completed),
    shortenedRate: rateOf(shortenedCell, lengths.total, t.shortened, t.completed),
    shortenedByReason: typeof shortenedCell === 'number' ? reasons : { total: shortenedCell, cells: WITHHELD },
    plannedHoursCompleted: hours(t.plannedMinutesCompleted),
    actualHoursCompleted: hours(t.actualMinutesCompleted),
  };
}

// On time of all arrivals: its whole (on time + late) is not itself sent, so both parts must be.
function bothSent(part: Count, other: Count, count: number, of: number): Rate {
  if (of === 0) return null;
  if (typeof part !== 'number' || typeof other !== 'number') return WITHHELD;
  return Math.round((count / of) * 1000) / 1000;
}
