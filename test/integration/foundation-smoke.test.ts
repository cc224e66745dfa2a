import { afterEach, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../fixtures/test-backend';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

describe('demo branch', () => {
  it('creates about 150 staff and one account per role that can sign in', async () => {
    tb = await openTestBackend({ demo: true });
    const manager = await tb.signedIn('manager');
    const list = await manager.ok('staff.list', {});
    expect(list.total).toBeGreaterThanOrEqual(140);
    expect(list.total).toBeLessThanOrEqual(160);
    for (const username of ['coordinator', 'trainer', 'worker', 'visitor']) {
      const client = await tb.signedIn(username);
      const session = await client.ok('auth.session', {});
      expect(session.state).toBe('active');
    }
  });
});
