import type { Kysely } from 'kysely';
import type { Database } from '@main/db/schema';
import type { BackendDeps, KioskCaller } from '@main/rpc/context';
import { hashToken, newSessionToken } from './tokens';

// A kiosk session is the second kind of session: held by the hub's front-desk window, it belongs to no person and
// reaches only the procedures the contract marks `kiosk` (dispatch refuses it everything else). It does not idle-lock
// or expire after 12 hours, because a kiosk runs all day; a manager ends it with their credentials at the kiosk or
// from another screen.

/** The kiosk holding a token, or null when the token is not a running kiosk's. */
export async function resolveKiosk(deps: BackendDeps, token: string | null): Promise<KioskCaller | null> {
  if (!token) return null;
  const tokenHash = hashToken(token);
  const row = await deps.db
    .selectFrom('kiosk_session')
    .select(['id', 'name'])
    .where('token_hash', '=', tokenHash)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return row ? { id: row.id, name: row.name, tokenHash } : null;
}

/** Start a kiosk session (inside the caller's transaction); answers its id and the raw token for the host to hold. */
export async function startKioskSession(
  db: Kysely<Database>,
  deps: BackendDeps,
  name: string,
  startedBy: string,
): Promise<{ id: string; token: string }> {
  const token = newSessionToken();
  const id = deps.ids();
  await db
    .insertInto('kiosk_session')
    .values({
      id,
      token_hash: hashToken(token),
      name,
      started_at: deps.clock.now().toISOString(),
      started_by: startedBy,
      ended_at: null,
      ended_by: null,
    })
    .execute();
  return { id, token };
}

/** End a kiosk session; its window falls back to the sign-in page. */
export async function endKioskSession(db: Kysely<Database>, id: string, at: Date, endedBy: string): Promise<void> {
  await db
    .updateTable('kiosk_session')
    .set({ ended_at: at.toISOString(), ended_by: endedBy })
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .execute();
}
