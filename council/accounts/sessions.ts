import type { Kysely } from 'kysely';
import type { CouncilClock } from '@council/clock';
import type { CouncilDatabase } from '@council/db/schema';
import { newSecret, secretHash } from '@council/secrets';
import type { AccountView } from './account-service';
import { findAccount } from './account-service';

/** A session ends after 30 minutes without a page asked for, and after 12 hours whatever happens. */
export const IDLE_MS = 30 * 60_000;
export const ABSOLUTE_MS = 12 * 60 * 60_000;

/** A live session with its account. */
export interface LiveSession {
  tokenHash: string;
  csrfToken: string;
  account: AccountView;
}

/** Start a session; the returned token goes in the cookie and only its hash is kept. */
export async function startSession(
  db: Kysely<CouncilDatabase>,
  clock: CouncilClock,
  accountId: string,
): Promise<string> {
  const token = newSecret('ncs');
  const now = clock.now().toISOString();
  await db
    .insertInto('session')
    .values({
      token_hash: secretHash(token),
      account_id: accountId,
      csrf_token: newSecret('csrf'),
      created_at: now,
      last_seen_at: now,
    })
    .execute();
  return token;
}

/** The live session for a cookie token, marked as seen; expired ones are removed. */
export async function liveSession(
  db: Kysely<CouncilDatabase>,
  clock: CouncilClock,
  token: string | null,
): Promise<LiveSession | null> {
  if (!token) return null;
  const tokenHash = secretHash(token);
  const row = await db.selectFrom('session').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  if (!row) return null;
  const now = clock.now().getTime();
  const expired = now - Date.parse(row.last_seen_at) > IDLE_MS || now - Date.parse(row.created_at) > ABSOLUTE_MS;
  const account = expired ? undefined : await findAccount(db, row.account_id);
  if (!account || account.disabled) {
    await endSession(db, token);
    return null;
  }
  await db
    .updateTable('session')
    .set({ last_seen_at: new Date(now).toISOString() })
    .where('token_hash', '=', tokenHash)
    .execute();
  return { tokenHash, csrfToken: row.csrf_token, account };
}

/** End a session. */
export async function endSession(db: Kysely<CouncilDatabase>, token: string): Promise<void> {
  await db.deleteFrom('session').where('token_hash', '=', secretHash(token)).execute();
}
