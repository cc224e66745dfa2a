import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anAccount,
  aQuickPlanner,
  aStaffMember,
  aWeekOfVisits,
  aWorkerClearedToWork,
  openBranch,
  type BuiltStaff,
} from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';
import type { DbsPendingPolicy } from '@shared/domain/staff/eligibility';

const WEEK = '2026-W48'; // Mon 23 to Sun 29 November 2026; the tests' today is the Monday
const PENDING = 'DBS check pending (applied for Fri 20 Nov 2026)';

describe('starting while a DBS check is pending follows the branch’s policy, as data', () => {
  let t: TestBackend;
  let manager: TestClient;
  let coordinator: TestClient;
  let cleared: BuiltStaff;
  let pending: BuiltStaff;
  let single: string;
  let doubleUp: string;

  const setPolicy = (policy: DbsPendingPolicy) => manager.ok('policy.updateDbsPendingPolicy', { policy });
  const assign = (visitId: string, workerIds: string[]) =>
    coordinator.ok('rota.checkEdit', { isoWeek: WEEK, edit: { kind: 'assign', visitId, workerIds } });
  const messages = async (visitId: string, workerIds: string[]) =>
    (await assign(visitId, workerIds)).breaches.map((b) => b.message);

  beforeAll(async () => {
    t = await openBranch();
    await aQuickPlanner(t);
    await anAccount(t, 'manager');
    await anAccount(t, 'coordinator');
    manager = await t.signedIn('manager');
    coordinator = await t.signedIn('coordinator');
    cleared = await aWorkerClearedToWork(t);
    // Applied for an enhanced check on Friday 20 November; no certificate yet.
    pending = await aStaffMember(t, { startDate: '2026-11-16', sensitive: { dbsAppliedOn: '2026-11-20' } });
    await aWeekOfVisits(t, { people: 1, workers: [cleared.id, pending.id] });
    await coordinator.ok('rota.planWeek', { isoWeek: WEEK, iterations: 2000 });
    const view = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    // The Thursday tea-time visit needs one worker; Wednesday morning needs two.
    single = view.visits.filter((v) => v.date === '2026-11-26' && v.workersNeeded === 1).at(-1)?.id ?? '';
    doubleUp = view.visits.find((v) => v.workersNeeded === 2)?.id ?? '';
    expect(single && doubleUp).toBeTruthy();
  }, 120_000);
  afterAll(async () => t.close());

  it('refuses the pending worker by default, naming the check and the policy', async () => {
    expect((await manager.ok('policy.dbsPendingPolicy', {})).policy).toBe('not_allowed');
    expect(await messages(single, [pending.id])).toEqual([
      `worker may not work on this date (${PENDING}: the branch does not allow starting before it is back)`,
    ]);
    expect(await messages(doubleUp, [cleared.id, pending.id])).toContain(
      `worker may not work on this date (${PENDING}: the branch does not allow starting before it is back)`,
    );
  });

  it('alongside a colleague: refused alone, accepted on a two-worker visit with a cleared colleague', async () => {
    await setPolicy('alongside_colleague');
    expect(await messages(single, [pending.id])).toEqual([
      `worker may not work on this date (${PENDING}: may work only alongside a colleague)`,
    ]);
    expect((await messages(doubleUp, [cleared.id, pending.id])).filter((m) => m.includes('may not work'))).toEqual([]);
    // "What stands in the way" names it for the visit they would work alone.
    const e = await coordinator.ok('rota.explain', { isoWeek: WEEK, visitId: single });
    const why = e.team.find((m) => m.workerId === pending.id);
    expect(why).toMatchObject({ status: 'ruled_out', rule: 'ineligible' });
    expect(why?.message).toBe(`worker may not work on this date: ${PENDING}: may work only alongside a colleague`);
  });

  it('alongside a colleague: the planner puts them only on double-ups, beside a cleared colleague', async () => {
    await coordinator.ok('rota.planWeek', { isoWeek: WEEK, iterations: 2000 });
    const view = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    const theirs = view.visits.filter((v) => v.workerIds.includes(pending.id));
    // The person's double-ups can only be covered by the two of them together.
    expect(theirs.map((v) => v.id)).toContain(doubleUp);
    for (const v of theirs) expect(v.workerIds.slice().sort()).toEqual([cleared.id, pending.id].sort());
  });

  it('allowed: the planner gives the pending worker visits of their own', async () => {
    await setPolicy('allowed');
    expect(await messages(single, [pending.id])).toEqual([]);
    await coordinator.ok('rota.planWeek', { isoWeek: WEEK, iterations: 2000 });
    const view = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    expect(view.visits.some((v) => v.workersNeeded === 1 && v.workerIds.includes(pending.id))).toBe(true);
  });

  it('is the manager’s to change: a coordinator is refused; a policy not on the list is refused', async () => {
    const r = await coordinator.call('policy.updateDbsPendingPolicy', { policy: 'not_allowed' });
    expect(!r.ok && r.error.code).toBe('FORBIDDEN');
    const bad = await manager.call('policy.updateDbsPendingPolicy', { policy: 'sometimes' as DbsPendingPolicy });
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');
    expect(!bad.ok && bad.error.issues?.[0]?.path).toEqual(['policy']);
    expect((await manager.ok('policy.dbsPendingPolicy', {})).policy).toBe('allowed');
  });
});
