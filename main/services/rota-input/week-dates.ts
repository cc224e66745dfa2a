/** The seven dates (Monday..Sunday) of an ISO week `YYYY-Www`; throws on a week that does not exist. */
export function isoWeekDates(isoWeek: string): string[] {
  const match = /^(\d{4})-W(\d{2})$/.exec(isoWeek);
  if (!match) throw new Error(`not an ISO week: ${isoWeek}`);
  const year = Number(match[1]);
  const week = Number(match[2]);
  // 4 January is always in week 1; its Monday starts week 1.
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const jan4Weekday = jan4.getUTCDay() === 0 ? 7 : jan4.getUTCDay();
  const monday = new Date(jan4.getTime() + ((week - 1) * 7 - (jan4Weekday - 1)) * 86_400_000);
  const weeksInYear = isoWeeksInYear(year);
  if (week < 1 || week > weeksInYear)
    throw new Error(`${isoWeek} does not exist (${year} has ${weeksInYear} ISO weeks)`);
  return Array.from({ length: 7 }, (_, i) => new Date(monday.getTime() + i * 86_400_000).toISOString().slice(0, 10));
}

function isoWeeksInYear(year: number): number {
  const dec28 = new Date(Date.UTC(year, 11, 28));
  const thursday = new Date(dec28.getTime() + (4 - (dec28.getUTCDay() === 0 ? 7 : dec28.getUTCDay())) * 86_400_000);
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - jan1) / 86_400_000 / 7) + 1;
}

/** The ISO week `YYYY-Www` a date falls in. */
export function isoWeekOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  const thursday = new Date(d.getTime() + (4 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Whole days from one date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whether a week starting on `monday` is week A (true) or B of a pattern anchored on the Monday `anchor`. */
export function isWeekA(anchor: string, monday: string): boolean {
  const weeks = Math.floor(daysBetween(anchor, monday) / 7);
  return ((weeks % 2) + 2) % 2 === 0;
}
