/** Session and sign-in limits from security.md; settings may override the idle lock and temporary-password life. */
export const AUTH_POLICY = {
  idleLockMinutesDefault: 10,
  absoluteSessionHours: 12,
  reauthValidMinutes: 5,
  /** How long a temporary password (from a reset or a new account) works before a manager must issue another. */
  temporaryPasswordHoursDefault: 72,
} as const;

/** How guessing is slowed for one bucket of attempts. */
export interface ThrottlePolicy {
  /** Consecutive failures allowed before any wait. */
  freeFailures: number;
  /** The longest wait between attempts, so nobody is ever locked out for good. */
  maxDelaySeconds: number;
  /** Failures in any hour beyond which every attempt is refused until the oldest is an hour old. */
  maxFailuresPerHour: number;
}

/** Per account (security.md): a wait after 5 failures, growing to 15 minutes; at most 100 failures an hour. */
export const ACCOUNT_THROTTLE: ThrottlePolicy = { freeFailures: 5, maxDelaySeconds: 15 * 60, maxFailuresPerHour: 100 };

/**
 * Per source (the window or browser host the attempts come through), against one guess at each of many names. Looser
 * than per account, with a short longest wait, because everyone at a shared office PC comes through the same source.
 */
export const SOURCE_THROTTLE: ThrottlePolicy = { freeFailures: 20, maxDelaySeconds: 60, maxFailuresPerHour: 300 };

/** Seconds to wait before the next attempt after some consecutive failures: none at first, then doubling from 2 s. */
export function delaySeconds(policy: ThrottlePolicy, consecutiveFailures: number): number {
  if (consecutiveFailures < policy.freeFailures) return 0;
  const exponent = consecutiveFailures - policy.freeFailures;
  return Math.min(policy.maxDelaySeconds, 2 ** (exponent + 1));
}

/**
 * Seconds a person must wait before the next attempt on their account, given consecutive failures: nothing for the
 * first five, then doubling from 2 s, capped, so guessing slows to a crawl but nobody can lock a colleague out for
 * good.
 */
export function throttleDelaySeconds(consecutiveFailures: number): number {
  return delaySeconds(ACCOUNT_THROTTLE, consecutiveFailures);
}
