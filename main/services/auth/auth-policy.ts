/** Session and sign-in limits from security.md; settings may override the idle lock. */
export const AUTH_POLICY = {
  idleLockMinutesDefault: 10,
  absoluteSessionHours: 12,
  reauthValidMinutes: 5,
  freeFailures: 5,
  maxDelaySeconds: 15 * 60,
  maxFailuresPerHour: 100,
} as const;

/**
 * Seconds a person must wait before the next attempt, given consecutive failures: nothing for the first five,
 * then doubling from 2 s, capped, so guessing slows to a crawl but nobody can lock a colleague out for good.
 */
export function throttleDelaySeconds(consecutiveFailures: number): number {
  if (consecutiveFailures < AUTH_POLICY.freeFailures) return 0;
  const exponent = consecutiveFailures - AUTH_POLICY.freeFailures;
  return Math.min(AUTH_POLICY.maxDelaySeconds, 2 ** (exponent + 1));
}
