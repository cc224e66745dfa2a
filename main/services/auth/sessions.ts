import { z } from 'zod';
import type { BackendDeps, CallerSession } from '@main/rpc/context';
import { accountRoles } from '../accounts/account-queries';
import { readSetting } from '../settings/settings';
import { AUTH_POLICY } from './auth-policy';
import { hashToken, newSessionToken } from './tokens';

/** A session as dispatch sees it before deciding what the caller may do. */
export type ResolvedSession =
  { state: 'none' } | { state: 'locked'; caller: CallerSession } | { state: 'active'; caller: CallerSession };

/** The branch's idle-lock setting in minutes (security.md: 10 by default on a shared office PC). */
export function idleLockMinutes(deps: BackendDeps): Promise<number> {
  return readSetting(
    deps.db,
    'auth.idleLockMinutes',
    z.number().int().min(1).max(240),
    AUTH_POLICY.idleLockMinutesDefault,
  );
}

/** Resolve a raw token: unknown, ended, disabled or past 12 hours → none; idle too long → locked. */
export async function resolveSession(deps: BackendDeps, token: string | null): Promise<ResolvedSession> {
  if (!token) return { state: 'none' };
  const tokenHash = hashToken(token);
  const row = await deps.db
    .selectFrom('session')
    .innerJoin('account', 'account.id', 'session.account_id')
    .select([
      'session.token_hash',
      'session.created_at',
      'session.last_activity_at',
      'session.reauth_until',
      'session.ended_at',
      'account.id as account_id',
      'account.username',
      'account.display_name',
      'account.staff_id',
      'account.must_change_password',
      'account.disabled',
    ])
    .where('session.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row || row.ended_at !== null || row.disabled === 1) return { state: 'none' };
  const now = deps.clock.now().getTime();
  if (now - Date.parse(row.created_at) > AUTH_POLICY.absoluteSessionHours * 3_600_000) return { state: 'none' };
  const roles = await accountRoles(deps.db, row.account_id);
  const caller: CallerSession = {
    tokenHash,
    accountId: row.account_id,
    username: row.username,
    displayName: row.display_name,
    roles,
    staffId: row.staff_id,
    mustChangePassword: row.must_change_password === 1,
    reauthUntil: row.reauth_until,
  };
  const idleMs = (await idleLockMinutes(deps)) * 60_000;
  if (now - Date.parse(row.last_activity_at) > idleMs) return { state: 'locked', caller };
  return { state: 'active', caller };
}

/** Record user activity on a session (not for passive calls or event streams). */
export async function touchSession(deps: BackendDeps, tokenHash: string): Promise<void> {
  await deps.db
    .updateTable('session')
    .set({ last_activity_at: deps.clock.now().toISOString() })
    .where('token_hash', '=', tokenHash)
    .execute();
}

/** Start a fresh session (a new token on every sign-in); answers the raw token for the host to hold. */
export async function startSession(deps: BackendDeps, accountId: string): Promise<string> {
  const token = newSessionToken();
  const at = deps.clock.now().toISOString();
  await deps.db
    .insertInto('session')
    .values({
      token_hash: hashToken(token),
      account_id: accountId,
      created_at: at,
      last_activity_at: at,
      reauth_until: null,
      ended_at: null,
    })
    .execute();
  return token;
}

/** End one session. */
export async function endSession(deps: BackendDeps, tokenHash: string): Promise<void> {
  await deps.db
    .updateTable('session')
    .set({ ended_at: deps.clock.now().toISOString() })
    .where('token_hash', '=', tokenHash)
    .where('ended_at', 'is', null)
    .execute();
}

/** End every session of an account (disabled, password reset), or every one but `keep` (own password changed). */
export async function endAccountSessions(
  deps: Pick<BackendDeps, 'db' | 'clock'>,
  accountId: string,
  keep: string | null = null,
): Promise<void> {
  let update = deps.db
    .updateTable('session')
    .set({ ended_at: deps.clock.now().toISOString() })
    .where('account_id', '=', accountId)
    .where('ended_at', 'is', null);
  if (keep !== null) update = update.where('token_hash', '!=', keep);
  await update.execute();
}
