import type { HandlerTable } from '@main/rpc/handler';
import {
  createAccount,
  createAccountsForStaff,
  listAccounts,
  resetPassword,
  setDisabled,
  setRoles,
} from './account-service';

/** Handlers for `accounts.*` (manager only, by the contract). */
export const accountHandlers: HandlerTable<
  | 'accounts.list'
  | 'accounts.create'
  | 'accounts.createForStaff'
  | 'accounts.resetPassword'
  | 'accounts.setDisabled'
  | 'accounts.setRoles'
> = {
  'accounts.list': (_input, ctx) => listAccounts(ctx.deps),
  'accounts.create': (input, ctx) => createAccount(ctx, input),
  'accounts.createForStaff': (input, ctx) => createAccountsForStaff(ctx, input.staffIds, input.roles),
  'accounts.resetPassword': (input, ctx) => resetPassword(ctx, input.accountId),
  'accounts.setDisabled': (input, ctx) => setDisabled(ctx, input.accountId, input.disabled),
  'accounts.setRoles': (input, ctx) => setRoles(ctx, input.accountId, input.roles),
};
