import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@main/db/schema';
import type { SecretKeys } from '@main/platform/secret-keys';
import { ACCOUNT_THROTTLE, delaySeconds, SOURCE_THROTTLE, type ThrottlePolicy } from './auth-policy';

// One throttle for every password check (sign-in, unlock, re-authentication, change of password, the kiosk). An
// attempt is written as pending, in the same transaction that decides it may go, before its password is checked: a
// burst of concurrent guesses is counted as it arrives, not after each ~60 ms hash, so it cannot all slip through.

const HOUR_MS = 3_600_000;

/** One earlier attempt in a bucket. */
export interface RecentAttempt {
  at: string;
  outcome: 'pending' | 'failure' | 'success';
}

/**
 * Seconds until a bucket may have its next attempt checked, from its attempts in the last hour (newest first); 0 when
 * it may go now. A pending attempt counts as a failure until its check ends.
 */
export function waitSeconds(policy: ThrottlePolicy, recent: readonly RecentAttempt[], now: Date): number {
  const failures = recent.filter((attempt) => attempt.outcome !== 'success');
  let waitMs = 0;
  // The hourly cap lifts when the failure that brought the count up to it is an hour old.
  const capping = failures[policy.maxFailuresPerHour - 1];
  if (capping) waitMs = Date.parse(capping.at) + HOUR_MS - now.getTime();
  let consecutive = 0;
  for (const attempt of recent) {
    if (attempt.outcome === 'success') break;
    consecutive += 1;
  }
  const delay = delaySeconds(policy, consecutive);
  const last = recent[0];
  if (delay > 0 && last) waitMs = Math.max(waitMs, Date.parse(last.at) + delay * 1000 - now.getTime());
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}

/** An attempt allowed to go on to its password check, or refused (without a check) with how long to wait. */
export type Reservation =
  { refused: false; id: number } | { refused: true; waitSeconds: number; by: 'account' | 'source' };

/**
 * Decide whether an attempt may be checked, per account and per source, and if so count it (pending) at once, in one
 * transaction: the single connection runs transactions one at a time, so concurrent attempts see each other.
 */
export function reserveAttempt(
  db: Kysely<Database>,
  now: Date,
  accountKey: string,
  source: string,
): Promise<Reservation> {
  return db.transaction().execute(async (trx): Promise<Reservation> => {
    const since = new Date(now.getTime() - HOUR_MS).toISOString();
    const recent = (column: 'account_key' | 'source', value: string) =>
      trx
        .selectFrom('auth_attempt')
        .select(['at', 'outcome'])
        .where(column, '=', value)
        .where('at', '>=', since)
        .orderBy('id', 'desc')
        .execute();
    const accountWait = waitSeconds(ACCOUNT_THROTTLE, await recent('account_key', accountKey), now);
    const sourceWait = waitSeconds(SOURCE_THROTTLE, await recent('source', source), now);
    if (accountWait > 0 || sourceWait > 0)
      return {
        refused: true,
        waitSeconds: Math.max(accountWait, sourceWait),
        by: accountWait >= sourceWait ? 'account' : 'source',
      };
    const inserted = await trx
      .insertInto('auth_attempt')
      .values({ account_key: accountKey, source, at: now.toISOString(), outcome: 'pending' })
      .executeTakeFirstOrThrow();
    // Attempts matter for an hour; keep a day's, then let them go.
    await trx
      .deleteFrom('auth_attempt')
      .where('at', '<', new Date(now.getTime() - 24 * HOUR_MS).toISOString())
      .execute();
    return { refused: false, id: Number(inserted.insertId) };
  });
}

/** Record how a checked attempt ended. */
export async function settleAttempt(db: Kysely<Database>, id: number, outcome: 'failure' | 'success'): Promise<void> {
  await db.updateTable('auth_attempt').set({ outcome }).where('id', '=', id).execute();
}

/** The throttle bucket of an account. */
export function accountBucket(accountId: string): string {
  return `account:${accountId}`;
}

/**
 * The throttle bucket of a typed name that matches no account: a keyed hash, so the name (perhaps a password typed
 * into the wrong box) is never stored, yet repeated guesses at it are throttled like any account's, and a name's
 * existence cannot be read off the throttle.
 */
export function unknownNameBucket(keys: SecretKeys, username: string): string {
  return `name:${createHmac('sha256', keys.key('sign-in')).update(username).digest('hex').slice(0, 40)}`;
}
