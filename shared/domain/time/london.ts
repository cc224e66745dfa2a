// The branch's wall clock. Every "today" and "minute of the day" in the app is Europe/London, whatever zone the
// machine is set to; the instant itself always comes from the backend's injected clock.

/** The branch's time zone. */
export const LONDON = 'Europe/London';

// Building a formatter costs far more than using one; these run on hot paths (demo build, every dated check).
const DATE = new Intl.DateTimeFormat('en-CA', { timeZone: LONDON, year: 'numeric', month: '2-digit', day: '2-digit' });
const TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The calendar date of an instant in Europe/London, as `YYYY-MM-DD`. */
export function londonDate(at: Date): string {
  return DATE.format(at);
}

/** The minute of the London day (0..1439) of an instant: 09:30 BST on a summer day is 570. */
export function londonMinute(at: Date): number {
  const parts = TIME.formatToParts(at);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value);
  const minute = Number(parts.find((p) => p.type === 'minute')?.value);
  return hour * 60 + minute;
}
