import { afterEach, describe, expect, it } from 'vitest';
import type { RotaEdit } from '@shared/domain/rota-board/board';
import { insertCoverRecord } from '@main/services/rota-cover/cover-records';
import {
  anAccount,
  aQuickPlanner,
  aStaffMember,
  aWeekOfVisits,
  aWorkerClearedToWork,
  openBranch,
  write,
} from '@test/fixtures/builders';
import { anUncoveredVisit, COVER_WEEK } from '@test/fixtures/rota-cover-scenario';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';

// The board's live check keeps the week it loaded while nothing has been written to the store since. Each test here
// checks the same edit twice with one thing the check reads changed in between (through the app, as a user would
// change it): the second check must see the change.

const WEEK = '2026-W48'; // Mon 23 to Sun 29 November 2026; the tests' today is the Monday
const TUESDAY = '2026-11-24';
const FRIDAY = '2026-11-27';

let t: TestBackend | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** Two people visited morning and tea-time Monday to Saturday by two cleared workers and one whose DBS is pending. */
async function aPlannedWeek() {
  const tb = await openBranch();
  t = tb;
  await aQuickPlanner(tb);
  await anAccount(tb, 'coordinator');
  await anAccount(tb, 'manager');
  const ann = await aWorkerClearedToWork(tb);
  const bo = await aWorkerClearedToWork(tb);
  // Applied for an enhanced check on Friday 20 November; no certificate yet, so by default not allowed to start.
  const pending = await aStaffMember(tb, { startDate: '2026-11-16', sensitive: { dbsAppliedOn: '2026-11-20' } });
  await aWeekOfVisits(tb, { people: 2, workers: [ann.id, bo.id, pending.id] });
  const coordinator = await tb.signedIn('coordinator');
  const manager = await tb.signedIn('manager');
  const view = await coordinator.ok('rota.planWeek', { isoWeek: WEEK, iterations: 2000 });
  /** The first visit of each person on a day (their mornings), each needing one worker and given one. */
  const morningsOn = (date: string) => {
    const [first, other] = [...new Set(view.visits.map((v) => v.clientId))].map((clientId) =>
      view.visits.find((v) => v.date === date && v.clientId === clientId),
    );
    if (first?.workersNeeded !== 1 || other?.workersNeeded !== 1 || first.workerIds.length !== 1)
      throw new Error(`no single-worker mornings on ${date}`);
    return { first, other, worker: first.workerIds[0] as string };
  };
  return { coordinator, manager, ann, pending, morningsOn };
}

async function breachesOf(coordinator: TestClient, isoWeek: string, edit: RotaEdit): Promise<string[]> {
  const r = await coordinator.ok('rota.checkEdit', { isoWeek, edit });
  return r.breaches.map((b) => `${b.code}: ${b.message}`);
}

describe('the board’s live check never answers from an out-of-date week', () => {
  it('sees another visit given to the same worker at the same time since the last check', async () => {
    const { coordinator, morningsOn } = await aPlannedWeek();
    const { first, other, worker } = morningsOn(TUESDAY);
    const save = (edit: RotaEdit) => coordinator.ok('rota.edit', { isoWeek: WEEK, edit });
    await save({ kind: 'unassign', visitId: first.id });
    await save({ kind: 'unassign', visitId: other.id });
    // The other person's morning at the same time as the first's, with the first's worker: free until the first
    // person's morning is given back to them.
    const edit: RotaEdit = { kind: 'assign', visitId: other.id, workerIds: [worker], startMinute: first.startMinute };
    expect((await breachesOf(coordinator, WEEK, edit)).filter((b) => b.startsWith('overlap'))).toEqual([]);
    await save({ kind: 'assign', visitId: first.id, workerIds: [worker] });
    expect((await breachesOf(coordinator, WEEK, edit)).filter((b) => b.startsWith('overlap'))).not.toEqual([]);
  }, 60_000);

  it('sees a leaving date entered on the worker’s record since the last check', async () => {
    const { coordinator, morningsOn } = await aPlannedWeek();
    const { first, worker } = morningsOn(FRIDAY);
    // Given back to its worker once taken off (a check tells only what an edit would newly break).
    await coordinator.ok('rota.edit', { isoWeek: WEEK, edit: { kind: 'unassign', visitId: first.id } });
    const edit: RotaEdit = { kind: 'assign', visitId: first.id, workerIds: [worker] };
    expect((await breachesOf(coordinator, WEEK, edit)).filter((b) => b.startsWith('ineligible'))).toEqual([]);
    await write(t as TestBackend, 'staff.updateDetails', {
      id: worker,
      details: { leavingDate: '2026-11-26', leaveReason: 5 },
    });
    expect(await breachesOf(coordinator, WEEK, edit)).toContain(
      'ineligible: worker may not work on this date (left on Thu 26 Nov 2026)',
    );
  }, 60_000);

  it('sees the branch’s DBS policy changed since the last check', async () => {
    const { coordinator, manager, pending, morningsOn } = await aPlannedWeek();
    const { first } = morningsOn(TUESDAY);
    const edit: RotaEdit = { kind: 'assign', visitId: first.id, workerIds: [pending.id] };
    expect((await breachesOf(coordinator, WEEK, edit)).filter((b) => b.startsWith('ineligible'))).not.toEqual([]);
    await manager.ok('policy.updateDbsPendingPolicy', { policy: 'allowed' });
    expect((await breachesOf(coordinator, WEEK, edit)).filter((b) => b.startsWith('ineligible'))).toEqual([]);
  }, 60_000);

  it('sees a sickness accepted since the last check (the week’s snapshot learns of the absence)', async () => {
    const { coordinator, ann, morningsOn } = await aPlannedWeek();
    const { first } = morningsOn(FRIDAY);
    const edit: RotaEdit = { kind: 'assign', visitId: first.id, workerIds: [ann.id] };
    expect((await breachesOf(coordinator, WEEK, edit)).filter((b) => b.startsWith('unavailable'))).toEqual([]);
    const report = await coordinator.ok('rota.reportSickness', {
      isoWeek: WEEK,
      staffId: ann.id,
      startDate: FRIDAY,
      endDate: FRIDAY,
      note: null,
    });
    await coordinator.ok('rota.acceptCover', {
      isoWeek: WEEK,
      absenceId: report.absenceId,
      choices: report.proposals.map((p) => ({ visitId: p.visitId, workerId: null })),
    });
    expect((await breachesOf(coordinator, WEEK, edit)).filter((b) => b.startsWith('unavailable'))).not.toEqual([]);
  }, 60_000);

  it('sees consent for a worker outside the team recorded since the last check', async () => {
    const tb = await openBranch();
    t = tb;
    const { boId, visitId } = await anUncoveredVisit(tb);
    const coordinator = await tb.signedIn('coordinator');
    const edit: RotaEdit = { kind: 'assign', visitId, workerIds: [boId] };
    expect(await breachesOf(coordinator, COVER_WEEK, edit)).toContain(
      'not_in_team: worker is not in the person’s chosen team',
    );
    const view = await coordinator.ok('rota.getWeek', { isoWeek: COVER_WEEK });
    // Kept as the cover page keeps it, with nothing else changed (asking the worker would also give them the visit).
    await insertCoverRecord(tb.backend.deps.db, {
      id: 'consent-1',
      iso_week: COVER_WEEK,
      visit_id: visitId,
      client_id: view.visits.find((v) => v.id === visitId)?.clientId ?? '',
      kind: 'outside_consent',
      worker_id: boId,
      given_by: 'Jo Green',
      relationship: 'daughter',
      given_on: '2026-11-23',
      duration_minutes: null,
      reason: null,
      recorded_by: 'coordinator',
      recorded_at: tb.clock.now().toISOString(),
    });
    expect(await breachesOf(coordinator, COVER_WEEK, edit)).not.toContain(
      'not_in_team: worker is not in the person’s chosen team',
    );
  }, 60_000);
});
