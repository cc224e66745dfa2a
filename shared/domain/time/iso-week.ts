import { z } from 'zod';

// THE day and ISO-week arithmetic on `YYYY-MM-DD` and `YYYY-Www` strings, for every layer. Dates are counted at UTC
// noon, so no clock change and no machine time zone can move one. Weeks are ISO 8601: Monday first, and a week
// belongs to the year of its Thursday (so 29-31 December can be in week 1 of the next year, and 1-3 January in
// week 52 or 53 of the one before).

const DAY_MS = 86_400_000;
const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

function noonUtc(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, not Date.UTC, which reads years 0-99 as 1900-1999.
  const noon = new Date(Date.UTC(2000, 0, 1, 12));
  noon.setUTCFullYear(y, m - 1, d);
  return noon.getTime();
}

function dateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `days` after (or before, when negative) a date. */
export function addDays(date: string, days: number): string {
  return dateOf(noonUtc(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((noonUtc(to) - noonUtc(from)) / DAY_MS);
}

/** The ISO day of the week of a date: 1 for Monday .. 7 for Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(noonUtc(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the week a date falls in (the date itself on a Monday). */
export function mondayOfDate(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The ISO week `YYYY-Www` a date falls in. */
export function isoWeekOf(date: string): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = thursday.slice(0, 4);
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** How many ISO weeks a year has: 53 when it starts or (in a leap year) ends on a Thursday, else 52. */
export function isoWeeksInYear(year: number): number {
  const padded = String(year).padStart(4, '0');
  return isoWeekOf(`${padded}-12-28`) === `${padded}-W53` ? 53 : 52;
}

/** Whether a string names a week that exists: `2026-W53` does (2026 has 53 weeks), `2025-W53` does not. */
export function isValidIsoWeek(isoWeek: string): boolean {
  const match = WEEK_PATTERN.exec(isoWeek);
  if (!match) return false;
  const week = Number(match[2]);
  return week >= 1 && week <= isoWeeksInYear(Number(match[1]));
}

/** The Monday of an ISO week, as `YYYY-MM-DD`; throws on a week that does not exist. */
export function mondayOf(isoWeek: string): string {
  if (!isValidIsoWeek(isoWeek)) throw new Error(`not an ISO week that exists: ${isoWeek}`);
  const week = Number(isoWeek.slice(6));
  // 4 January is always in week 1, so week 1 starts on its Monday.
  return addDays(mondayOfDate(`${isoWeek.slice(0, 4)}-01-04`), (week - 1) * 7);
}

/** The seven dates (Monday..Sunday) of an ISO week; throws on a week that does not exist. */
export function weekDates(isoWeek: string): string[] {
  const monday = mondayOf(isoWeek);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The ISO week `weeks` after (or before, when negative) another. */
export function shiftIsoWeek(isoWeek: string, weeks: number): string {
  return isoWeekOf(addDays(mondayOf(isoWeek), weeks * 7));
}

/** An ISO week `YYYY-Www` that exists (`2025-W53` is refused: 2025 has 52 weeks). */
export const IsoWeek = z
  .string()
  .regex(WEEK_PATTERN, 'Enter a week as YYYY-Www, for example 2026-W48')
  // A rota week is in this century: older years reach clock offsets London has not used since 1847.
  .refine((week) => week >= '2000' && week < '2100', 'Enter a week from 2000 to 2099')
  .refine(isValidIsoWeek, 'This week does not exist in that year');
/** An ISO week `YYYY-Www` that exists. */
export type IsoWeek = z.infer<typeof IsoWeek>;
