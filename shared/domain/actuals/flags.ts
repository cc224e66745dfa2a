import { daysBetween } from '@shared/domain/time/iso-week';
import type { ActualFlag, ActualStatus, ActualsSettings } from './actuals';

/** A London wall-clock moment: a date and a minute of that day. */
export interface WallClock {
  date: string;
  minute: number;
}

// Actual times are wall-clock, as the rota is planned. Across the night the clocks change (01:00 or 02:00) an
// elapsed time computed this way is an hour out; no visit is planned across midnight, so that night's visits are
// the only ones it could touch, and the pay rule below never pays less than planned.
/** Minutes from one wall-clock moment to another (negative when `to` is earlier). */
export function minutesBetween(from: WallClock, to: WallClock): number {
  const days = from.date === to.date ? 0 : daysBetween(from.date, to.date);
  return days * 1440 + to.minute - from.minute;
}

/** A recorded visit: the plan and, once there is one, the arrival and departure. */
export interface RecordedVisit {
  date: string;
  plannedStartMinute: number;
  plannedMinutes: number;
  arrival: WallClock | null;
  departure: WallClock | null;
  shortReason: string | null;
}

/**
 * Visits that end within this many minutes of the agreed length are neither shortened nor lengthened: a worker
 * recording "about 9:00 to 10:00" for a 09:02 arrival should not need a reason.
 */
export const LENGTH_TOLERANCE_MINUTES = 5;

/** Where a visit stands at `now` (the backend's clock, as a London wall-clock moment) and what to flag. */
export function flagVisit(
  visit: RecordedVisit,
  settings: ActualsSettings,
  now: WallClock,
): { status: ActualStatus; lateByMinutes: number | null; flags: ActualFlag[] } {
  const planned: WallClock = { date: visit.date, minute: visit.plannedStartMinute };
  const flags: ActualFlag[] = [];
  if (visit.arrival === null) {
    // Missed once the late threshold has passed with no arrival, so it shows the same day.
    const sincePlanned = minutesBetween(planned, now);
    if (sincePlanned < 0) return { status: 'not_due', lateByMinutes: null, flags };
    if (sincePlanned <= settings.lateMinutes) return { status: 'due', lateByMinutes: null, flags };
    return { status: 'missed', lateByMinutes: null, flags: ['missed'] };
  }
  const lateBy = minutesBetween(planned, visit.arrival);
  if (lateBy > settings.lateMinutes) flags.push('late');
  if (visit.departure === null) return { status: 'arrived', lateByMinutes: lateBy, flags };
  const actual = minutesBetween(visit.arrival, visit.departure);
  if (actual < visit.plannedMinutes - LENGTH_TOLERANCE_MINUTES)
    flags.push(visit.shortReason === null ? 'short_no_reason' : 'short');
  else if (actual > visit.plannedMinutes + LENGTH_TOLERANCE_MINUTES) flags.push('longer');
  return { status: 'done', lateByMinutes: lateBy, flags };
}

/**
 * The minutes a visit is paid from its actual times: arrival to departure, never less than planned (a visit ended
 * early is still paid as planned; only a cancelled visit, which leaves the plan, is not paid). Without a departure
 * the planned length stands from the arrival.
 */
export function paidVisitSpan(
  plannedMinutes: number,
  arrival: WallClock,
  departure: WallClock | null,
): { start: number; end: number } {
  const actual = departure === null ? 0 : minutesBetween(arrival, departure);
  return { start: arrival.minute, end: arrival.minute + Math.max(plannedMinutes, actual) };
}
