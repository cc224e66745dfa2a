import { sql } from 'kysely';
import { AppError } from '@shared/contract/errors';
import type { SessionInfo, SessionState } from '@shared/domain/auth/accounts';
import type { Role } from '@shared/contract/roles';
import type { BackendDeps, CallerSession, HandlerContext } from '@main/rpc/context';
import { accountById, accountRoles, findAccountByUsername } from '../accounts/account-queries';
import { appendAudit } from '../audit/audit-log';
import { AUTH_POLICY, throttleDelaySeconds } from './auth-policy';
import { decoyPasswordHash, verifyPassword } from './passwords';
import { endSession, idleLockMinutes, resolveSession, startSession } from './sessions';

const WRONG = 'The username or password is not right. Check them and try again.';

/** Session info for the renderer from an account id. */
export async function sessionInfoFor(deps: BackendDeps, accountId: string): Promise<SessionInfo> {
  const [account, roles] = await Promise.all([accountById(deps.db, accountId), accountRoles(deps.db, accountId)]);
  return {
    accountId: account.id,
    username: account.username,
    displayName: account.display_name,
    roles,
    staffId: account.staff_id,
    mustChangePassword: account.must_change_password === 1,
    idleLockMinutes: await idleLockMinutes(deps),
  };
}

/** Refuse an attempt that comes too soon after repeated failures; never a permanent lock-out. */
async function enforceThrottle(deps: BackendDeps, username: string): Promise<void> {
  const now = deps.clock.now();
  const hourAgo = new Date(now.getTime() - 3_600_000).toISOString();
  const recent = await deps.db
    .selectFrom('sign_in_attempt')
    .select(['at', 'success'])
    .where('username', '=', username)
    .where('at', '>=', hourAgo)
    .orderBy('id', 'desc')
    .execute();
  const failuresThisHour = recent.filter((a) => a.success === 0).length;
  if (failuresThisHour >= AUTH_POLICY.maxFailuresPerHour) {
    throw new AppError(
      'UNAVAILABLE',
      'Too many failed attempts for this account in the last hour. ' +
        'Try again later or ask a manager to reset the password.',
      {
        reason: 'throttled',
      },
    );
  }
  let consecutive = 0;
  for (const attempt of recent) {
    if (attempt.success === 1) break;
    consecutive += 1;
  }
  const delay = throttleDelaySeconds(consecutive);
  const last = recent[0];
  if (delay > 0 && last) {
    const waitMs = Date.parse(last.at) + delay * 1000 - now.getTime();
    if (waitMs > 0) {
      throw new AppError(
        'UNAVAILABLE',
        `Too many failed attempts. Wait ${Math.ceil(waitMs / 1000)} seconds before trying again.`,
        { reason: 'throttled' },
      );
    }
  }
}

async function recordAttempt(deps: BackendDeps, username: string, success: boolean): Promise<void> {
  const now = deps.clock.now();
  await deps.db
    .insertInto('sign_in_attempt')
    .values({ username, at: now.toISOString(), success: success ? 1 : 0 })
    .execute();
  // Attempts only matter for an hour; keep the table small.
  await deps.db
    .deleteFrom('sign_in_attempt')
    .where('at', '<', new Date(now.getTime() - 86_400_000).toISOString())
    .execute();
}

/** Check a username and password; audit the attempt either way. Answers the account id on success. */
export async function checkCredentials(deps: BackendDeps, usernameRaw: string, password: string): Promise<string> {
  const username = usernameRaw.trim().toLowerCase();
  await enforceThrottle(deps, username);
  const account = await findAccountByUsername(deps.db, username);
  const ok = await verifyPassword(account?.password_hash ?? (await decoyPasswordHash()), password);
  const at = deps.clock.now();
  if (!account || !ok) {
    await recordAttempt(deps, username, false);
    await appendAudit(deps.db, at, {
      actor: username,
      action: 'auth.signIn',
      entity: 'account',
      entityId: account?.id ?? null,
      outcome: 'failure',
      detail: 'wrong username or password',
    });
    throw new AppError('UNAUTHENTICATED', WRONG, { reason: 'bad_credentials' });
  }
  if (account.disabled === 1) {
    await recordAttempt(deps, username, false);
    await appendAudit(deps.db, at, {
      actor: username,
      action: 'auth.signIn',
      entity: 'account',
      entityId: account.id,
      outcome: 'denied',
      detail: 'account disabled',
    });
    throw new AppError('UNAUTHENTICATED', 'This account is disabled. Ask a manager to enable it.', {
      reason: 'disabled',
    });
  }
  await recordAttempt(deps, username, true);
  return account.id;
}

/** Sign in: a new session token every time, replacing any session this caller held. */
export async function signIn(ctx: HandlerContext, username: string, password: string): Promise<SessionInfo> {
  const { deps } = ctx;
  const accountId = await checkCredentials(deps, username, password);
  if (ctx.caller) await endSession(deps, ctx.caller.tokenHash);
  const token = await startSession(deps, accountId);
  const at = deps.clock.now();
  await deps.db.updateTable('account').set({ last_sign_in_at: at.toISOString() }).where('id', '=', accountId).execute();
  await appendAudit(deps.db, at, {
    actor: username.trim().toLowerCase(),
    action: 'auth.signIn',
    entity: 'account',
    entityId: accountId,
    outcome: 'success',
  });
  ctx.origin.setSessionToken(token);
  return sessionInfoFor(deps, accountId);
}

/** This window's session: signed out, idle-locked (who, to unlock) or active (with its session info). */
export async function sessionState(ctx: HandlerContext): Promise<SessionState> {
  const resolved = await resolveSession(ctx.deps, ctx.origin.sessionToken);
  if (resolved.state === 'none') return { state: 'signed_out' };
  if (resolved.state === 'locked')
    return { state: 'locked', username: resolved.caller.username, displayName: resolved.caller.displayName };
  return { state: 'active', session: await sessionInfoFor(ctx.deps, resolved.caller.accountId) };
}

/** End this window's session (audited when there was one) and forget its token. */
export async function signOut(ctx: HandlerContext): Promise<{ signedOut: true }> {
  const resolved = await resolveSession(ctx.deps, ctx.origin.sessionToken);
  if (resolved.state !== 'none') {
    await endSession(ctx.deps, resolved.caller.tokenHash);
    await ctx.audit(ctx.deps.db, {
      actor: resolved.caller.username,
      action: 'auth.signOut',
      entity: 'account',
      entityId: resolved.caller.accountId,
      outcome: 'success',
    });
  }
  ctx.origin.setSessionToken(null);
  return { signedOut: true };
}

/** Unlock this window's idle-locked session with the same person's password. */
export async function unlockSession(ctx: HandlerContext, password: string): Promise<SessionInfo> {
  const resolved = await resolveSession(ctx.deps, ctx.origin.sessionToken);
  if (resolved.state === 'none')
    throw new AppError('UNAUTHENTICATED', 'Your session has ended. Sign in again.', { reason: 'signed_out' });
  return unlock(ctx, resolved.caller, password);
}

/** Unlock an idle-locked session: the same person, the same password; the session carries on. */
export async function unlock(ctx: HandlerContext, locked: CallerSession, password: string): Promise<SessionInfo> {
  await checkCredentials(ctx.deps, locked.username, password);
  await ctx.deps.db
    .updateTable('session')
    .set({ last_activity_at: ctx.deps.clock.now().toISOString() })
    .where('token_hash', '=', locked.tokenHash)
    .execute();
  await appendAudit(ctx.deps.db, ctx.deps.clock.now(), {
    actor: locked.username,
    action: 'auth.unlock',
    entity: 'account',
    entityId: locked.accountId,
    outcome: 'success',
  });
  return sessionInfoFor(ctx.deps, locked.accountId);
}

/** Confirm the password again before a sensitive view or export; valid for a few minutes. */
export async function reauthenticate(ctx: HandlerContext, password: string): Promise<{ validUntil: string }> {
  const caller = ctx.requireCaller();
  await checkCredentials(ctx.deps, caller.username, password);
  const validUntil = new Date(ctx.deps.clock.now().getTime() + AUTH_POLICY.reauthValidMinutes * 60_000).toISOString();
  await ctx.deps.db
    .updateTable('session')
    .set({ reauth_until: validUntil })
    .where('token_hash', '=', caller.tokenHash)
    .execute();
  await appendAudit(ctx.deps.db, ctx.deps.clock.now(), {
    actor: caller.username,
    action: 'auth.reauthenticate',
    entity: 'account',
    entityId: caller.accountId,
    outcome: 'success',
  });
  return { validUntil };
}

/** Whether the caller re-entered their password recently enough for a sensitive view. */
export function hasRecentReauth(caller: CallerSession, now: Date): boolean {
  return caller.reauthUntil !== null && Date.parse(caller.reauthUntil) > now.getTime();
}

/** Count of accounts holding a role and enabled (for "never lock out the last manager"). */
export async function countEnabledWithRole(deps: BackendDeps, role: Role): Promise<number> {
  const row = await deps.db
    .selectFrom('account_role')
    .innerJoin('account', 'account.id', 'account_role.account_id')
    .select(sql<number>`count(*)`.as('n'))
    .where('account_role.role', '=', role)
    .where('account.disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
