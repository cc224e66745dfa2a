import type { HandlerTable } from '@main/rpc/handler';
import { changeOwnPassword } from '../accounts/account-service';
import { reauthenticate, sessionState, signIn, signOut, unlockSession } from './sign-in';

/** Handlers for `auth.*`. Session resolution for public calls happens in the services, since dispatch lets them in. */
export const authHandlers: HandlerTable<
  'auth.session' | 'auth.signIn' | 'auth.signOut' | 'auth.unlock' | 'auth.changePassword' | 'auth.reauthenticate'
> = {
  'auth.session': (_input, ctx) => sessionState(ctx),
  'auth.signIn': (input, ctx) => signIn(ctx, input.username, input.password),
  'auth.signOut': (_input, ctx) => signOut(ctx),
  'auth.unlock': (input, ctx) => unlockSession(ctx, input.password),
  'auth.changePassword': (input, ctx) => changeOwnPassword(ctx, input.currentPassword, input.newPassword),
  'auth.reauthenticate': (input, ctx) => reauthenticate(ctx, input.password),
};
