import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@main/demo/demo-branch';
import { openTestBackend, type TestBackend } from '@test/fixtures/test-backend';
import { openBranch } from '@test/fixtures/builders';

// The first-run screen offers a real branch and the demo; two windows (or a double click) can fire both at once.
// Exactly one may win, and a real store must never end up with the demo's published manager password.

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

const REAL_BRANCH = {
  providerName: 'Real Care Ltd',
  providerId: null,
  branchName: 'Real Branch',
  neighbourhood: 'Catford',
  cqcLocationId: null,
  // The username the demo also uses, so a demo account slipping in would take over the real manager's name.
  manager: { givenName: 'Rosa', familyName: 'Real', username: 'manager', password: 'a real manager passphrase' },
};

describe('first-run set-up fired twice at once', () => {
  it.each([
    ['the real branch first', true],
    ['the demo first', false],
  ])(
    'lets exactly one win (%s), and a real store never has a working demo password',
    async (_order, realFirst) => {
      tb = await openTestBackend();
      const real = tb.client();
      const demo = tb.client();
      const calls = realFirst
        ? [real.call('setup.createBranch', REAL_BRANCH), demo.call('setup.createDemo', {})]
        : [demo.call('setup.createDemo', {}), real.call('setup.createBranch', REAL_BRANCH)];
      const results = await Promise.all(calls);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

      const raw = tb.backend.store.raw;
      const branches = raw.prepare('SELECT is_demo FROM branch').all() as { is_demo: number }[];
      expect(branches).toHaveLength(1);
      const demoPasswordWorks = await tb.client().call('auth.signIn', { username: 'manager', password: DEMO_PASSWORD });
      if (branches[0]?.is_demo === 0) {
        expect(demoPasswordWorks.ok).toBe(false);
        expect(raw.prepare('SELECT username FROM account').all()).toEqual([{ username: 'manager' }]);
        expect(
          (await tb.client().call('auth.signIn', { username: 'manager', password: REAL_BRANCH.manager.password })).ok,
        ).toBe(true);
      } else {
        expect(demoPasswordWorks.ok).toBe(true);
        expect(raw.prepare("SELECT count(*) AS n FROM staff WHERE family_name = 'Real'").get()).toEqual({ n: 0 });
      }
      // Building the demo branch through the services takes a few seconds, more on a busy machine.
    },
    120_000,
  );

  it('is backed by the store: a second branch row is refused whatever inserts it', async () => {
    tb = await openBranch();
    expect(() =>
      tb?.backend.store.raw
        .prepare(
          `INSERT INTO branch (id, provider_name, branch_name, neighbourhood, is_demo, created_at)
           VALUES ('second', 'Real Care Ltd', 'Real Branch', 'Catford', 0, 'now')`,
        )
        .run(),
    ).toThrow(/already has a branch/);
  });
});
