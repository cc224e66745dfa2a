import { afterEach, describe, expect, it } from 'vitest';
import { aStaffMember, BUILDER_ACTOR, openBranch, someStaff } from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';

// The builders are shared by every test, so what they promise is checked once here.

const opened: TestBackend[] = [];
afterEach(async () => {
  for (const tb of opened.splice(0)) await tb.close();
});
async function branch(seed?: number): Promise<TestBackend> {
  const tb = await openBranch(seed === undefined ? {} : { seed });
  opened.push(tb);
  return tb;
}

describe('test builders', () => {
  it('build the same records for the same seed, and other names for another seed', async () => {
    const names = async (tb: TestBackend) =>
      (await someStaff(tb, 3)).map((s) => [s.id, s.reference, s.givenName, s.familyName]);
    const first = await names(await branch(3));
    expect(await names(await branch(3))).toEqual(first);
    const other = await names(await branch(4));
    expect(other.map(([, reference]) => reference)).toEqual(['S0001', 'S0002', 'S0003']);
    expect(other.map(([, , given, family]) => `${given} ${family}`)).not.toEqual(
      first.map(([, , given, family]) => `${given} ${family}`),
    );
  });

  it('refuse an override the contract refuses, naming the procedure and the field', async () => {
    const tb = await branch();
    await expect(aStaffMember(tb, { startDate: '2026-02-30' })).rejects.toThrow(/staff\.create.*startDate/s);
  });

  it('leave their writes in the audit log under the set-up, never under an account', async () => {
    const tb = await branch();
    const built = await aStaffMember(tb);
    const entries = await tb.backend.deps.db
      .selectFrom('audit_log')
      .select(['actor', 'action'])
      .where('entity_id', '=', built.id)
      .execute();
    expect(entries).toEqual([{ actor: BUILDER_ACTOR, action: 'staff.create' }]);
  });
});
