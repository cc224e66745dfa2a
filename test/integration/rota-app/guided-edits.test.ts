import { afterEach, describe, expect, it } from 'vitest';
import { anAccount, aQuickPlanner, aWeekOfVisits, openBranch } from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';

const WEEK = '2026-W48'; // Monday 23 November 2026, the tests' "now"

let t: TestBackend | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** A branch with three people, four workers and the week planned; a coordinator signed in. */
async function aPlannedWeek(): Promise<{ tb: TestBackend; coordinator: TestClient }> {
  const tb = await openBranch();
  t = tb;
  await aQuickPlanner(tb, 1000);
  await anAccount(tb, 'coordinator');
  await aWeekOfVisits(tb, { people: 3, workers: 4 });
  const coordinator = await tb.signedIn('coordinator');
  await coordinator.ok('rota.planWeek', { isoWeek: WEEK, iterations: 1000 });
  return { tb, coordinator };
}

async function anAssignedVisit(coordinator: TestClient) {
  const view = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
  const visit = view.visits.find((v) => v.workerIds.length === 1 && v.workersNeeded === 1 && v.date > '2026-11-23');
  if (!visit) throw new Error('no assigned visit after today');
  return { view, visit };
}

const workersOn = async (coordinator: TestClient, visitId: string) =>
  (await coordinator.ok('rota.getWeek', { isoWeek: WEEK })).visits.find((v) => v.id === visitId)?.workerIds;

describe('guided edits: the team for a visit, in words', () => {
  it('lists who is on the visit, who is free (each assignable) with travel and continuity, who is not', async () => {
    const { coordinator } = await aPlannedWeek();
    const { view } = await anAssignedVisit(coordinator);
    let free = 0;
    for (const visit of view.visits.filter((v) => v.date > '2026-11-23').slice(0, 12)) {
      const e = await coordinator.ok('rota.explain', { isoWeek: WEEK, visitId: visit.id });
      const order = e.team.map((m) => ['assigned', 'possible', 'ruled_out'].indexOf(m.status));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      for (const m of e.team) {
        // Never a score on screen: no "cost", no decimals.
        expect(`${m.message} ${m.fit ?? ''}`).not.toMatch(/cost|\d\.\d/);
        if (m.status === 'ruled_out') {
          expect(m.fit).toBeNull();
          expect(m.message.length).toBeGreaterThan(10);
          continue;
        }
        expect(m.fit).toMatch(/travel; /);
        expect(m.fit).toMatch(/this person|this week/);
        if (m.status !== 'possible' || visit.workersNeeded !== 1) continue;
        // Every member the list offers as free can be given the visit: the validator agrees.
        free += 1;
        const check = await coordinator.ok('rota.checkEdit', {
          isoWeek: WEEK,
          edit: { kind: 'assign', visitId: visit.id, workerIds: [m.workerId] },
        });
        expect(check.breaches).toEqual([]);
      }
    }
    expect(free).toBeGreaterThan(0);
  }, 60_000);

  it('says how often a member already sees the person this week, matching the board', async () => {
    const { coordinator } = await aPlannedWeek();
    const { view, visit } = await anAssignedVisit(coordinator);
    const e = await coordinator.ok('rota.explain', { isoWeek: WEEK, visitId: visit.id });
    const on = e.team.find((m) => m.status === 'assigned');
    if (!on) throw new Error('nobody on the visit');
    const others = view.visits.filter(
      (v) => v.clientId === visit.clientId && v.id !== visit.id && v.workerIds.includes(on.workerId),
    ).length;
    expect(on.visitsToPerson).toBe(others);
    const words = ['does not see this person otherwise', 'already sees this person once', 'twice'];
    expect(on.fit).toContain(others < 3 ? words[others] : `${others} times this week`);
  }, 60_000);
});

describe('undo and redo of a draft week’s edits', () => {
  it('undoes and redoes an edit, named in words; history survives a new session; a new edit drops redo', async () => {
    const { tb, coordinator } = await aPlannedWeek();
    const { visit } = await anAssignedVisit(coordinator);
    const original = visit.workerIds;
    expect(await coordinator.ok('rota.editHistory', { isoWeek: WEEK })).toEqual({ undo: null, redo: null });

    await coordinator.ok('rota.edit', { isoWeek: WEEK, edit: { kind: 'unassign', visitId: visit.id } });
    const history = await coordinator.ok('rota.editHistory', { isoWeek: WEEK });
    expect(history.undo?.summary).toMatch(
      /^Took .+ off .+’s visit on (Tue|Wed|Thu|Fri|Sat|Sun) \d+ Nov 2026 at \d\d:\d\d$/,
    );
    expect(history.redo).toBeNull();

    // Another session of the same coordinator (a reload, another computer) sees the same history and can undo.
    const again = await tb.signedIn('coordinator');
    const undone = await again.ok('rota.undo', { isoWeek: WEEK });
    expect(undone.summary).toBe(history.undo?.summary);
    expect(await workersOn(coordinator, visit.id)).toEqual(original);
    const afterUndo = await coordinator.ok('rota.editHistory', { isoWeek: WEEK });
    expect(afterUndo).toMatchObject({ undo: null, redo: { summary: history.undo?.summary } });

    await coordinator.ok('rota.redo', { isoWeek: WEEK });
    expect(await workersOn(coordinator, visit.id)).toEqual([]);
    await coordinator.ok('rota.undo', { isoWeek: WEEK });
    expect(await workersOn(coordinator, visit.id)).toEqual(original);

    // A new edit after an undo: the undone edit can no longer be redone.
    await coordinator.ok('rota.edit', { isoWeek: WEEK, edit: { kind: 'pin', visitId: visit.id, pinned: true } });
    const afterPin = await coordinator.ok('rota.editHistory', { isoWeek: WEEK });
    expect(afterPin.redo).toBeNull();
    expect(afterPin.undo?.summary).toMatch(/^Pinned /);
    const redo = await coordinator.call('rota.redo', { isoWeek: WEEK });
    expect(redo.ok).toBe(false);
    if (!redo.ok) expect(redo.error.message).toBe('You have no edit to redo on this week.');
    await coordinator.ok('rota.undo', { isoWeek: WEEK });
    const view = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    expect(view.visits.find((v) => v.id === visit.id)).toMatchObject({ pinned: false, workerIds: original });
  }, 60_000);

  it('gives each coordinator their own undo: theirs, never a colleague’s newer edit', async () => {
    const { tb, coordinator } = await aPlannedWeek();
    await anAccount(tb, 'coordinator', { username: 'sam.coordinator' });
    const colleague = await tb.signedIn('sam.coordinator');
    const { view } = await anAssignedVisit(coordinator);
    const [mine, theirs] = view.visits.filter((v) => v.workerIds.length > 0 && v.date > '2026-11-23' && !v.pinned);
    if (!mine || !theirs) throw new Error('two assigned visits after today needed');
    const pin = (c: TestClient, visitId: string) =>
      c.ok('rota.edit', { isoWeek: WEEK, edit: { kind: 'pin', visitId, pinned: true } });
    const pinned = async (visitId: string) =>
      (await coordinator.ok('rota.getWeek', { isoWeek: WEEK })).visits.find((v) => v.id === visitId)?.pinned;
    await pin(coordinator, mine.id);
    await pin(colleague, theirs.id);

    const myUndo = (await coordinator.ok('rota.editHistory', { isoWeek: WEEK })).undo;
    const theirUndo = (await colleague.ok('rota.editHistory', { isoWeek: WEEK })).undo;
    expect(myUndo).toMatchObject({ by: 'coordinator' });
    expect(theirUndo).toMatchObject({ by: 'sam.coordinator' });
    expect(myUndo?.summary).not.toBe(theirUndo?.summary);

    // The colleague's edit is the newer, but Undo takes back the caller's own.
    expect((await coordinator.ok('rota.undo', { isoWeek: WEEK })).summary).toBe(myUndo?.summary);
    expect(await pinned(mine.id)).toBe(false);
    expect(await pinned(theirs.id)).toBe(true);
    expect(await coordinator.ok('rota.editHistory', { isoWeek: WEEK })).toMatchObject({
      undo: null,
      redo: { summary: myUndo?.summary },
    });
    // A colleague's new edit does not wipe out what the first coordinator can redo.
    expect(await colleague.ok('rota.editHistory', { isoWeek: WEEK })).toMatchObject({ undo: theirUndo, redo: null });
    await pin(colleague, mine.id);
    await colleague.ok('rota.undo', { isoWeek: WEEK });
    expect((await coordinator.ok('rota.editHistory', { isoWeek: WEEK })).redo?.summary).toBe(myUndo?.summary);
  }, 60_000);

  it('refuses to undo an edit whose visit changed since, naming it, and changes nothing', async () => {
    const { coordinator } = await aPlannedWeek();
    const { visit } = await anAssignedVisit(coordinator);
    const sick = visit.workerIds[0] as string;
    await coordinator.ok('rota.edit', { isoWeek: WEEK, edit: { kind: 'pin', visitId: visit.id, pinned: true } });
    // The worker calls in sick and the visit is left for action: a change the undo history does not hold.
    const report = await coordinator.ok('rota.reportSickness', {
      isoWeek: WEEK,
      staffId: sick,
      startDate: visit.date,
      endDate: visit.date,
      note: null,
    });
    await coordinator.ok('rota.acceptCover', {
      isoWeek: WEEK,
      absenceId: report.absenceId,
      choices: [{ visitId: visit.id, workerId: null }],
    });
    const before = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    const r = await coordinator.call('rota.undo', { isoWeek: WEEK });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('CONFLICT');
      expect(r.error.message).toMatch(/^“Pinned .+” can no longer be undone: the visit has changed since/);
    }
    const after = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    expect(after.stamp).toBe(before.stamp);
  }, 60_000);

  it('has nothing to undo once the week is published, or after it is planned again', async () => {
    const { coordinator } = await aPlannedWeek();
    const { visit } = await anAssignedVisit(coordinator);
    await coordinator.ok('rota.edit', { isoWeek: WEEK, edit: { kind: 'unassign', visitId: visit.id } });
    await coordinator.ok('rota.planWeek', { isoWeek: WEEK, iterations: 500, fromCurrent: true });
    expect(await coordinator.ok('rota.editHistory', { isoWeek: WEEK })).toEqual({ undo: null, redo: null });

    await coordinator.ok('rota.edit', { isoWeek: WEEK, edit: { kind: 'unassign', visitId: visit.id } });
    const { stamp } = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    await coordinator.ok('rota.publish', { isoWeek: WEEK, stamp });
    expect(await coordinator.ok('rota.editHistory', { isoWeek: WEEK })).toEqual({ undo: null, redo: null });
    const r = await coordinator.call('rota.undo', { isoWeek: WEEK });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('The week has been published, so its edits can no longer be undone.');
    expect(await workersOn(coordinator, visit.id)).toEqual([]);
  }, 60_000);
});
