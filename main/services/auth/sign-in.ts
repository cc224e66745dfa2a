import { sql } from 'kysely';
import { AppError } from '@shared/contract/errors';
import type { SessionInfo, SessionState } from '@shared/domain/auth/accounts';
import type { Role } from '@shared/contract/roles';
import type { BackendDeps, CallerSession, HandlerContext } from '@main/rpc/context';
import { accountById, accountRoles } from '../accounts/account-queries';
import { AUTH_POLICY } from './auth-policy';
import { decoyPasswordHash, verifyPassword } from './passwords';
import { endSession, idleLockMinutes, resolveSession, startSession } from './sessions';
import { temporaryPasswordHours } from './temporary-passwords';
import { accountBucket, reserveAttempt, settleAttempt, unknownNameBucket } from './throttle';
import { auditThrottled, endThrottledRun } from './throttle-audit';

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

/** A password check: whose, what was typed, and the action it is audited as (the procedure, e.g. `auth.signIn`). */
export interface PasswordAttempt {
  username: string;
  password: string;
  action: string;
}

// What the audit names when the typed username matches no account: never the text itself, which may be a password
// typed into the wrong box.
const UNKNOWN_ACTOR = 'unknown username';

function throttledError(waitSeconds: number): AppError {
  const wait =
    waitSeconds <= 90
      ? `Wait ${waitSeconds} seconds before trying again.`
      : `Wait about ${Math.ceil(waitSeconds / 60)} minutes before trying again, ` +
        'or ask a manager to reset the password.';
  return new AppError('UNAVAILABLE', `Too many failed attempts. ${wait}`, { reason: 'throttled', audited: true });
}

function wrongPasswordError(action: string): AppError {
  if (action === 'auth.changePassword') {
    const message = 'Your current password is not right.';
    return new AppError('VALIDATION', message, {
      issues: [{ path: ['currentPassword'], message }],
      reason: 'bad_credentials',
      audited: true,
    });
  }
  return new AppError('UNAUTHENTICATED', WRONG, { reason: 'bad_credentials', audited: true });
}

/**
 * The one password check, behind one throttle, for sign-in, unlock, re-authentication, change of password and the
 * kiosk: the attempt is counted (per account and per source) before the hash is checked; a refusal by the throttle
 * checks no hash at all. Audits every outcome but success (the caller audits what the success was for). Answers the
 * account id.
 */
export async function checkCredentials(ctx: HandlerContext, attempt: PasswordAttempt): Promise<string> {
  const { deps } = ctx;
  const username = attempt.username.trim().toLowerCase();
  const account = await deps.db
    .selectFrom('account')
    .select(['id', 'username', 'password_hash', 'disabled', 'must_change_password', 'temporary_password_issued_at'])
    .where('username', '=', username)
    .executeTakeFirst();
  const who = { actor: account?.username ?? UNKNOWN_ACTOR, action: attempt.action, entityId: account?.id ?? null };
  const refuse = (outcome: 'failure' | 'denied', detail: string) =>
    ctx.audit(deps.db, { ...who, entity: 'account', outcome, detail });
  const accountKey = account ? accountBucket(account.id) : unknownNameBucket(deps.keys, username);
  const sourceKey = `source:${ctx.origin.transport}`;

  const reservation = await reserveAttempt(deps.db, deps.clock.now(), accountKey, ctx.origin.transport);
  if (reservation.refused) {
    await auditThrottled(deps, reservation.by === 'account' ? accountKey : sourceKey, {
      ...who,
      by: reservation.by,
      waitSeconds: reservation.waitSeconds,
    });
    throw throttledError(reservation.waitSeconds);
  }
  await endThrottledRun(deps, accountKey);
  await endThrottledRun(deps, sourceKey);

  const ok = await verifyPassword(account?.password_hash ?? (await decoyPasswordHash()), attempt.password);
  if (!account || !ok) {
    await settleAttempt(deps.db, reservation.id, 'failure');
    await refuse('failure', account ? 'wrong password' : 'wrong username or password');
    throw wrongPasswordError(attempt.action);
  }
  await settleAttempt(deps.db, reservation.id, 'success');
  if (account.disabled === 1) {
    await refuse('denied', 'account disabled');
    throw new AppError('UNAUTHENTICATED', 'This account is disabled. Ask a manager to enable it.', {
      reason: 'disabled',
      audited: true,
    });
  }
  // A temporary password works for a while only; changing it is the one thing a session begun with it may still do.
  if (account.must_change_password === 1 && account.temporary_password_issued_at !== null) {
    const hours = await temporaryPasswordHours(deps);
    const expired = deps.clock.now().getTime() >= Date.parse(account.temporary_password_issued_at) + hours * 3_600_000;
    if (expired && attempt.action !== 'auth.changePassword') {
      await refuse('denied', 'temporary password expired');
      throw new AppError(
        'UNAUTHENTICATED',
        `This temporary password has expired: temporary passwords work for ${hours} hours. ` +
          'Ask a manager to reset your password, and use the new one they give you.',
        { reason: 'temporary_password_expired', audited: true },
      );
    }
  }
  return account.id;
}

/** Sign in: a new session token every time, replacing any session this caller held. */
export async function signIn(ctx: HandlerContext, username: string, password: string): Promise<SessionInfo> {
  const { deps } = ctx;
  const accountId = await checkCredentials(ctx, { username, password, action: 'auth.signIn' });
  if (ctx.caller) await endSession(deps, ctx.caller.tokenHash);
  const token = await startSession(deps, accountId);
  const at = deps.clock.now();
  await deps.db.updateTable('account').set({ last_sign_in_at: at.toISOString() }).where('id', '=', accountId).execute();
  const session = await sessionInfoFor(deps, accountId);
  await ctx.audit(deps.db, {
    actor: session.username,
    action: 'auth.signIn',
    entity: 'account',
    entityId: accountId,
    outcome: 'success',
  });
  ctx.origin.setSessionToken(token);
  return session;
}

/** Unlock an idle-locked session: the same person, the same password; the session carries on. */
export async function unlock(ctx: HandlerContext, locked: CallerSession, password: string): Promise<SessionInfo> {
  await checkCredentials(ctx, { username: locked.username, password, action: 'auth.unlock' });
  await ctx.deps.db
    .updateTable('session')
    .set({ last_activity_at: ctx.deps.clock.now().toISOString() })
    .where('token_hash', '=', locked.tokenHash)
    .execute();
  await ctx.audit(ctx.deps.db, {
    actor: locked.username,
    action: 'auth.unlock',
    entity: 'account',
    entityId: locked.accountId,
    outcome: 'success',
  });
  return sessionInfoFor(ctx.deps, locked.accountId);
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

/** Confirm the password again before a sensitive view or export; valid for a few minutes. */
export async function reauthenticate(ctx: HandlerContext, password: string): Promise<{ validUntil: string }> {
  const caller = ctx.requireCaller();
  await checkCredentials(ctx, { username: caller.username, password, action: 'auth.reauthenticate' });
  const validUntil = new Date(ctx.deps.clock.now().getTime() + AUTH_POLICY.reauthValidMinutes * 60_000).toISOString();
  await ctx.deps.db
    .updateTable('session')
    .set({ reauth_until: validUntil })
    .where('token_hash', '=', caller.tokenHash)
    .execute();
  await ctx.audit(ctx.deps.db, {
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

/** Refuse (FORBIDDEN, `reauth_required`, saying what for) unless the caller re-entered their password recently. */
export function requireRecentReauth(ctx: HandlerContext, message: string): void {
  if (!hasRecentReauth(ctx.requireCaller(), ctx.deps.clock.now()))
    throw new AppError('FORBIDDEN', message, { reason: 'reauth_required' });
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
