import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anAccount,
  aQuickPlanner,
  aWeekOfVisits,
  aWorkerClearedToWork,
  openBranch,
  write,
  type BuiltStaff,
} from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';
import { validatePlan } from '@main/rota';
import { loadStoredPlan } from '@main/services/rota/stored-plan';

const WEEK = '2026-W48'; // Mon 23 to Sun 29 November 2026; the tests' today is the Monday
const RTW_EXPIRY = '2026-11-25'; // Wednesday: the last day the permission is valid
const LEAVING = '2026-11-26'; // Thursday: the last day worked

describe('who may work, and when: the planner, the board, cover and the validator apply one rule', () => {
  let t: TestBackend;
  let coordinator: TestClient;
  let expiring: BuiltStaff;
  let leaver: BuiltStaff;

  beforeAll(async () => {
    t = await openBranch();
    await aQuickPlanner(t);
    await anAccount(t, 'coordinator');
    coordinator = await t.signedIn('coordinator');
    expiring = await aWorkerClearedToWork(t, {
      details: { rtwDocumentType: 'share_code', rtwCheckedOn: '2025-11-20', rtwExpiry: RTW_EXPIRY },
    });
    leaver = await aWorkerClearedToWork(t, { details: { leavingDate: LEAVING, leaveReason: 5 } });
    // Two people visited at the same times, Monday to Saturday, with only these two workers: the planner needs both
    // every day it may use them, so any day the rule lets through shows up as visits.
    await aWeekOfVisits(t, { people: 2, workers: [expiring.id, leaver.id] });
    await coordinator.ok('rota.planWeek', { isoWeek: WEEK, iterations: 3000 });
  }, 120_000);
  afterAll(async () => t.close());

  it('gives no visits after the right to work expires or the leaving date, and says why on the board', async () => {
    const view = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    const datesOf = (id: string) => [
      ...new Set(view.visits.filter((v) => v.workerIds.includes(id)).map((v) => v.date)),
    ];
    expect(datesOf(expiring.id).sort()).toEqual(['2026-11-23', '2026-11-24', '2026-11-25']);
    expect(datesOf(leaver.id).sort()).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26']);
    expect(view.visits.filter((v) => v.date >= '2026-11-27').every((v) => v.workerIds.length === 0)).toBe(true);
    expect(view.warnings).toContain(
      `${expiring.givenName} ${expiring.familyName} may not work on Thu 26 Nov 2026 to Sun 29 Nov 2026: ` +
        'right to work expired Wed 25 Nov 2026.',
    );
    // The independent validator, reading the stored plan, agrees: no breach at all.
    const stored = await loadStoredPlan(t.backend.deps.db, WEEK);
    expect(validatePlan(stored.instance, stored.plan)).toEqual([]);
    // And it would catch the planner had it put the expiring worker on a Thursday visit.
    const thursday = stored.plan.assignments.find((a) => a.visitId.endsWith('2026-11-26'));
    if (!thursday) throw new Error('no assigned Thursday visit');
    const bad = {
      ...stored.plan,
      assignments: stored.plan.assignments.map((a) => (a === thursday ? { ...a, workerIds: [expiring.id] } : a)),
    };
    expect(validatePlan(stored.instance, bad).map((b) => b.code)).toContain('ineligible');
  });

  it('refuses a published-week edit putting an ineligible worker on a visit, with the reason; no change', async () => {
    const { stamp } = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    await coordinator.ok('rota.publish', { isoWeek: WEEK, stamp });
    const view = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    const friday = view.visits.find((v) => v.date === '2026-11-27' && v.workersNeeded === 1);
    if (!friday) throw new Error('no Friday visit');
    const r = await coordinator.call('rota.edit', {
      isoWeek: WEEK,
      edit: { kind: 'assign', visitId: friday.id, workerIds: [expiring.id] },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('CONFLICT');
      expect(r.error.message).toContain('may not work on this date (right to work expired Wed 25 Nov 2026)');
    }
    const live = await coordinator.ok('rota.checkEdit', {
      isoWeek: WEEK,
      edit: { kind: 'assign', visitId: friday.id, workerIds: [leaver.id] },
    });
    expect(live.breaches.map((b) => b.message)).toEqual(['worker may not work on this date (left on Thu 26 Nov 2026)']);
    const after = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    expect(after.visits.find((v) => v.id === friday.id)?.workerIds).toEqual([]);
    // "What stands in the way" names the reason for each of them.
    const e = await coordinator.ok('rota.explain', { isoWeek: WEEK, visitId: friday.id });
    const why = (id: string) => e.team.find((m) => m.workerId === id);
    expect(why(expiring.id)).toMatchObject({ status: 'ruled_out', rule: 'ineligible' });
    expect(why(expiring.id)?.message).toBe('worker may not work on this date: right to work expired Wed 25 Nov 2026');
    expect(why(leaver.id)?.message).toBe('worker may not work on this date: left on Thu 26 Nov 2026');
  });

  it('never proposes an ineligible worker as sickness cover', async () => {
    const cover = await coordinator.ok('rota.reportSickness', {
      isoWeek: WEEK,
      staffId: leaver.id,
      startDate: '2026-11-26',
      endDate: '2026-11-26',
      note: null,
    });
    // The leaver's Thursday visits need cover; the only other team member's right to work has expired.
    expect(cover.proposals.length).toBeGreaterThan(0);
    expect(cover.proposals.every((p) => p.proposed === null && p.alternatives.length === 0)).toBe(true);
  });

  it('reads eligibility as it stands now: a leaving date brought forward after publishing refuses it', async () => {
    const view = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    const thursday = view.visits.find((v) => v.date === '2026-11-26' && v.workerIds.includes(leaver.id));
    if (!thursday) throw new Error('no Thursday visit for the leaver');
    await coordinator.ok('rota.edit', { isoWeek: WEEK, edit: { kind: 'unassign', visitId: thursday.id } });
    await write(t, 'staff.updateDetails', { id: leaver.id, details: { leavingDate: '2026-11-25' } });
    const r = await coordinator.call('rota.edit', {
      isoWeek: WEEK,
      edit: { kind: 'assign', visitId: thursday.id, workerIds: [leaver.id] },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('left on Wed 25 Nov 2026');
  });
});
