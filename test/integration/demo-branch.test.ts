import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';
import { loadPlannerData, resolveTeamTravel } from '@main/services/rota-input/load-planner-input';
import { teamNeedsByStaff } from '@main/services/people/team-needs';

// The one integration file about the demo branch itself: that it builds, through the services, a branch worth
// exploring in every domain. Tests of behaviour build their own data (test/fixtures/builders).

let tb: TestBackend;
let manager: TestClient;
// Building the whole branch through the services takes seconds, more on a busy machine.
beforeAll(async () => {
  tb = await openTestBackend({ demo: true });
  manager = await tb.signedIn('manager');
}, 180_000);
afterAll(() => tb.close());

describe('the demo branch', () => {
  it('has about 150 staff and one account per role that can sign in', async () => {
    const list = await manager.ok('staff.list', {});
    expect(list.total).toBeGreaterThanOrEqual(140);
    expect(list.total).toBeLessThanOrEqual(160);
    for (const username of ['coordinator', 'trainer', 'worker', 'visitor']) {
      const client = await tb.signedIn(username);
      const session = await client.ok('auth.session', {});
      expect(session.state).toBe('active');
    }
  });

  it('seeds providers, courses, requirements, records, sessions and a register for today', async () => {
    const providers = await manager.ok('training.listProviders', {});
    expect(
      providers
        .filter((p) => p.kind === 'specialist')
        .map((p) => p.strand)
        .sort(),
    ).toEqual(['dementia', 'end_of_life', 'learning_disability', 'meaningful_life', 'mental_health']);
    const courses = await manager.ok('training.listCourses', {});
    expect(courses.length).toBeGreaterThanOrEqual(25);
    const matrix = await manager.ok('training.matrix', {});
    expect(matrix.rows.length).toBeGreaterThan(100);
    const codes = new Set(matrix.rows.flatMap((r) => [...r.cells]));
    for (const code of ['V', 'X', 'M', '-']) expect(codes).toContain(code);
    const sessions = await manager.ok('training.listSessions', { from: '2026-11-23', to: '2026-11-23' });
    expect(sessions[0]?.booked).toBeGreaterThan(5);
    const alerts = await manager.ok('training.alerts', {});
    expect(alerts.length).toBeGreaterThan(0);
  });

  it('seeds about 300 people with teams of 6 to 12 and ~15 visits a week on average', async () => {
    const data = await loadPlannerData(tb.backend.deps.db, '2026-W48');
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
      tb.backend.deps.db,
      data.workers.map((w) => w.id),
    );
    expect([...needs.values()].some((s) => s.has('dementia'))).toBe(true);
  });

  it('holds a postcode directory of its people’s postcodes, so a person can be added by postcode alone', async () => {
    const directory = await manager.ok('postcodes.directory', {});
    expect(directory.postcodes).toBeGreaterThan(100);
    const someone = (await manager.ok('clients.list', { limit: 1 })).rows[0]!;
    const known = await manager.ok('clients.get', { id: someone.id });
    const added = await manager.ok('clients.create', {
      ...known,
      givenName: 'Postcode',
      familyName: 'Only',
      keyContacts: [],
      accessNotes: null,
      lat: null,
      lon: null,
    });
    expect(added.postcode).toBe(known.postcode);
    expect([added.lat, added.lon]).not.toContain(null);
  });

  it('places every care worker on a step, with apprentices across the four standards', async () => {
    const overview = await manager.ok('pathway.overview', {});
    const care = overview.filter((r) => r.stepName !== null);
    expect(care.length).toBeGreaterThan(130);
    const dash = await manager.ok('apprenticeships.dashboard', {});
    expect(dash.activeByStandard.map((s) => s.standardCode)).toEqual(['ST0005', 'ST0006', 'ST0007', 'ST0008']);
    expect(dash.active.length).toBeGreaterThanOrEqual(12);
    expect(dash.behind.length).toBeGreaterThan(0);
    expect(dash.reviewsDue.some((r) => r.reviewDaysLeft < 0)).toBe(true);
    expect(dash.gatewaysSoon.length).toBeGreaterThan(0);
    expect(dash.completionsByMonth.reduce((n, m) => n + m.count, 0)).toBe(2);
    const career = await manager.ok('pathway.career', {});
    expect(career.promotionsLast12Months).toBeGreaterThan(0);
    expect(career.byCategory.find((c) => c.cwpCategory === 1)!.count).toBeGreaterThan(0);
    // Demo history meets each step's requirements, so no placement carries an override.
    const audit = await manager.ok('audit.list', { action: 'pathway.progressOverride' });
    expect(audit).toHaveLength(0);
  });

  it('is staffed as a branch would be: care workers in several teams, each with a day off a week', async () => {
    const data = await loadPlannerData(tb.backend.deps.db, '2026-W51');
    const teamsOf = new Map<string, number>();
    for (const c of data.clients) for (const id of c.teamWorkerIds) teamsOf.set(id, (teamsOf.get(id) ?? 0) + 1);
    const inTeams = data.workers.filter((w) => teamsOf.has(w.id));
    expect(inTeams.length).toBeGreaterThan(120);
    for (const w of inTeams) {
      expect(teamsOf.get(w.id)).toBeGreaterThanOrEqual(2);
      expect(new Set(w.windows.map((x) => x.date)).size).toBeLessThanOrEqual(6);
    }
  });

  it('plans a week with under 1% of visits left, each naming why every team member was ruled out', async () => {
    const coordinator = await tb.signedIn('coordinator');
    const view = await coordinator.ok('rota.planWeek', { isoWeek: '2026-W51' });
    const names = new Map(view.workers.map((w) => [w.id, w.name]));
    const teams = new Map(view.clients.map((c) => [c.id, c.teamWorkerIds]));
    const unassigned = view.visits.filter((v) => v.workerIds.length < v.workersNeeded);
    expect(view.visits.length).toBeGreaterThan(4000);
    expect(unassigned.length).toBeLessThan(view.visits.length / 100);
    for (const visit of unassigned) {
      expect(visit.unassignedReasons.length).toBeGreaterThan(0);
      for (const reason of visit.unassignedReasons) expect(reason.message).not.toBe('');
      const named = new Set(visit.unassignedReasons.flatMap((r) => r.workerNames));
      const notThere = (teams.get(visit.clientId) ?? []).filter((id) => !visit.workerIds.includes(id));
      expect(notThere.filter((id) => !named.has(names.get(id) ?? id))).toEqual([]);
    }
  }, 180_000);
});
