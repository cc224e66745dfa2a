import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';
import type { RotaNeighbourhood } from '@test/fixtures/rota-app-neighbourhood';
import type { BoardVisit } from '@shared/domain/rota-board/board';
import { aPublishedWeekWithALateMeeting } from './two-workers-branch';

const WEEK = '2026-W48'; // Monday 23 November 2026; the tests' now is 09:00 that day

describe('swaps and give-ups between teammates', () => {
  let t: TestBackend;
  let coordinator: TestClient;
  let manager: TestClient;
  let first: TestClient;
  let second: TestClient;
  let firstId: string;
  let secondId: string;
  let hood: RotaNeighbourhood;

  beforeAll(async () => {
    ({ t, coordinator, manager, first, second, firstId, secondId, hood } = await aPublishedWeekWithALateMeeting(WEEK));
  }, 60_000);
  afterAll(async () => t.close());

  /** The first worker's single visits to people in both workers' teams, on a day. */
  async function firstWorkersVisits(date: string): Promise<BoardVisit[]> {
    const shared = new Set([hood.clientIds[0], hood.clientIds[2], hood.clientIds[3]]);
    const board = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    return board.visits.filter(
      (v) => v.date === date && v.workersNeeded === 1 && v.workerIds[0] === firstId && shared.has(v.clientId),
    );
  }

  /** Person 0's morning visit that day (the earliest of anyone's, about 08:00), with the first worker put on it. */
  async function firstWorkerOnMorningVisit(date: string): Promise<BoardVisit> {
    const board = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    const morning = board.visits
      .filter((v) => v.date === date && v.clientId === hood.clientIds[0] && v.workersNeeded === 1)
      .sort((a, b) => a.startMinute - b.startMinute)[0];
    if (!morning) throw new Error(`no morning visit on ${date}`);
    // Whatever the first worker has around it that day goes back to the team, so nothing is in the way.
    for (const v of board.visits)
      if (
        v.id !== morning.id &&
        v.date === date &&
        v.workerIds.includes(firstId) &&
        v.startMinute < morning.startMinute + morning.durationMinutes + 60 &&
        v.startMinute + v.durationMinutes + 60 > morning.startMinute
      )
        await coordinator.ok('rota.edit', { isoWeek: WEEK, edit: { kind: 'unassign', visitId: v.id } });
    if (morning.workerIds[0] !== firstId)
      await coordinator.ok('rota.edit', {
        isoWeek: WEEK,
        edit: { kind: 'assign', visitId: morning.id, workerIds: [firstId] },
      });
    return morning;
  }

  /** Propose swaps of the first worker's visits that day until one keeps every rule. */
  async function aValidSwap(date: string) {
    for (const v of await firstWorkersVisits(date)) {
      const r = await first.call('teamWeek.proposeSwap', {
        isoWeek: WEEK,
        visitId: v.id,
        teammateId: secondId,
        otherVisitId: null,
      });
      if (r.ok) return { visit: v, requests: r.value };
    }
    throw new Error(`no swap on ${date} keeps every rule`);
  }

  it('refuses a swap that breaks the 11-hour rest, naming why, and writes nothing', async () => {
    const early = await firstWorkerOnMorningVisit('2026-11-24');
    expect(early.startMinute).toBeLessThan(10 * 60 + 30);
    const r = await first.call('teamWeek.proposeSwap', {
      isoWeek: WEEK,
      visitId: early.id,
      teammateId: secondId,
      otherVisitId: null,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!r.ok) expect(r.error.message).toContain('less than the minimum daily rest between working days');
    expect(await first.ok('teamWeek.changeRequests', { isoWeek: WEEK })).toEqual([]);
  });

  it('by default waits for the coordinator: proposed, accepted, approved, then made and logged', async () => {
    const { visit, requests } = await aValidSwap('2026-11-26');
    expect(requests[0]).toMatchObject({ kind: 'swap', status: 'proposed', awaitingYou: false });
    const asked = await second.ok('teamWeek.changeRequests', { isoWeek: WEEK });
    expect(asked[0]).toMatchObject({ status: 'proposed', awaitingYou: true });
    const notice = await t.backend.deps.db
      .selectFrom('notice')
      .select('text')
      .where('staff_id', '=', secondId)
      .where('text', 'like', '%asks you to take%')
      .execute();
    expect(notice).toHaveLength(1);

    const accepted = await second.ok('teamWeek.respondToSwap', { requestId: asked[0]?.id ?? '', accept: true });
    expect(accepted[0]?.status).toBe('awaiting_coordinator');
    const board = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    expect(board.visits.find((v) => v.id === visit.id)?.workerIds).toEqual([firstId]);

    const approved = await coordinator.ok('teamWeek.decideChange', {
      requestId: asked[0]?.id ?? '',
      approve: true,
      note: null,
    });
    expect(approved.find((r) => r.id === asked[0]?.id)?.status).toBe('done');
    const after = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    expect(after.visits.find((v) => v.id === visit.id)?.workerIds).toEqual([secondId]);
    const changes = await coordinator.ok('rota.changes', { isoWeek: WEEK });
    expect(changes.find((c) => c.visitId === visit.id)).toMatchObject({ by: 'coordinator', what: 'swap' });
    const told = await t.backend.deps.db
      .selectFrom('notice')
      .select('staff_id')
      .where('text', 'like', 'The coordinator approved%')
      .execute();
    expect(told.map((n) => n.staff_id).sort()).toEqual([firstId, secondId].sort());
    // Answered once only.
    expect(await second.call('teamWeek.respondToSwap', { requestId: asked[0]?.id ?? '', accept: true })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('with the branch setting, a swap inside continuity and the hours limit is made once accepted', async () => {
    await manager.ok('teamWeek.saveApproval', { mode: 'beyond_limit', hoursLimitMinutes: 120 });
    expect(await coordinator.ok('teamWeek.approval', {})).toEqual({ mode: 'beyond_limit', hoursLimitMinutes: 120 });
    // A person the second worker already visits this week, so continuity holds. The plan need not have the first
    // worker on such a visit on Friday: the coordinator puts them on one first, as the office might.
    const board = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    const knows = new Set(board.visits.filter((v) => v.workerIds.includes(secondId)).map((v) => v.clientId));
    const shared = new Set([hood.clientIds[0], hood.clientIds[2], hood.clientIds[3]]);
    const friday = board.visits.filter(
      (v) => v.date === '2026-11-27' && v.workersNeeded === 1 && shared.has(v.clientId) && knows.has(v.clientId),
    );
    let made: string | null = null;
    for (const v of friday) {
      if (v.workerIds[0] !== firstId) {
        const edit = { kind: 'assign' as const, visitId: v.id, workerIds: [firstId] };
        if (!(await coordinator.call('rota.edit', { isoWeek: WEEK, edit })).ok) continue;
      }
      const r = await first.call('teamWeek.proposeSwap', {
        isoWeek: WEEK,
        visitId: v.id,
        teammateId: secondId,
        otherVisitId: null,
      });
      if (!r.ok) continue;
      const request = r.value.find((x) => x.visit.visitId === v.id && x.status === 'proposed');
      const answered = await second.ok('teamWeek.respondToSwap', { requestId: request?.id ?? '', accept: true });
      expect(answered.find((x) => x.id === request?.id)?.status).toBe('done');
      made = v.id;
      break;
    }
    if (made === null) throw new Error('no Friday swap keeps every rule');
    const after = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    expect(after.visits.find((v) => v.id === made)?.workerIds).toEqual([secondId]);
    const changes = await coordinator.ok('rota.changes', { isoWeek: WEEK });
    expect(changes.find((c) => c.visitId === made && c.what === 'swap')).toMatchObject({ by: 'worker2' });
    await manager.ok('teamWeek.saveApproval', { mode: 'every', hoursLimitMinutes: 120 });
  });

  it('refuses a give-up after the visit started and one without a reason, naming the field', async () => {
    const started = await firstWorkerOnMorningVisit('2026-11-23');
    expect(started.startMinute).toBeLessThanOrEqual(9 * 60);
    const late = await first.call('teamWeek.giveUp', {
      isoWeek: WEEK,
      visitId: started.id,
      sickness: false,
      reason: 'Car broke down',
    });
    expect(late).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [{ path: ['visitId'], message: expect.stringContaining('already started') }],
      },
    });
    const noReason = await first.call('teamWeek.giveUp', {
      isoWeek: WEEK,
      visitId: started.id,
      sickness: false,
      reason: '   ',
    });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['reason'] }] } });
    const after = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    expect(after.visits.find((v) => v.id === started.id)?.workerIds).toEqual([firstId]);
  });

  it('gives up a visit through sickness at once: it is open for the team, who are told, and logged', async () => {
    const [visit] = await firstWorkersVisits('2026-11-28');
    if (!visit) throw new Error('no Saturday visit');
    const requests = await first.ok('teamWeek.giveUp', {
      isoWeek: WEEK,
      visitId: visit.id,
      sickness: true,
      reason: 'Flu',
    });
    expect(requests.find((r) => r.visit.visitId === visit.id)).toMatchObject({
      kind: 'give_up',
      status: 'done',
      sickness: true,
      reason: 'Flu',
    });
    const open = (await second.ok('teamWeek.get', { isoWeek: WEEK })).people
      .flatMap((p) => p.visits)
      .find((v) => v.visitId === visit.id);
    expect(open).toMatchObject({ open: true });
    const teamTold = await t.backend.deps.db
      .selectFrom('notice')
      .select('text')
      .where('staff_id', '=', secondId)
      .where('text', 'like', '%It is open: take it under Team week%')
      .execute();
    expect(teamTold).toHaveLength(1);
    const changes = await coordinator.ok('rota.changes', { isoWeek: WEEK });
    expect(changes.find((c) => c.visitId === visit.id)).toMatchObject({ by: 'worker' });
    const audited = await t.backend.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['teamWeek.giveUp', 'teamWeek.proposeSwap', 'teamWeek.approveChange'])
      .execute();
    expect(new Set(audited.map((a) => a.action))).toEqual(
      new Set(['teamWeek.giveUp', 'teamWeek.proposeSwap', 'teamWeek.approveChange']),
    );
  });

  it('records the worker off sick on the day given up through sickness, once, and tells the coordinator', async () => {
    const sickness = () =>
      t.backend.deps.db
        .selectFrom('availability_exception')
        .select(['start_date', 'start_minute', 'end_date', 'note', 'requested_by'])
        .where('staff_id', '=', firstId)
        .where('kind', '=', 'sickness')
        .execute();
    expect(await sickness()).toEqual([
      { start_date: '2026-11-28', start_minute: 0, end_date: '2026-11-28', note: 'Flu', requested_by: 'worker' },
    ]);
    const coordinatorTold = await t.backend.deps.db
      .selectFrom('notice')
      .select('text')
      .where('text', 'like', '%They are recorded off sick on Sat 28 Nov 2026.%')
      .execute();
    expect(coordinatorTold.length).toBeGreaterThan(0);
    // A second visit given up that day through sickness adds no second record (the day is already recorded).
    const [another] = await firstWorkersVisits('2026-11-28');
    if (another) {
      await first.ok('teamWeek.giveUp', { isoWeek: WEEK, visitId: another.id, sickness: true, reason: 'Still flu' });
      expect(await sickness()).toHaveLength(1);
    }
  });
});
