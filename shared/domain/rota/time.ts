import type { WeekDay } from './instance';

/** UTC offset (minutes) in force at a local minute of a week day. */
export function offsetAt(day: WeekDay, minute: number): number {
  return day.change !== null && minute >= day.change.atMinute ? day.change.utcOffsetMinutes : day.utcOffsetMinutes;
}

/**
 * Real elapsed minutes from Monday 00:00 local to a local minute of day `dayIndex` (0 = Monday).
 * Differences of these values are true durations even across a clock change.
 */
export function elapsedMinute(days: readonly WeekDay[], dayIndex: number, minute: number): number {
  const monday = days[0];
  const day = days[dayIndex];
  if (monday === undefined || day === undefined) throw new Error(`day ${dayIndex} outside the week`);
  return dayIndex * 1440 + minute - (offsetAt(day, minute) - monday.utcOffsetMinutes);
}

/** Elapsed minutes from Monday 00:00 local to the following Monday 00:00 local. */
export function weekLengthMinutes(days: readonly WeekDay[]): number {
  const monday = days[0];
  const sunday = days[6];
  if (monday === undefined || sunday === undefined) throw new Error('a week has 7 days');
  return 7 * 1440 - (offsetAt(sunday, 1440) - monday.utcOffsetMinutes);
}
