import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anAccount, aQuickPlanner, aWorkerClearedToWork, aWeekOfVisits, openBranch } from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';
import type { RotaNeighbourhood } from '@test/fixtures/rota-app-neighbourhood';

const WEEK = '2026-W48'; // Monday 23 November 2026, the tests' "now"

describe('publishing a week as checked: stale versions refused, each worker told', () => {
  let t: TestBackend;
  let coordinator: TestClient;
  let worker: TestClient;
  let hood: RotaNeighbourhood;
  let workerId: string;

  beforeAll(async () => {
    t = await openBranch();
    await aQuickPlanner(t);
    await anAccount(t, 'coordinator');
    const account = await anAccount(t, 'worker', { staffId: (await aWorkerClearedToWork(t)).id });
    workerId = account.staffId as string;
    coordinator = await t.signedIn('coordinator');
    worker = await t.signedIn('worker');
    const others = [];
    for (let i = 0; i < 3; i += 1) others.push((await aWorkerClearedToWork(t)).id);
    hood = await aWeekOfVisits(t, { people: 4, workers: [workerId, ...others] });
    await coordinator.ok('rota.planWeek', { isoWeek: WEEK, iterations: 3000 });
  }, 60_000);
  afterAll(async () => t.close());

  it('refuses to publish a week edited after it was checked, publishing nothing and telling nobody', async () => {
    const checked = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    expect(checked.stamp).not.toBe('');
    // Another coordinator takes a worker off one visit after the check page was drawn.
    const visit = checked.visits.find((v) => v.workerIds.length === 1 && !v.pinned);
    if (!visit) throw new Error('no assigned visit');
    await coordinator.ok('rota.edit', { isoWeek: WEEK, edit: { kind: 'unassign', visitId: visit.id } });

    const r = await coordinator.call('rota.publish', { isoWeek: WEEK, stamp: checked.stamp });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('CONFLICT');
      expect(r.error.message).toContain('has changed since you checked it');
      expect(r.error.message).toContain('Nothing was published');
    }
    const after = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    expect(after.status).toBe('draft');
    expect(after.stamp).not.toBe(checked.stamp);
    expect(await worker.ok('notices.listMine', {})).toEqual([]);
  });

  it('publishes the version checked and sends each worker with visits one notice of their own week', async () => {
    const checked = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    const mine = checked.visits.filter((v) => v.workerIds.includes(workerId));
    expect(mine.length).toBeGreaterThan(0);
    const published = await coordinator.ok('rota.publish', { isoWeek: WEEK, stamp: checked.stamp });
    expect(published.status).toBe('published');

    const notices = await worker.ok('notices.listMine', {});
    expect(notices).toHaveLength(1);
    const minutes = mine.reduce((a, v) => a + v.durationMinutes, 0);
    const hours = `${Math.floor(minutes / 60)} h${minutes % 60 === 0 ? '' : ` ${minutes % 60} min`}`;
    expect(notices[0]?.text).toBe(
      `Your rota for the week of 23 Nov 2026 is published: ${mine.length} visits, ${hours} with people. ` +
        'See it under My rota.',
    );
    // Everyone with visits was told, and only they: one notice each.
    const withVisits = new Set(checked.visits.flatMap((v) => v.workerIds));
    const rows = await t.backend.deps.db.selectFrom('notice').select('staff_id').execute();
    expect(rows.map((r) => r.staff_id).sort()).toEqual([...withVisits].sort());
    expect(hood.workerIds.length).toBeGreaterThanOrEqual(withVisits.size);
  });

  it('tells the worker of a later change to their published week, naming the visit and what it became', async () => {
    const week = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    const visit = week.visits.find((v) => v.workerIds.includes(workerId) && v.workerIds.length === 1);
    if (!visit) throw new Error('the worker has no single-handed visit');
    await coordinator.ok('rota.edit', { isoWeek: WEEK, edit: { kind: 'unassign', visitId: visit.id } });
    const notices = await worker.ok('notices.listMine', {});
    expect(notices).toHaveLength(2);
    const change = notices.find((n) => n.text.includes('has changed'));
    expect(change?.text).toContain(`Your rota for the week of 23 Nov 2026 has changed.`);
    expect(change?.text).toContain(visit.clientName);
    expect(change?.text).toContain('now unassigned');
  });

  it('counts a worker’s planned visits in some days, for the leave approval to say what it affects', async () => {
    const week = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    const onTuesday = week.visits.filter((v) => v.workerIds.includes(workerId) && v.date === '2026-11-24').length;
    expect(onTuesday).toBeGreaterThan(0);
    const during = await coordinator.ok('rota.visitsDuring', {
      staffId: workerId,
      from: '2026-11-24',
      to: '2026-11-24',
    });
    expect(during).toEqual({ visits: onTuesday, publishedVisits: onTuesday, isoWeeks: [WEEK] });
    const none = await coordinator.ok('rota.visitsDuring', { staffId: workerId, from: '2027-01-04', to: null });
    expect(none).toEqual({ visits: 0, publishedVisits: 0, isoWeeks: [] });
    const r = await worker.call('rota.visitsDuring', { staffId: workerId, from: '2026-11-24', to: null });
    expect(r.ok).toBe(false);
  });

  it('refuses to publish a week twice', async () => {
    const week = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    const r = await coordinator.call('rota.publish', { isoWeek: WEEK, stamp: week.stamp });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('CONFLICT');
  });
});
