/** The backend's only source of "now", injected so demo data, tests and benchmarks are deterministic. */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved; for tests and seeded generators. */
export class ManualClock implements Clock {
  private current: number;
  constructor(start: Date | string) {
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  /** Move forward by milliseconds. */
  advance(ms: number): void {
    this.current += ms;
  }
  set(to: Date | string): void {
    this.current = new Date(to).getTime();
  }
}

/** Today's calendar date in the branch's time zone (Europe/London), as `YYYY-MM-DD`. */
export function londonDate(at: Date): string {
  return LONDON_DATE.format(at);
}

// Building a formatter costs far more than using one; this runs on hot paths (demo build, every dated check).
const LONDON_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
