import { addDays, isoWeekday } from '../time/iso-week';
import { formatDate, formatMinute } from '../time/format';
import type { Period } from './bookings';
import type { ClosedDay, OpeningDay } from './setup';

// The hub's calendar rules, pure: which half-days a booking or a training session takes, when a booking may be made,
// when a desk counts as a no-show, and the dates of a weekly series.

/** A half of the hub's day. The store guards each half of each space against a second claim. */
export type Half = 'am' | 'pm';

/** The morning ends and the afternoon starts at 13:00 (London). */
export const MIDDAY_MINUTE = 13 * 60;

/** The halves a period takes. */
export function halvesOf(period: Period): Half[] {
  return period === 'morning' ? ['am'] : period === 'afternoon' ? ['pm'] : ['am', 'pm'];
}

/** The half a minute of the day falls in. */
export function halfAt(minute: number): Half {
  return minute < MIDDAY_MINUTE ? 'am' : 'pm';
}

/** The halves a training session from `startMinute` for `durationMinutes` overlaps. */
export function halvesOfSession(startMinute: number, durationMinutes: number): Half[] {
  const halves: Half[] = [];
  if (startMinute < MIDDAY_MINUTE) halves.push('am');
  if (startMinute + durationMinutes > MIDDAY_MINUTE) halves.push('pm');
  return halves;
}

const WEEKDAY_PLURALS = ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'];

/** The opening hours of a date's weekday. */
export function hoursOn(hours: readonly OpeningDay[], date: string): OpeningDay | undefined {
  return hours.find((day) => day.weekday === isoWeekday(date));
}

/** Start and end (minutes of the London day) of a period on an open day, or null when the hub is not open then. */
export function periodWindow(day: OpeningDay, period: Period): { start: number; end: number } | null {
  if (!day.open) return null;
  const morning = day.openMinute < MIDDAY_MINUTE;
  const afternoon = day.closeMinute > MIDDAY_MINUTE;
  if (period === 'morning')
    return morning ? { start: day.openMinute, end: Math.min(day.closeMinute, MIDDAY_MINUTE) } : null;
  if (period === 'afternoon')
    return afternoon ? { start: Math.max(day.openMinute, MIDDAY_MINUTE), end: day.closeMinute } : null;
  return morning && afternoon ? { start: day.openMinute, end: day.closeMinute } : null;
}

/** Why a date is closed altogether ("Closed on Sundays", "Christmas Day"), or null when the hub opens that day. */
export function closedReason(hours: readonly OpeningDay[], closed: readonly ClosedDay[], date: string): string | null {
  const closure = closed.find((c) => c.date === date);
  if (closure) return closure.reason;
  const day = hoursOn(hours, date);
  if (!day?.open) return `Closed on ${WEEKDAY_PLURALS[isoWeekday(date) - 1] ?? 'that day'}`;
  return null;
}

/** Why a period on a date cannot be booked for opening reasons, in words, or null when it can. */
export function bookingRefusal(
  hours: readonly OpeningDay[],
  closed: readonly ClosedDay[],
  date: string,
  period: Period,
): string | null {
  const closure = closedReason(hours, closed, date);
  if (closure !== null) return `The hub is closed on ${formatDate(date)} (${closure.toLowerCase()}).`;
  const day = hoursOn(hours, date);
  if (!day || periodWindow(day, period) !== null) return null;
  const open = `${formatMinute(day.openMinute)} to ${formatMinute(day.closeMinute)}`;
  const what = period === 'day' ? 'for the whole day' : `in the ${period}`;
  return `The hub is not open ${what} on ${formatDate(date)}: it is open ${open}.`;
}

/** The minute after which an unused desk booking is released as a no-show, or null when its period never opens. */
export function noShowMinute(day: OpeningDay, period: Period, noShowMinutes: number): number | null {
  const window = periodWindow(day, period);
  return window === null ? null : window.start + noShowMinutes;
}

/** The dates of a weekly series starting on `startDate`. */
export function seriesDates(startDate: string, weeks: number): string[] {
  return Array.from({ length: weeks }, (_, i) => addDays(startDate, i * 7));
}
