import { isoWeekMonday } from '@main/rota/week-days';

/** The ISO week `YYYY-Www` containing a UTC calendar date. */
export function isoWeekOfDate(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  // The week belongs to the year of its Thursday; count weeks from that year's 1 January.
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 3);
  const year = d.getUTCFullYear();
  const week = 1 + Math.floor((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The ISO week `offset` weeks from another. */
export function shiftIsoWeek(isoWeek: string, offset: number): string {
  const monday = isoWeekMonday(isoWeek);
  return isoWeekOfDate(new Date(monday.getTime() + offset * 7 * 86_400_000));
}

/** The ISO week before. */
export function previousIsoWeek(isoWeek: string): string {
  return shiftIsoWeek(isoWeek, -1);
}
