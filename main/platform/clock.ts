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

// Services ask `londonDate(ctx.deps.clock.now())` for "today"; the one definition lives in shared so the renderer's
// formatting and the backend's checks can never disagree about the day.
export { londonDate } from '@shared/domain/time/london';
