import type { Kysely } from 'kysely';
import type { CouncilClock, CouncilIds } from '@council/clock';
import type { CouncilDatabase } from '@council/db/schema';
import { decoyHash, hashPassword, passwordProblem, temporaryPassword, verifyPassword } from './passwords';

/** A commissioner's role: readers see the borough view; admins also manage accounts and see tokens' status. */
export type CouncilRole = 'reader' | 'admin';

/** An account as the admin page lists it. */
export interface AccountView {
  id: string;
  username: string;
  displayName: string;
  role: CouncilRole;
  disabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
}

/** A refusal the person at the form can act on, naming the field (and any other fields wrong at the same time). */
export class AccountError extends Error {
  readonly all: readonly { field: string; message: string }[];
  constructor(
    readonly field: string,
    message: string,
    others: readonly { field: string; message: string }[] = [],
  ) {
    super(message);
    this.all = [{ field, message }, ...others];
  }
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;
// After five wrong passwords each further one locks the account for twice as long, up to 15 minutes: slows guessing
// without letting anyone lock a commissioner out for good.
const FREE_FAILURES = 5;
const MAX_LOCK_MS = 15 * 60_000;

/** Create an account with a one-time password, returned once. */
export async function createAccount(
  db: Kysely<CouncilDatabase>,
  clock: CouncilClock,
  ids: CouncilIds,
  input: { username: string; displayName: string; role: CouncilRole },
): Promise<{ account: AccountView; temporaryPassword: string }> {
  const username = input.username.trim().toLowerCase();
  const displayName = input.displayName.trim();
  const problems: { field: string; message: string }[] = [];
  if (displayName.length < 1 || displayName.length > 120)
    problems.push({ field: 'displayName', message: 'Enter the person’s name (up to 120 characters)' });
  if (!USERNAME.test(username))
    problems.push({
      field: 'username',
      message: 'Enter a username of 3 to 64 lower-case letters, digits, dots or dashes',
    });
  const [first, ...rest] = problems;
  if (first) throw new AccountError(first.field, first.message, rest);
  const exists = await db.selectFrom('account').select('id').where('username', '=', username).executeTakeFirst();
  if (exists) throw new AccountError('username', `The username ${username} is taken`);
  const password = temporaryPassword();
  const row = {
    id: ids(),
    username,
    display_name: displayName,
    role: input.role,
    password_hash: await hashPassword(password),
    must_change_password: 1,
    failed_attempts: 0,
    locked_until: null,
    disabled_at: null,
    created_at: clock.now().toISOString(),
  };
  await db.insertInto('account').values(row).execute();
  return { account: viewOf(row), temporaryPassword: password };
}

/** Every account, by name. */
export async function listAccounts(db: Kysely<CouncilDatabase>): Promise<AccountView[]> {
  return (await db.selectFrom('account').selectAll().orderBy('display_name').execute()).map(viewOf);
}

/** One account, or undefined. */
export async function findAccount(db: Kysely<CouncilDatabase>, id: string): Promise<AccountView | undefined> {
  const row = await db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? viewOf(row) : undefined;
}

/** The outcome of a sign-in. */
export type SignInResult = { ok: true; account: AccountView } | { ok: false; message: string };

const WRONG = 'The username or password is not right';

/** Check a username and password, counting the attempt before the hash is checked. */
export async function checkSignIn(
  db: Kysely<CouncilDatabase>,
  clock: CouncilClock,
  username: string,
  password: string,
): Promise<SignInResult> {
  const row = await db
    .selectFrom('account')
    .selectAll()
    .where('username', '=', username.trim().toLowerCase())
    .executeTakeFirst();
  if (!row || row.disabled_at) {
    await verifyPassword(await decoyHash(), password);
    return { ok: false, message: WRONG };
  }
  const now = clock.now();
  if (row.locked_until && Date.parse(row.locked_until) > now.getTime())
    return { ok: false, message: `Too many wrong passwords; try again after ${lockText(row.locked_until, now)}` };
  // Counted first, in one statement, so a burst of concurrent guesses cannot all slip past the lock.
  const failures = row.failed_attempts + 1;
  const lockMs = failures > FREE_FAILURES ? Math.min(MAX_LOCK_MS, 1000 * 2 ** (failures - FREE_FAILURES)) : 0;
  await db
    .updateTable('account')
    .set({
      failed_attempts: failures,
      locked_until: lockMs ? new Date(now.getTime() + lockMs).toISOString() : null,
    })
    .where('id', '=', row.id)
    .execute();
  if (!(await verifyPassword(row.password_hash, password))) return { ok: false, message: WRONG };
  await db.updateTable('account').set({ failed_attempts: 0, locked_until: null }).where('id', '=', row.id).execute();
  return { ok: true, account: viewOf(row) };
}

/** Change one's own password, checking the current (or temporary) one first. */
export async function changePassword(
  db: Kysely<CouncilDatabase>,
  clock: CouncilClock,
  accountId: string,
  current: string,
  next: string,
): Promise<void> {
  const row = await db.selectFrom('account').selectAll().where('id', '=', accountId).executeTakeFirstOrThrow();
  const check = await checkSignIn(db, clock, row.username, current);
  if (!check.ok) throw new AccountError('current', check.message.replace('username or ', ''));
  const problem = passwordProblem(next, row.username);
  if (problem) throw new AccountError('password', problem);
  await db
    .updateTable('account')
    .set({ password_hash: await hashPassword(next), must_change_password: 0 })
    .where('id', '=', accountId)
    .execute();
}

/** Give an account a new one-time password (returned once) and end its sessions. */
export async function resetPassword(db: Kysely<CouncilDatabase>, accountId: string): Promise<string> {
  const password = temporaryPassword();
  await db
    .updateTable('account')
    .set({
      password_hash: await hashPassword(password),
      must_change_password: 1,
      failed_attempts: 0,
      locked_until: null,
    })
    .where('id', '=', accountId)
    .execute();
  await db.deleteFrom('session').where('account_id', '=', accountId).execute();
  return password;
}

/** Disable (ending its sessions at once) or re-enable an account. The last admin cannot be disabled. */
export async function setDisabled(
  db: Kysely<CouncilDatabase>,
  clock: CouncilClock,
  accountId: string,
  disabled: boolean,
): Promise<void> {
  if (disabled) {
    const target = await findAccount(db, accountId);
    const admins = (await listAccounts(db)).filter((a) => a.role === 'admin' && !a.disabled);
    if (target?.role === 'admin' && admins.length <= 1)
      throw new AccountError('account', 'This is the only admin account; make another admin first');
  }
  await db
    .updateTable('account')
    .set({ disabled_at: disabled ? clock.now().toISOString() : null })
    .where('id', '=', accountId)
    .execute();
  if (disabled) await db.deleteFrom('session').where('account_id', '=', accountId).execute();
}

function lockText(lockedUntil: string, now: Date): string {
  const seconds = Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 1000);
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

function viewOf(row: CouncilDatabase['account']): AccountView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    disabled: row.disabled_at !== null,
    mustChangePassword: row.must_change_password === 1,
    createdAt: row.created_at,
  };
}
