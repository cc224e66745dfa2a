import { afterEach, describe, expect, it, vi } from 'vitest';
import { router } from '@main/rpc/router';
import { type TestBackend } from '@test/fixtures/test-backend';
import { anAccountForEachRole, aPerson, openBranch } from '@test/fixtures/builders';

let tb: TestBackend | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await tb?.close();
  tb = undefined;
});

/** A branch with an account for each role, two people with the worker on their team and one without. */
async function aBranchWhereTheWorkerHasTwoPeople(): Promise<TestBackend> {
  const branch = await openBranch();
  const { worker } = await anAccountForEachRole(branch);
  await aPerson(branch, { team: [worker.staffId!] });
  await aPerson(branch, { team: [worker.staffId!] });
  await aPerson(branch);
  return branch;
}

describe('a worker’s view of a person', () => {
  it('is cut to the contract’s worker schema by dispatch, even if a handler hands over the full rows', async () => {
    tb = await aBranchWhereTheWorkerHasTwoPeople();
    const coordinator = await tb.signedIn('coordinator');
    const everyoneInFull = await coordinator.ok('clients.list', { limit: 50 });
    expect(Object.keys(everyoneInFull.rows[0] ?? {})).toContain('supportNeeds');
    // A handler that forgets the worker's limits and answers with everyone in full, support needs and all.
    vi.spyOn(router, 'clients.list').mockResolvedValue(everyoneInFull);
    const worker = await tb.signedIn('worker');
    const rows = (await worker.ok('clients.list', {})).rows;
    expect(rows).toHaveLength(everyoneInFull.rows.length);
    for (const row of rows)
      expect(Object.keys(row).sort()).toEqual(['addressedAs', 'familyName', 'givenName', 'id', 'preferredName']);
  });

  it('lists only people whose support goes on, and searches them by name only (a postcode finds nobody)', async () => {
    tb = await aBranchWhereTheWorkerHasTwoPeople();
    const worker = await tb.signedIn('worker');
    const coordinator = await tb.signedIn('coordinator');
    const before = await worker.ok('clients.list', { limit: 1000 });
    const [first, second] = before.rows;
    expect(second).toBeDefined();
    const person = await coordinator.ok('clients.get', { id: first?.id ?? '' });
    expect((await coordinator.ok('clients.list', { search: person.postcode, status: null })).total).toBeGreaterThan(0);
    expect(await worker.ok('clients.list', { search: person.postcode })).toMatchObject({ total: 0, rows: [] });
    expect((await worker.ok('clients.list', { search: person.familyName })).rows.map((r) => r.id)).toContain(person.id);

    tb.backend.store.raw
      .prepare("UPDATE client SET status = 'ended', ended_on = '2026-11-30' WHERE id = ?")
      .run(second?.id ?? '');
    const after = await worker.ok('clients.list', { limit: 1000 });
    expect(after.total).toBe(before.total - 1);
    expect(after.rows.map((r) => r.id)).not.toContain(second?.id);
  });
});
