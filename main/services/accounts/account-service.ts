import type { Kysely } from 'kysely';
import { AppError } from '@shared/contract/errors';
import type { Role } from '@shared/contract/roles';
import type { Account, TemporaryPassword } from '@shared/domain/auth/accounts';
import type { Database } from '@main/db/schema';
import type { BackendDeps, HandlerContext } from '@main/rpc/context';
import { checkCredentials, countEnabledWithRole, sessionInfoFor } from '../auth/sign-in';
import { generateTemporaryPassword, hashPassword, isCommonPassword } from '../auth/passwords';
import { endAccountSessions } from '../auth/sessions';
import { findStaff } from '../staff/staff-queries';
import { findAccountByUsername } from './account-queries';
import { temporaryPasswordExpiry } from '../auth/temporary-passwords';
import type { SessionInfo } from '@shared/domain/auth/accounts';

type ParsedAccountInput = { username: string; displayName: string; roles: Role[]; staffId: string | null };

/** Refuse a password that is on the common-passwords list, naming the field. */
export function assertUncommonPassword(password: string, path: (string | number)[]): void {
  if (isCommonPassword(password))
    throw AppError.field(
      path,
      'This password is too common and easy to guess. Choose another (a few unrelated words work well).',
    );
}

/** Insert an account and its roles with an already-hashed password (inside the caller's transaction). */
export async function insertAccount(
  db: Kysely<Database>,
  deps: BackendDeps,
  input: ParsedAccountInput & { passwordHash: string; mustChangePassword: boolean },
): Promise<string> {
  const existing = await findAccountByUsername(db, input.username);
  if (existing) throw AppError.field(['username'], `The username "${input.username}" is taken. Choose another.`);
  if (input.staffId !== null) {
    if (!(await findStaff(db, input.staffId))) throw AppError.field(['staffId'], 'That staff record does not exist.');
    const linked = await db
      .selectFrom('account')
      .select('username')
      .where('staff_id', '=', input.staffId)
      .executeTakeFirst();
    if (linked) throw AppError.field(['staffId'], `That staff record already has an account (${linked.username}).`);
  }
  const id = deps.ids();
  await db
    .insertInto('account')
    .values({
      id,
      username: input.username,
      display_name: input.displayName,
      staff_id: input.staffId,
      password_hash: input.passwordHash,
      must_change_password: input.mustChangePassword ? 1 : 0,
      temporary_password_issued_at: input.mustChangePassword ? deps.clock.now().toISOString() : null,
      disabled: 0,
      last_sign_in_at: null,
      created_at: deps.clock.now().toISOString(),
    })
    .execute();
  await db
    .insertInto('account_role')
    .values([...new Set(input.roles)].map((role) => ({ account_id: id, role })))
    .execute();
  return id;
}

/** Every account, with roles. */
export async function listAccounts(deps: BackendDeps): Promise<Account[]> {
  const rows = await deps.db.selectFrom('account').selectAll().orderBy('display_name').execute();
  const roles = await deps.db.selectFrom('account_role').selectAll().execute();
  const byAccount = new Map<string, Role[]>();
  for (const r of roles) byAccount.set(r.account_id, [...(byAccount.get(r.account_id) ?? []), r.role as Role]);
  return rows.map((row) => ({
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles: (byAccount.get(row.id) ?? []).sort(),
    staffId: row.staff_id,
    disabled: row.disabled === 1,
    mustChangePassword: row.must_change_password === 1,
    lastSignInAt: row.last_sign_in_at,
    createdAt: row.created_at,
  }));
}

async function getAccount(deps: BackendDeps, id: string): Promise<Account> {
  const account = (await listAccounts(deps)).find((a) => a.id === id);
  if (!account) throw new AppError('NOT_FOUND', 'That account does not exist.');
  return account;
}

/** Create one account with a temporary password the manager hands over. */
export async function createAccount(ctx: HandlerContext, input: ParsedAccountInput): Promise<TemporaryPassword> {
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const id = await ctx.deps.db.transaction().execute(async (trx) => {
    const accountId = await insertAccount(trx, ctx.deps, { ...input, passwordHash, mustChangePassword: true });
    await ctx.audit(trx, {
      action: 'accounts.create',
      entity: 'account',
      entityId: accountId,
      outcome: 'success',
      detail: `roles ${input.roles.join(',')}`,
    });
    return accountId;
  });
  ctx.deps.events.publish('accounts.changed', { ids: [id] });
  return {
    accountId: id,
    username: input.username,
    temporaryPassword,
    expiresAt: await temporaryPasswordExpiry(ctx.deps, ctx.deps.clock.now()),
  };
}

/** Usernames for bulk accounts: given.family, de-duplicated with a number (adds the one chosen to `taken`). */
export function usernameFor(given: string, family: string, taken: Set<string>): string {
  const base =
    `${given}.${family}`
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9.]/g, '')
      .replace(/^\.+|\.+$/g, '')
      .slice(0, 56) || 'worker';
  let candidate = base.length >= 3 ? base : `${base}.staff`;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}${n}`;
  taken.add(candidate);
  return candidate;
}

/** Bulk accounts for staff records without one, all in one transaction. */
export async function createAccountsForStaff(
  ctx: HandlerContext,
  staffIds: string[],
  roles: Role[],
): Promise<TemporaryPassword[]> {
  const { deps } = ctx;
  const staff = await deps.db
    .selectFrom('staff')
    .select(['id', 'given_name', 'family_name', 'preferred_name'])
    .where('id', 'in', staffIds)
    .execute();
  const missing = staffIds.filter((id) => !staff.some((s) => s.id === id));
  if (missing.length > 0)
    throw AppError.field(['staffIds'], `${missing.length} of the chosen staff records do not exist.`);
  const taken = new Set((await deps.db.selectFrom('account').select('username').execute()).map((a) => a.username));
  const linked = new Set(
    (await deps.db.selectFrom('account').select('staff_id').where('staff_id', 'in', staffIds).execute()).map(
      (a) => a.staff_id,
    ),
  );
  const plans = await Promise.all(
    staff
      .filter((s) => !linked.has(s.id))
      .map(async (s) => {
        const temporaryPassword = generateTemporaryPassword();
        return {
          staff: s,
          username: usernameFor(s.preferred_name ?? s.given_name, s.family_name, taken),
          temporaryPassword,
          passwordHash: await hashPassword(temporaryPassword),
        };
      }),
  );
  const expiresAt = await temporaryPasswordExpiry(deps, deps.clock.now());
  const created = await deps.db.transaction().execute(async (trx) => {
    const out: TemporaryPassword[] = [];
    for (const plan of plans) {
      const accountId = await insertAccount(trx, deps, {
        username: plan.username,
        displayName: `${plan.staff.preferred_name ?? plan.staff.given_name} ${plan.staff.family_name}`,
        roles,
        staffId: plan.staff.id,
        passwordHash: plan.passwordHash,
        mustChangePassword: true,
      });
      await ctx.audit(trx, {
        action: 'accounts.createForStaff',
        entity: 'account',
        entityId: accountId,
        outcome: 'success',
        detail: `roles ${roles.join(',')}`,
      });
      out.push({ accountId, username: plan.username, temporaryPassword: plan.temporaryPassword, expiresAt });
    }
    return out;
  });
  deps.events.publish('accounts.changed', { ids: created.map((c) => c.accountId) });
  return created;
}

/** Replace a password with a one-time temporary one and end the account's sessions. */
export async function resetPassword(ctx: HandlerContext, accountId: string): Promise<TemporaryPassword> {
  const account = await getAccount(ctx.deps, accountId);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const issuedAt = ctx.deps.clock.now();
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('account')
      .set({
        password_hash: passwordHash,
        must_change_password: 1,
        temporary_password_issued_at: issuedAt.toISOString(),
      })
      .where('id', '=', accountId)
      .execute();
    await ctx.audit(trx, {
      action: 'accounts.resetPassword',
      entity: 'account',
      entityId: accountId,
      outcome: 'success',
    });
  });
  await endAccountSessions(ctx.deps, accountId);
  return {
    accountId,
    username: account.username,
    temporaryPassword,
    expiresAt: await temporaryPasswordExpiry(ctx.deps, issuedAt),
  };
}

async function assertNotLastManager(deps: BackendDeps, account: Account): Promise<void> {
  if (account.roles.includes('manager') && !account.disabled && (await countEnabledWithRole(deps, 'manager')) <= 1) {
    throw new AppError('CONFLICT', 'This is the last enabled manager account. Create or enable another manager first.');
  }
}

/** Disable (ending sessions at once) or enable an account; never the last manager. */
export async function setDisabled(ctx: HandlerContext, accountId: string, disabled: boolean): Promise<Account> {
  const account = await getAccount(ctx.deps, accountId);
  if (disabled) await assertNotLastManager(ctx.deps, account);
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('account')
      .set({ disabled: disabled ? 1 : 0 })
      .where('id', '=', accountId)
      .execute();
    await ctx.audit(trx, {
      action: 'accounts.setDisabled',
      entity: 'account',
      entityId: accountId,
      outcome: 'success',
      detail: disabled ? 'disabled' : 'enabled',
    });
  });
  if (disabled) await endAccountSessions(ctx.deps, accountId);
  ctx.deps.events.publish('accounts.changed', { ids: [accountId] });
  return getAccount(ctx.deps, accountId);
}

/** Change an account's roles; never remove the last manager. */
export async function setRoles(ctx: HandlerContext, accountId: string, roles: Role[]): Promise<Account> {
  const account = await getAccount(ctx.deps, accountId);
  if (!roles.includes('manager')) await assertNotLastManager(ctx.deps, account);
  if (roles.includes('visitor') && roles.length > 1)
    throw AppError.field(['roles'], 'A visitor account cannot hold staff roles');
  if (!roles.includes('visitor') && account.staffId === null)
    throw AppError.field(['roles'], 'Staff roles need an account linked to a staff record');
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('account_role').where('account_id', '=', accountId).execute();
    await trx
      .insertInto('account_role')
      .values([...new Set(roles)].map((role) => ({ account_id: accountId, role })))
      .execute();
    await ctx.audit(trx, {
      action: 'accounts.setRoles',
      entity: 'account',
      entityId: accountId,
      outcome: 'success',
      detail: `roles ${roles.join(',')}`,
    });
  });
  ctx.deps.events.publish('accounts.changed', { ids: [accountId] });
  return getAccount(ctx.deps, accountId);
}

/**
 * Change your own password: the current one is checked behind the same throttle as sign-in; the temporary-password
 * flag clears, and every other session of the account ends (whoever else was signed in as you is signed out).
 */
export async function changeOwnPassword(
  ctx: HandlerContext,
  currentPassword: string,
  newPassword: string,
): Promise<SessionInfo> {
  const caller = ctx.requireCaller();
  await checkCredentials(ctx, { username: caller.username, password: currentPassword, action: 'auth.changePassword' });
  if (newPassword === currentPassword)
    throw AppError.field(['newPassword'], 'Choose a new password different from the current one.');
  assertUncommonPassword(newPassword, ['newPassword']);
  const passwordHash = await hashPassword(newPassword);
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('account')
      .set({ password_hash: passwordHash, must_change_password: 0, temporary_password_issued_at: null })
      .where('id', '=', caller.accountId)
      .execute();
    await endAccountSessions({ ...ctx.deps, db: trx }, caller.accountId, caller.tokenHash);
    await ctx.audit(trx, {
      action: 'auth.changePassword',
      entity: 'account',
      entityId: caller.accountId,
      outcome: 'success',
      detail: 'other sessions ended',
    });
  });
  return sessionInfoFor(ctx.deps, caller.accountId);
}
