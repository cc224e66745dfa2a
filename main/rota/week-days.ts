import { tzOffset } from '@date-fns/tz';
import type { WeekDay } from '@shared/domain/rota/instance';
import { weekDates } from '@shared/domain/time/iso-week';

/** UTC instant of local midnight starting `date` (a UTC calendar day's midnight) in the zone. */
function localMidnightUtc(timeZone: string, date: Date): number {
  const guess = date.getTime();
  // Midnight is never inside a UK clock change, so one correction step is exact.
  const off = tzOffset(timeZone, new Date(guess));
  const first = guess - off * 60_000;
  return guess - tzOffset(timeZone, new Date(first)) * 60_000;
}

/** The seven days of an ISO week with their UTC offsets and any clock change, computed from the zone. */
export function weekDays(isoWeek: string, timeZone: string): WeekDay[] {
  return weekDates(isoWeek).map((date) => {
    const day = new Date(`${date}T00:00:00Z`);
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
    return { date, utcOffsetMinutes: off0, change };
  });
}
