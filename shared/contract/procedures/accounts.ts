import { z } from 'zod';
import { procedure } from '../procedure';
import { Id } from '@shared/domain/common';
import { Role } from '../roles';
import { Account, AccountInput, TemporaryPassword } from '@shared/domain/auth/accounts';

/** Managers look after named accounts. */
export const accountProcedures = {
  'accounts.list': procedure({
    summary: 'Every account with its roles and state.',
    input: z.object({}).strict(),
    output: z.array(Account),
    roles: ['manager'],
  }),
  'accounts.create': procedure({
    summary: 'Create one account; answers a one-time temporary password.',
    input: AccountInput,
    output: TemporaryPassword,
    roles: ['manager'],
    mutation: true,
    invalidates: ['accounts'],
  }),
  'accounts.createForStaff': procedure({
    summary: 'Create worker accounts in bulk for staff records that have none; answers their temporary passwords.',
    input: z.object({
      staffIds: z.array(Id).min(1, 'Choose at least one staff record').max(2000),
      roles: z.array(Role).min(1).default(['worker']),
    }),
    output: z.array(TemporaryPassword),
    roles: ['manager'],
    mutation: true,
    invalidates: ['accounts'],
  }),
  'accounts.resetPassword': procedure({
    summary: 'Replace an account password with a one-time temporary one and end its sessions.',
    input: z.object({ accountId: Id }),
    output: TemporaryPassword,
    roles: ['manager'],
    mutation: true,
    invalidates: ['accounts', 'auth'],
  }),
  'accounts.setDisabled': procedure({
    summary: 'Disable (ending its sessions at once) or re-enable an account.',
    input: z.object({ accountId: Id, disabled: z.boolean() }),
    output: Account,
    roles: ['manager'],
    mutation: true,
    invalidates: ['accounts', 'auth'],
  }),
  'accounts.setRoles': procedure({
    summary: "Change an account's roles.",
    input: z.object({ accountId: Id, roles: z.array(Role).min(1, 'Choose at least one role') }),
    output: Account,
    roles: ['manager'],
    mutation: true,
    invalidates: ['accounts', 'auth'],
  }),
};
