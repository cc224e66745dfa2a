import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '@test/fixtures/test-backend';
import { loadPlannerData, resolveTeamTravel } from '@main/services/rota-input/load-planner-input';
import { teamNeedsByStaff } from '@main/services/people/team-needs';

let t: TestBackend;
beforeAll(async () => {
  const started = Date.now();
  t = await openTestBackend({ demo: true });
  console.log(`demo branch built in ${Date.now() - started} ms`);
});
afterAll(() => t.close());

describe('demo branch: people', () => {
  it('seeds about 300 people with teams of 6 to 12 and ~15 visits a week on average', async () => {
    const data = await loadPlannerData(t.backend.deps.db, '2026-W48');
    expect(data.dates).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(data.clients.length).toBeGreaterThan(290);
    for (const c of data.clients) {
      expect(c.teamWorkerIds.length).toBeGreaterThanOrEqual(6);
      expect(c.teamWorkerIds.length).toBeLessThanOrEqual(12);
      for (const d of c.declinedWorkerIds) expect(c.teamWorkerIds).not.toContain(d);
    }
    const perPerson = data.visits.length / data.clients.length;
    expect(perPerson).toBeGreaterThan(12);
    expect(perPerson).toBeLessThan(19);
    expect(data.visits.some((v) => v.workersNeeded === 2)).toBe(true);
    expect(data.workers.filter((w) => w.windows.length > 0).length).toBeGreaterThan(120);
    expect(resolveTeamTravel(data).size).toBeGreaterThan(1000);
    const needs = await teamNeedsByStaff(
      t.backend.deps.db,
      data.workers.map((w) => w.id),
    );
    expect([...needs.values()].some((s) => s.has('dementia'))).toBe(true);
    console.log(`visits ${data.visits.length}, people ${data.clients.length}, workers ${data.workers.length}`);
  });
});
