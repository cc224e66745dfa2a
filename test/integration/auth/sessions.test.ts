import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '@shared/contract/roles';
import { anAccount, openBranch, someStaff } from '@test/fixtures/builders';
import { TEST_PASSWORD, type TestBackend } from '@test/fixtures/test-backend';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

const minutes = (n: number) => n * 60_000;
const HOUR = 3_600_000;

/** A branch with one account for each role named, each called by its role ("manager", "coordinator"…). */
async function branchWith(...roles: Role[]): Promise<TestBackend> {
  const opened = await openBranch();
  for (const role of roles) await anAccount(opened, role);
  return opened;
}

describe('sign-in, idle lock and sessions', () => {
  it('refuses a wrong password with the same message as an unknown username, and audits both', async () => {
    tb = await branchWith('manager');
    const client = tb.client();
    const wrong = await client.call('auth.signIn', { username: 'manager', password: 'not-it-at-all' });
    const unknown = await client.call('auth.signIn', { username: 'nobody-here', password: 'not-it-at-all' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(unknown.ok ? '' : unknown.error.message).toBe(wrong.ok ? 'x' : wrong.error.message);
    const manager = await tb.signedIn('manager');
    const failures = await manager.ok('audit.list', { action: 'auth.signIn', outcome: 'failure' });
    expect(failures.map((e) => e.actor)).toEqual(['unknown username', 'manager']);
    expect(JSON.stringify(failures)).not.toContain('not-it-at-all');
  });

  it('never stores a password typed into the username box: only a name that matches an account is kept', async () => {
    tb = await branchWith('manager', 'coordinator', 'trainer');
    const typedAsUsername = 'Copper-Kettle-Singing-42';
    for (let i = 0; i < 7; i += 1)
      await tb.client().call('auth.signIn', { username: typedAsUsername, password: 'whatever-was-typed' });
    const raw = tb.backend.store.raw;
    const everything = JSON.stringify([
      raw.prepare('SELECT * FROM audit_log').all(),
      raw.prepare('SELECT * FROM auth_attempt').all(),
    ]);
    expect(everything.toLowerCase()).not.toContain(typedAsUsername.toLowerCase());
    const entries = raw.prepare("SELECT actor, outcome FROM audit_log WHERE action = 'auth.signIn'").all();
    expect(entries).toContainEqual({ actor: 'unknown username', outcome: 'failure' });
    // Repeated guesses at a name that matches nobody are throttled like an account's, without storing the name.
    expect(entries).toContainEqual({ actor: 'unknown username', outcome: 'denied' });
  });

  it('slows guessing after five failures and lets the right password through once the wait is over', async () => {
    tb = await branchWith('coordinator');
    const client = tb.client();
    for (let i = 0; i < 5; i += 1)
      await client.call('auth.signIn', { username: 'coordinator', password: `guess-${i}-wrong` });
    const sixth = await client.call('auth.signIn', { username: 'coordinator', password: TEST_PASSWORD });
    expect(sixth).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', reason: 'throttled' } });
    tb.clock.advance(3_000);
    expect(await client.call('auth.signIn', { username: 'coordinator', password: TEST_PASSWORD })).toMatchObject({
      ok: true,
    });
  });

  it('locks an idle session after 10 minutes; the same person unlocks with their password and carries on', async () => {
    tb = await branchWith('manager');
    const manager = await tb.signedIn('manager');
    tb.clock.advance(minutes(9));
    expect(await manager.call('staff.list', {})).toMatchObject({ ok: true });
    tb.clock.advance(minutes(9));
    expect(await manager.call('staff.list', {})).toMatchObject({ ok: true });
    tb.clock.advance(minutes(11));
    expect(await manager.call('staff.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'idle_locked' },
    });
    expect(await manager.ok('auth.session', {})).toMatchObject({ state: 'locked', username: 'manager' });
    expect(await manager.call('auth.unlock', { password: 'wrong-password-here' })).toMatchObject({ ok: false });
    await manager.ok('auth.unlock', { password: TEST_PASSWORD });
    expect(await manager.call('staff.list', {})).toMatchObject({ ok: true });
  });

  it('does not count passive status checks as activity', async () => {
    tb = await branchWith('manager');
    const manager = await tb.signedIn('manager');
    for (let i = 0; i < 12; i += 1) {
      tb.clock.advance(minutes(1));
      await manager.ok('auth.session', {});
    }
    expect(await manager.ok('auth.session', {})).toMatchObject({ state: 'locked' });
  });

  it('ends a session after 12 hours however active it is, and gives a new token on every sign-in', async () => {
    tb = await branchWith('manager');
    const manager = await tb.signedIn('manager');
    const firstToken = manager.token();
    await manager.ok('auth.signIn', { username: 'manager', password: TEST_PASSWORD });
    expect(manager.token()).not.toBe(firstToken);
    for (let i = 0; i < 13 * 6; i += 1) {
      tb.clock.advance(minutes(10) - 1000);
      await manager.call('staff.list', { limit: 1 });
    }
    expect(await manager.call('staff.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'signed_out' },
    });
  });

  it('ends every session of an account the moment it is disabled', async () => {
    tb = await branchWith('manager', 'coordinator');
    const manager = await tb.signedIn('manager');
    const coordinator = await tb.signedIn('coordinator');
    const account = (await manager.ok('accounts.list', {})).find((a) => a.username === 'coordinator');
    await manager.ok('accounts.setDisabled', { accountId: account?.id ?? '', disabled: true });
    expect(await coordinator.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await tb.client().call('auth.signIn', { username: 'coordinator', password: TEST_PASSWORD })).toMatchObject({
      ok: false,
      error: { reason: 'disabled' },
    });
  });
});

describe('accounts', () => {
  it('resets a password to a one-time temporary one that must be changed before anything else', async () => {
    tb = await branchWith('manager', 'trainer');
    const manager = await tb.signedIn('manager');
    const trainer = (await manager.ok('accounts.list', {})).find((a) => a.username === 'trainer');
    const reset = await manager.ok('accounts.resetPassword', { accountId: trainer?.id ?? '' });
    expect(reset.temporaryPassword.split('-')).toHaveLength(4);
    expect(await tb.client().call('auth.signIn', { username: 'trainer', password: TEST_PASSWORD })).toMatchObject({
      ok: false,
    });
    const client = tb.client();
    const session = await client.ok('auth.signIn', { username: 'trainer', password: reset.temporaryPassword });
    expect(session.mustChangePassword).toBe(true);
    expect(await client.call('staff.list', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'must_change_password' },
    });
    expect(
      await client.call('auth.changePassword', { currentPassword: reset.temporaryPassword, newPassword: 'password1' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['newPassword'] }] },
    });
    expect(
      await client.call('auth.changePassword', { currentPassword: reset.temporaryPassword, newPassword: 'short' }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['newPassword'] }] } });
    await client.ok('auth.changePassword', {
      currentPassword: reset.temporaryPassword,
      newPassword: 'copper kettle singing slowly',
    });
    expect(await client.call('staff.list', {})).toMatchObject({ ok: true });
  });

  it('ends the other sessions of an account when its password changes, keeping the one that changed it', async () => {
    tb = await branchWith('manager', 'coordinator', 'trainer');
    const atDesk = await tb.signedIn('coordinator');
    const elsewhere = await tb.signedIn('coordinator');
    const newPassword = 'copper kettle singing slowly';
    await atDesk.ok('auth.changePassword', { currentPassword: TEST_PASSWORD, newPassword });
    expect(await atDesk.call('staff.list', {})).toMatchObject({ ok: true });
    expect(await elsewhere.call('staff.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'signed_out' },
    });
    expect(await tb.client().call('auth.signIn', { username: 'coordinator', password: newPassword })).toMatchObject({
      ok: true,
    });
  });

  it('lets a temporary password work for 72 hours, then says plainly that it has expired', async () => {
    tb = await branchWith('manager', 'coordinator', 'trainer');
    const manager = await tb.signedIn('manager');
    const trainer = (await manager.ok('accounts.list', {})).find((a) => a.username === 'trainer');
    const reset = await manager.ok('accounts.resetPassword', { accountId: trainer?.id ?? '' });
    expect(reset.expiresAt).toBe(new Date(tb.clock.now().getTime() + 72 * HOUR).toISOString());
    tb.clock.advance(72 * HOUR - 60_000);
    expect(
      await tb.client().call('auth.signIn', { username: 'trainer', password: reset.temporaryPassword }),
    ).toMatchObject({ ok: true });
    tb.clock.advance(60_000);
    const late = await tb.client().call('auth.signIn', { username: 'trainer', password: reset.temporaryPassword });
    expect(late).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', reason: 'temporary_password_expired' } });
    expect(late.ok ? '' : late.error.message).toMatch(/temporary password has expired.*72 hours.*Ask a manager/);
    // A wrong password still gets the usual answer: the expiry is told only to someone who knows the password.
    expect(await tb.client().call('auth.signIn', { username: 'trainer', password: 'not-the-one' })).toMatchObject({
      error: { reason: 'bad_credentials' },
    });
    const entries = tb.backend.store.raw
      .prepare("SELECT outcome, detail FROM audit_log WHERE action = 'auth.signIn' AND actor = 'trainer'")
      .all();
    expect(entries).toContainEqual({ outcome: 'denied', detail: 'temporary password expired' });
  });

  it('takes the life of a temporary password from the branch setting, for new accounts too', async () => {
    tb = await branchWith('manager', 'coordinator', 'trainer');
    tb.backend.store.raw
      .prepare("INSERT INTO setting (key, value_json, updated_at) VALUES ('auth.temporaryPasswordHours', '24', 'now')")
      .run();
    const manager = await tb.signedIn('manager');
    const created = await manager.ok('accounts.create', {
      username: 'new.visitor',
      displayName: 'New Visitor',
      roles: ['visitor'],
      staffId: null,
    });
    expect(created.expiresAt).toBe(new Date(tb.clock.now().getTime() + 24 * HOUR).toISOString());
    tb.clock.advance(24 * HOUR);
    expect(
      await tb.client().call('auth.signIn', { username: 'new.visitor', password: created.temporaryPassword }),
    ).toMatchObject({
      ok: false,
      error: { reason: 'temporary_password_expired', message: expect.stringMatching(/24 hours/) },
    });
  });

  it('creates worker accounts in bulk for staff without one, each with its own temporary password', async () => {
    tb = await branchWith('manager');
    const manager = await tb.signedIn('manager');
    const staff = await someStaff(tb, 10);
    const created = await manager.ok('accounts.createForStaff', {
      staffIds: staff.map((s) => s.id),
      roles: ['worker'],
    });
    expect(created).toHaveLength(10);
    expect(new Set(created.map((c) => c.username)).size).toBe(created.length);
    expect(new Set(created.map((c) => c.temporaryPassword)).size).toBe(created.length);
    const again = await manager.ok('accounts.createForStaff', { staffIds: staff.map((s) => s.id), roles: ['worker'] });
    expect(again).toEqual([]);
  });

  it('never disables or demotes the last manager', async () => {
    tb = await branchWith('manager');
    const manager = await tb.signedIn('manager');
    const me = (await manager.ok('accounts.list', {})).find((a) => a.username === 'manager');
    expect(await manager.call('accounts.setDisabled', { accountId: me?.id ?? '', disabled: true })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await manager.call('accounts.setRoles', { accountId: me?.id ?? '', roles: ['worker'] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('requires a staff record for every account except a visitor’s', async () => {
    tb = await branchWith('manager');
    const manager = await tb.signedIn('manager');
    const result = await manager.call('accounts.create', {
      username: 'no.staff',
      displayName: 'No Staff',
      roles: ['coordinator'],
      staffId: null,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['staffId'] }] } });
    expect(
      await manager.call('accounts.create', {
        username: 'nhs.visitor',
        displayName: 'District nurse',
        roles: ['visitor'],
        staffId: null,
      }),
    ).toMatchObject({ ok: true });
  });
});
