import { downloadBase64 } from '@renderer/components/files';

/** "08:30" from a minute of the day. */
export function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** Minutes from "08:30". */
export function minuteOf(time: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** "12 h 30 min". */
export function hoursText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** "£1,234.56" from pence. */
export function pounds(pence: number): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100);
}

const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
/** "Mon 23 Nov". */
export function dayShort(date: string): string {
  return DAY.format(new Date(`${date}T00:00:00Z`));
}

/** The ISO week of a date (local calendar). */
export function isoWeekOf(date: Date): string {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 3);
  const year = d.getUTCFullYear();
  const week = 1 + Math.floor((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The ISO week `offset` weeks away. */
export function shiftWeek(isoWeek: string, offset: number): string {
  const m = /^(\d{4})-W(\d{2})$/.exec(isoWeek);
  if (!m) return isoWeek;
  const jan4 = Date.UTC(Number(m[1]), 0, 4);
  const monday =
    jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (Number(m[2]) - 1 + offset) * 7 * 86_400_000;
  const d = new Date(monday);
  return isoWeekOf(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** Save a backend-made file (base64) through the browser's download. */
export function saveFile(file: { filename: string; mediaType: string; base64: string }): void {
  downloadBase64(file.filename, file.mediaType, file.base64);
}
