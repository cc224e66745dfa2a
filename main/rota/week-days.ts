import { tzOffset } from '@date-fns/tz';
import type { WeekDay } from '@shared/domain/rota/instance';

/** Monday (UTC calendar) of an ISO week `YYYY-Www`. */
export function isoWeekMonday(isoWeek: string): Date {
  const m = /^(\d{4})-W(\d{2})$/.exec(isoWeek);
  if (m === null) throw new Error(`not an ISO week: ${isoWeek}`);
  const year = Number(m[1]);
  const week = Number(m[2]);
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Dow = (new Date(jan4).getUTCDay() + 6) % 7;
  return new Date(jan4 - jan4Dow * 86_400_000 + (week - 1) * 7 * 86_400_000);
}

/** UTC instant of local midnight starting `date` (UTC calendar day) in the zone. */
function localMidnightUtc(timeZone: string, date: Date): number {
  const guess = date.getTime();
  // Midnight is never inside a UK clock change, so one correction step is exact.
  const off = tzOffset(timeZone, new Date(guess));
  const first = guess - off * 60_000;
  return guess - tzOffset(timeZone, new Date(first)) * 60_000;
}

/** The seven days of an ISO week with their UTC offsets and any clock change, computed from the zone. */
export function weekDays(isoWeek: string, timeZone: string): WeekDay[] {
  const monday = isoWeekMonday(isoWeek);
  return Array.from({ length: 7 }, (_, i) => {
    const day = new Date(monday.getTime() + i * 86_400_000);
    const start = localMidnightUtc(timeZone, day);
    const next = localMidnightUtc(timeZone, new Date(day.getTime() + 86_400_000));
    const off0 = tzOffset(timeZone, new Date(start));
    const off1 = tzOffset(timeZone, new Date(next - 60_000));
    let change: WeekDay['change'] = null;
    if (off0 !== off1) {
      let lo = start;
      let hi = next;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (tzOffset(timeZone, new Date(mid)) === off0) lo = mid;
        else hi = mid;
      }
      change = { atMinute: Math.round((hi - start) / 60_000) + off1 - off0, utcOffsetMinutes: off1 };
    }
    return { date: day.toISOString().slice(0, 10), utcOffsetMinutes: off0, change };
  });
}
