import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import type { ClockReading } from '@shared/domain/time/clock-reading';
import type { ApiClient } from '@renderer/api/api-client';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';

// "Today" and "now" come from the backend's clock, never the machine's: a branch PC whose clock is wrong, or a test
// that fixes the backend's clock, must see the same day as the checks the backend makes. The reading is asked again
// just after each minute turns (London minutes turn with UTC ones), so the day changes at midnight within a second;
// the call is passive, so it never keeps an idle session from locking.
const AFTER_THE_MINUTE_MS = 250;

function untilNextMinute(reading: ClockReading | undefined): number {
  if (!reading) return 60_000;
  return 60_000 - (Date.parse(reading.now) % 60_000) + AFTER_THE_MINUTE_MS;
}

function clockQuery(api: ApiClient) {
  return {
    ...procedureQuery(api, 'clock.now', {}),
    refetchInterval: (query: { state: { data: ClockReading | undefined } }) => untilNextMinute(query.state.data),
    refetchOnWindowFocus: true,
  };
}

function useClockReading(): ClockReading {
  return useSuspenseQuery(clockQuery(useApi())).data;
}

/**
 * Whether the backend's clock has been read. The signed-in shell shows its pages only once it has, so a page's date
 * fields start from the backend's today without waiting.
 */
export function useClockRead(): boolean {
  return useQuery(clockQuery(useApi())).data !== undefined;
}

/** Today in Europe/London (`YYYY-MM-DD`) by the backend's clock: the default for date fields and "this week". */
export function useToday(): string {
  return useClockReading().today;
}

/** The backend's current instant (ISO 8601 UTC), read again each minute. */
export function useNow(): string {
  return useClockReading().now;
}
