import { AppError } from '@shared/contract/errors';
import type { HandlerTable } from '@main/rpc/handler';
import { changeOwnPassword } from '../accounts/account-service';
import { reauthenticate, sessionInfoFor, signIn, unlock } from './sign-in';
import { endSession, resolveSession } from './sessions';

/** Handlers for `auth.*`. Session resolution for public calls happens here, since dispatch lets them through. */
export const authHandlers: HandlerTable<
  'auth.session' | 'auth.signIn' | 'auth.signOut' | 'auth.unlock' | 'auth.changePassword' | 'auth.reauthenticate'
> = {
  'auth.session': async (_input, ctx) => {
    const resolved = await resolveSession(ctx.deps, ctx.origin.sessionToken);
    if (resolved.state === 'none') return { state: 'signed_out' };
    if (resolved.state === 'locked')
      return { state: 'locked', username: resolved.caller.username, displayName: resolved.caller.displayName };
    return { state: 'active', session: await sessionInfoFor(ctx.deps, resolved.caller.accountId) };
  },
  'auth.signIn': (input, ctx) => signIn(ctx, input.username, input.password),
  'auth.signOut': async (_input, ctx) => {
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
  },
  'auth.unlock': async (input, ctx) => {
    const resolved = await resolveSession(ctx.deps, ctx.origin.sessionToken);
    if (resolved.state === 'none')
      throw new AppError('UNAUTHENTICATED', 'Your session has ended. Sign in again.', { reason: 'signed_out' });
    return unlock(ctx, resolved.caller, input.password);
  },
  'auth.changePassword': (input, ctx) => changeOwnPassword(ctx, input.currentPassword, input.newPassword),
  'auth.reauthenticate': (input, ctx) => reauthenticate(ctx, input.password),
};
