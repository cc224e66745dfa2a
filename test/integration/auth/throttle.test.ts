import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD } from '@main/demo/demo-branch';
import * as passwords from '@main/services/auth/passwords';
import { type TestBackend } from '@test/fixtures/test-backend';
import { anAccountForEachRole, openBranch } from '@test/fixtures/builders';

// Every password check goes through the real Argon2id hasher, spied on so the test can count how many guesses
// reached it: the throttle must refuse the rest before any hash is computed.
vi.mock('@main/services/auth/passwords', async (importOriginal) => {
  const actual = await importOriginal<typeof passwords>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});
const verifyPassword = vi.mocked(passwords.verifyPassword);
/** Hash checks of a wrong password (the demo password is the only right one in these tests). */
const wrongChecks = () => verifyPassword.mock.calls.filter(([, typed]) => typed !== DEMO_PASSWORD).length;

let tb: TestBackend | undefined;
const realVerify = verifyPassword.getMockImplementation();
beforeEach(() => {
  verifyPassword.mockClear();
  if (realVerify) verifyPassword.mockImplementation(realVerify);
});
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

const SECOND = 1000;
const HOUR = 3_600_000;

describe('sign-in throttling under concurrency', () => {
  it('holds against 200 concurrent wrong guesses: 5 hashes checked, the right one waits out the delay', async () => {
    tb = await openBranch();
    await anAccountForEachRole(tb);
    const attacker = tb.client();
    const burst = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        attacker.call('auth.signIn', { username: 'coordinator', password: `guess-number-${i}` }),
      ),
    );
    expect(burst.every((r) => !r.ok)).toBe(true);
    const throttled = burst.filter((r) => !r.ok && r.error.reason === 'throttled').length;
    // Counted before hashing: the five free attempts were all that reached the hash, however the burst interleaved.
    expect(wrongChecks()).toBe(5);
    expect(throttled).toBe(195);

    const right = await tb.client().call('auth.signIn', { username: 'coordinator', password: DEMO_PASSWORD });
    expect(right).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', reason: 'throttled' } });
    expect(right.ok ? '' : right.error.message).toMatch(/Wait 2 seconds/);
    tb.clock.advance(2 * SECOND);
    expect(await tb.client().call('auth.signIn', { username: 'coordinator', password: DEMO_PASSWORD })).toMatchObject({
      ok: true,
    });
  });

  it('lets at most 100 failures an hour reach the hash check, even with the owner signing in between', async () => {
    tb = await openBranch();
    await anAccountForEachRole(tb);
    // 120 checks at ~60 ms of real Argon2id each would only slow the test: a stand-in answers at once (the throttle
    // decides before any check, so what the check costs does not change what is counted).
    verifyPassword.mockImplementation((_hash, typed) => Promise.resolve(typed === DEMO_PASSWORD));
    const attacker = tb.client();
    let refusedOwner = 0;
    // Each round: five quick guesses (free), then the owner signs in once the short delay is over, which resets the
    // run of failures; only the hourly cap stops this pattern.
    for (let round = 0; round < 30; round += 1) {
      await Promise.all(
        Array.from({ length: 5 }, (_, i) =>
          attacker.call('auth.signIn', { username: 'trainer', password: `round-${round}-guess-${i}` }),
        ),
      );
      tb.clock.advance(2 * SECOND);
      const owner = await tb.client().call('auth.signIn', { username: 'trainer', password: DEMO_PASSWORD });
      if (!owner.ok) refusedOwner += 1;
      tb.clock.advance(SECOND);
    }
    expect(wrongChecks()).toBe(100);
    expect(refusedOwner).toBeGreaterThan(0);
    // The cap lifts with time: nobody is locked out for good.
    tb.clock.advance(HOUR);
    expect(await tb.client().call('auth.signIn', { username: 'trainer', password: DEMO_PASSWORD })).toMatchObject({
      ok: true,
    });
  });

  it('guards unlock, re-authentication and change of password with the same throttle as sign-in', async () => {
    tb = await openBranch();
    await anAccountForEachRole(tb);
    const manager = await tb.signedIn('manager');
    const guesses = await Promise.all([
      ...Array.from({ length: 3 }, (_, i) => manager.call('auth.reauthenticate', { password: `reauth-${i}` })),
      ...Array.from({ length: 3 }, (_, i) =>
        manager.call('auth.changePassword', { currentPassword: `change-${i}`, newPassword: 'a long new passphrase' }),
      ),
    ]);
    expect(guesses.filter((r) => !r.ok && r.error.reason === 'throttled')).toHaveLength(1);
    expect(guesses.filter((r) => !r.ok && r.error.reason === 'bad_credentials')).toHaveLength(5);
    // The account's run of failures now holds every way in, the right password included, and checks no hash.
    const other = tb.client();
    for (const call of [
      () => manager.call('auth.reauthenticate', { password: DEMO_PASSWORD }),
      () =>
        manager.call('auth.changePassword', { currentPassword: DEMO_PASSWORD, newPassword: 'a long new passphrase' }),
      () => other.call('auth.signIn', { username: 'manager', password: DEMO_PASSWORD }),
    ])
      expect(await call()).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', reason: 'throttled' } });
    expect(verifyPassword).toHaveBeenCalledTimes(6); // the sign-in at the start, then the five guesses

    // Idle-locked: the lock screen's unlock is held by the same run (one more failure: a 4-second wait).
    tb.clock.advance(11 * 60_000);
    expect(await manager.call('auth.unlock', { password: 'still-not-it' })).toMatchObject({
      error: { reason: 'bad_credentials' },
    });
    expect(await manager.call('auth.unlock', { password: DEMO_PASSWORD })).toMatchObject({
      ok: false,
      error: { reason: 'throttled', message: expect.stringMatching(/Wait 4 seconds/) },
    });
    tb.clock.advance(4 * SECOND);
    expect(await manager.call('auth.unlock', { password: DEMO_PASSWORD })).toMatchObject({ ok: true });
  });

  it('slows one computer guessing once at each of many names, without a name ever being stored', async () => {
    tb = await openBranch();
    await anAccountForEachRole(tb);
    const sprayer = tb.client();
    for (let i = 0; i < 20; i += 1)
      expect(await sprayer.call('auth.signIn', { username: `someone-${i}`, password: 'Summer2026!' })).toMatchObject({
        error: { reason: 'bad_credentials' },
      });
    expect(await sprayer.call('auth.signIn', { username: 'someone-20', password: 'Summer2026!' })).toMatchObject({
      error: { reason: 'throttled' },
    });
    expect(wrongChecks()).toBe(20);
    tb.clock.advance(2 * SECOND);
    expect(await sprayer.call('auth.signIn', { username: 'worker', password: DEMO_PASSWORD })).toMatchObject({
      ok: true,
    });
  });

  it('audits throttled refusals together: one entry when the run starts, one with the count when it ends', async () => {
    tb = await openBranch();
    await anAccountForEachRole(tb);
    const attacker = tb.client();
    await Promise.all(
      Array.from({ length: 200 }, (_, i) => attacker.call('auth.signIn', { username: 'worker', password: `g-${i}` })),
    );
    tb.clock.advance(2 * SECOND);
    await tb.client().ok('auth.signIn', { username: 'worker', password: DEMO_PASSWORD });
    const denied = tb.backend.store.raw
      .prepare("SELECT actor, detail FROM audit_log WHERE action = 'auth.signIn' AND outcome = 'denied' ORDER BY seq")
      .all() as { actor: string; detail: string }[];
    expect(denied).toHaveLength(2);
    expect(denied[0]).toMatchObject({ actor: 'worker', detail: expect.stringMatching(/^throttled/) });
    expect(denied[1]).toMatchObject({ actor: 'worker', detail: expect.stringMatching(/^194 more attempts refused/) });
    const failures = tb.backend.store.raw
      .prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'auth.signIn' AND outcome = 'failure'")
      .get() as { n: number };
    expect(failures.n).toBe(5);
  });
});
