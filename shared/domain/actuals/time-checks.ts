import { formatDate, formatMinute } from '@shared/domain/time/format';
import { minutesBetween, type WallClock } from './flags';

/** An arrival further than this from the planned start is a mistake (a wrong date), not a late or early visit. */
export const MAX_ARRIVAL_DISTANCE_MINUTES = 12 * 60;
/** No visit lasts longer than this; a departure later than it is a mistake. */
export const MAX_VISIT_MINUTES = 16 * 60;

/** A problem with recorded times, naming the field it is about. */
export interface TimeProblem {
  field: 'arrival' | 'departure';
  message: string;
}

/** What is wrong with an arrival and departure for a visit planned at `planned` (empty when nothing). */
export function checkActualTimes(planned: WallClock, arrival: WallClock, departure: WallClock | null): TimeProblem[] {
  const problems: TimeProblem[] = [];
  const fromPlanned = minutesBetween(planned, arrival);
  if (Math.abs(fromPlanned) > MAX_ARRIVAL_DISTANCE_MINUTES)
    problems.push({
      field: 'arrival',
      message:
        `The arrival must be within 12 hours of the planned start (${formatDate(planned.date)} at ` +
        `${formatMinute(planned.minute)}): check the date`,
    });
  if (departure !== null) {
    const length = minutesBetween(arrival, departure);
    if (length <= 0) problems.push({ field: 'departure', message: 'The departure must be after the arrival' });
    else if (length > MAX_VISIT_MINUTES)
      problems.push({ field: 'departure', message: 'The departure must be within 16 hours of the arrival' });
  }
  return problems;
}
