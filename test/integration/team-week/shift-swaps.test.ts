import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { write } from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';
import type { RotaNeighbourhood } from '@test/fixtures/rota-app-neighbourhood';
import type { BoardVisit } from '@shared/domain/rota-board/board';
import type { ChangeRequest } from '@shared/domain/team-week/team-changes';
import { aPublishedWeekWithALateMeeting, staffNameOf } from './two-workers-branch';

const WEEK = '2026-W48'; // Monday 23 November 2026; the tests' now is 09:00 that day

describe('swapping a whole shift with a teammate', () => {
  let t: TestBackend;
  let coordinator: TestClient;
  let manager: TestClient;
  let first: TestClient;
  let second: TestClient;
  let firstId: string;
  let secondId: string;
  let secondName: string;
  let hood: RotaNeighbourhood;

  beforeAll(async () => {
    ({ t, coordinator, manager, first, second, firstId, secondId, hood } = await aPublishedWeekWithALateMeeting(WEEK));
    secondName = await staffNameOf(t, secondId);
  }, 60_000);
  afterAll(async () => t.close());

  const board = async () => (await coordinator.ok('rota.getWeek', { isoWeek: WEEK })).visits;
  const holders = async (ids: readonly string[]) => {
    const byId = new Map((await board()).map((v) => [v.id, v.workerIds]));
    return ids.map((id) => byId.get(id));
  };
  const options = () => first.ok('teamWeek.shiftSwapOptions', { isoWeek: WEEK });
  const shiftOn = async (staffId: string, date: string) =>
    (await board()).filter((v) => v.date === date && v.workerIds.includes(staffId));
  /** The coordinator puts a worker on a visit alone; whether the validator let it. */
  const put = async (visit: BoardVisit, staffId: string) =>
    (
      await coordinator.call('rota.edit', {
        isoWeek: WEEK,
        edit: { kind: 'assign', visitId: visit.id, workerIds: [staffId] },
      })
    ).ok;
  const THURSDAY = '2026-11-26';

  it('shapes the week: the second worker gets person 3’s Thursday visits and one on Friday', async () => {
    // The tests below need to know exactly what each worker's shift holds, whatever the planner chose (it balances
    // hours, so it spreads visits): the second worker starts with no visits at all, and from Thursday to Saturday the
    // first goes to person 2 only.
    const thursdayToSaturday = ['2026-11-26', '2026-11-27', '2026-11-28'];
    const unassign = (visit: BoardVisit) =>
      coordinator.ok('rota.edit', { isoWeek: WEEK, edit: { kind: 'unassign', visitId: visit.id } });
    for (const v of await board()) {
      const laterThisWeek = thursdayToSaturday.includes(v.date);
      if (v.workerIds.includes(secondId)) await unassign(v);
      else if (laterThisWeek && v.clientId !== hood.clientIds[2] && v.workerIds.includes(firstId)) await unassign(v);
      // On Tuesday the first worker's shift is only people in both teams: the rest rule is then all that stops it.
      else if (v.date === '2026-11-24' && v.clientId === hood.clientIds[1] && v.workerIds.includes(firstId))
        await unassign(v);
    }
    for (const v of await board())
      if (thursdayToSaturday.includes(v.date) && v.clientId === hood.clientIds[2] && v.workerIds[0] !== firstId)
        expect(await put(v, firstId)).toBe(true);
    const person3 = (date: string) =>
      board().then((vs) =>
        vs.filter((v) => v.date === date && v.clientId === hood.clientIds[3] && v.workersNeeded === 1),
      );
    for (const v of await person3(THURSDAY)) expect(await put(v, secondId)).toBe(true);
    const [friday] = await person3('2026-11-27');
    if (!friday) throw new Error('no Friday visit to person 3');
    expect(await put(friday, secondId)).toBe(true);
    expect((await shiftOn(secondId, THURSDAY)).length).toBeGreaterThan(0);
    expect((await shiftOn(firstId, THURSDAY)).length).toBeGreaterThan(0);
  });

  it('offers a shift only to teammates in the team of every person on it, and says why not to the others', async () => {
    // On Saturday the first worker also takes a visit to someone else, so their shift spans two people's teams.
    const saturday = (await board()).filter(
      (v) => v.date === '2026-11-28' && v.workersNeeded === 1 && !v.workerIds.includes(firstId),
    );
    let added = false;
    for (const v of saturday.sort((a, b) => b.startMinute - a.startMinute)) if ((added = await put(v, firstId))) break;
    expect(added).toBe(true);
    const teams = await t.backend.deps.db.selectFrom('client_team_member').select(['client_id', 'staff_id']).execute();
    const inTeam = (clientId: string, staffId: string) =>
      teams.some((m) => m.client_id === clientId && m.staff_id === staffId);
    const week = await options();
    expect(week).toMatchObject({ published: true });
    const boardById = new Map((await board()).map((v) => [v.id, v]));
    let someoneRefused = false;
    for (const shift of week.shifts) {
      const people = [...new Set(shift.visits.map((v) => boardById.get(v.visitId)?.clientId ?? ''))];
      const anyTeam = new Set(teams.filter((m) => people.includes(m.client_id)).map((m) => m.staff_id));
      anyTeam.delete(firstId);
      // Everyone in the team of any person on the shift is listed; offered exactly when in every one of those teams.
      expect(shift.teammates.map((m) => m.staffId).sort()).toEqual([...anyTeam].sort());
      for (const m of shift.teammates) {
        expect(m.offered).toBe(people.every((c) => inTeam(c, m.staffId)));
        if (!m.offered) {
          someoneRefused = true;
          expect(m.whyNot).toMatch(/^Not in the team of /);
          expect(m.shifts).toEqual([]);
        }
      }
      expect(shift.minutes).toBe(shift.visits.reduce((sum, v) => sum + v.durationMinutes, 0));
    }
    expect(someoneRefused).toBe(true);
    // The second worker's Thursday shift is offered in exchange for the first worker's Thursday.
    const thursday = week.shifts.find((s) => s.date === THURSDAY);
    const second = thursday?.teammates.find((m) => m.staffId === secondId);
    expect(second?.offered).toBe(true);
    expect(second?.shifts.map((s) => s.date)).toContain(THURSDAY);
  });

  it('refuses a shift that breaks the 11-hour rest, naming the rule and the worker, and writes nothing', async () => {
    const tuesday = await shiftOn(firstId, '2026-11-24');
    expect(Math.min(...tuesday.map((v) => v.startMinute))).toBeLessThan(10 * 60 + 30);
    const { stamp } = await options();
    const r = await first.call('teamWeek.proposeShiftSwap', {
      isoWeek: WEEK,
      date: '2026-11-24',
      teammateId: secondId,
      otherDate: null,
      stamp,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', issues: [{ path: ['teammateId'] }] } });
    if (!r.ok) {
      expect(r.error.message).toContain('less than the minimum daily rest between working days');
      expect(r.error.message).toContain(secondName);
    }
    expect(await first.ok('teamWeek.changeRequests', { isoWeek: WEEK })).toEqual([]);
    expect(await t.backend.deps.db.selectFrom('rota_change_request_visit').selectAll().execute()).toEqual([]);
  });

  it('refuses bad input naming the field: no visits, started, a teammate not in the teams, a stale week', async () => {
    const { stamp, shifts } = await options();
    const propose = (input: Partial<Record<string, unknown>>) =>
      first.call('teamWeek.proposeShiftSwap', {
        isoWeek: WEEK,
        date: THURSDAY,
        teammateId: secondId,
        otherDate: null,
        stamp,
        ...input,
      });
    // Sunday: the neighbourhood has no visits on Sundays.
    expect(await propose({ date: '2026-11-29' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['date'], message: expect.stringContaining('no visits') }] },
    });
    expect(await propose({ otherDate: '2026-11-29' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['otherDate'], message: expect.stringContaining('no visits') }] },
    });
    const saturday = shifts.find((s) => s.teammates.some((m) => !m.offered));
    const outsider = saturday?.teammates.find((m) => !m.offered);
    if (!saturday || !outsider) throw new Error('no shift with a teammate outside one of its teams');
    expect(await propose({ date: saturday.date, teammateId: outsider.staffId })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['teammateId'], message: expect.stringContaining('team of') }] },
    });
    expect(await propose({ teammateId: firstId })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['teammateId'] }] },
    });
    expect(await propose({ stamp: 'an older week' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', issues: [{ path: ['stamp'] }] },
    });
    const bad = await propose({ date: '2026-02-30', otherDate: 'Thursday', teammateId: 'someone' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!bad.ok)
      expect([...new Set(bad.error.issues?.map((i) => i.path.join('.')))].sort()).toEqual([
        'date',
        'otherDate',
        'teammateId',
      ]);
    // Monday: the coordinator moves the first worker to person 1's 08:45 visit, which started before now (09:00).
    for (const v of await shiftOn(firstId, '2026-11-23'))
      await coordinator.ok('rota.edit', { isoWeek: WEEK, edit: { kind: 'unassign', visitId: v.id } });
    const early = (await board()).find(
      (v) => v.date === '2026-11-23' && v.workersNeeded === 1 && v.startMinute < 9 * 60,
    );
    if (!early) throw new Error('no visit before 09:00 on Monday');
    expect(await put(early, firstId)).toBe(true);
    const now = await options();
    expect(now.shifts.map((s) => s.date)).not.toContain('2026-11-23');
    expect(await propose({ date: '2026-11-23', stamp: now.stamp })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['date'], message: expect.stringContaining('already started') }] },
    });
    expect(await first.ok('teamWeek.changeRequests', { isoWeek: WEEK })).toEqual([]);
  });

  let mine: BoardVisit[];
  let theirs: BoardVisit[];
  const proposeThursdayExchange = async (by: TestClient, teammateId: string) => {
    const { stamp } = await options();
    const requests = await by.ok('teamWeek.proposeShiftSwap', {
      isoWeek: WEEK,
      date: THURSDAY,
      teammateId,
      otherDate: THURSDAY,
      stamp,
    });
    // The one waiting for an answer (every request has the same time under the tests' fixed clock).
    return requests.find((r) => r.status === 'proposed') as ChangeRequest;
  };

  it('exchanges two shifts: proposed, accepted, approved by the coordinator, then made, logged and told', async () => {
    mine = await shiftOn(firstId, THURSDAY);
    theirs = await shiftOn(secondId, THURSDAY);
    const request = await proposeThursdayExchange(first, secondId);
    expect(request).toMatchObject({ kind: 'swap_shift', status: 'proposed', awaitingYou: false });
    expect(request.shift?.visits.map((v) => v.visitId).sort()).toEqual(mine.map((v) => v.id).sort());
    expect(request.otherShift?.visits.map((v) => v.visitId).sort()).toEqual(theirs.map((v) => v.id).sort());
    const askedNotice = await t.backend.deps.db
      .selectFrom('notice')
      .select('text')
      .where('staff_id', '=', secondId)
      .where('text', 'like', '%asks you to take their whole shift on Thu 26 Nov 2026%in exchange for your shift%')
      .execute();
    expect(askedNotice).toHaveLength(1);

    const asked = (await second.ok('teamWeek.changeRequests', { isoWeek: WEEK })).find((r) => r.id === request.id);
    expect(asked).toMatchObject({ awaitingYou: true });
    const accepted = await second.ok('teamWeek.respondToSwap', { requestId: request.id, accept: true });
    expect(accepted.find((r) => r.id === request.id)?.status).toBe('awaiting_coordinator');
    // Nothing moves until the coordinator approves (the branch's default setting).
    expect(await holders(mine.map((v) => v.id))).toEqual(mine.map(() => [firstId]));
    // A second answer to the same proposal is refused, naming it.
    expect(await second.call('teamWeek.respondToSwap', { requestId: request.id, accept: true })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', issues: [{ path: ['requestId'] }] },
    });

    const waiting = await coordinator.ok('teamWeek.changeRequests', { isoWeek: WEEK });
    expect(waiting.find((r) => r.id === request.id)).toMatchObject({ status: 'awaiting_coordinator' });
    await coordinator.ok('teamWeek.decideChange', { requestId: request.id, approve: true, note: null });
    expect(await holders(mine.map((v) => v.id))).toEqual(mine.map(() => [secondId]));
    expect(await holders(theirs.map((v) => v.id))).toEqual(theirs.map(() => [firstId]));

    const changes = await coordinator.ok('rota.changes', { isoWeek: WEEK });
    for (const v of [...mine, ...theirs])
      expect(changes.find((c) => c.visitId === v.id && c.what === 'swap')).toMatchObject({ by: 'coordinator' });
    const audited = await t.backend.deps.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', 'in', ['teamWeek.proposeShiftSwap', 'rota.edit.swap', 'teamWeek.approveChange'])
      .where('outcome', '=', 'success')
      .execute();
    expect(audited.find((a) => a.action === 'teamWeek.proposeShiftSwap')?.detail).toMatch(/^Asked .+’s shift on /);
    expect(audited.find((a) => a.action === 'rota.edit.swap')?.detail).toMatch(/^Shift swap: .+’s shift on .+ for /);
    expect(audited.find((a) => a.action === 'teamWeek.approveChange')?.detail).toMatch(/^The shift swap of /);
    const told = await t.backend.deps.db
      .selectFrom('notice')
      .select('staff_id')
      .where('text', 'like', 'The coordinator approved the shift swap%')
      .execute();
    expect(told.map((n) => n.staff_id).sort()).toEqual([firstId, secondId].sort());
  });

  it('with the branch setting, a shift swap inside continuity and the hours limit is made once accepted', async () => {
    await manager.ok('teamWeek.saveApproval', { mode: 'beyond_limit', hoursLimitMinutes: 120 });
    // Swap back: each worker visits the other shift's person on another day, and the hours move back even.
    const request = await proposeThursdayExchange(second, firstId);
    const answered = await first.ok('teamWeek.respondToSwap', { requestId: request.id, accept: true });
    expect(answered.find((r) => r.id === request.id)?.status).toBe('done');
    expect(await holders(mine.map((v) => v.id))).toEqual(mine.map(() => [firstId]));
    expect(await holders(theirs.map((v) => v.id))).toEqual(theirs.map(() => [secondId]));
    const coordinatorTold = await t.backend.deps.db
      .selectFrom('notice')
      .select('text')
      .where('text', 'like', '%accepted the swap of %’s shift on %; the rota has changed.')
      .execute();
    expect(coordinatorTold.length).toBeGreaterThan(0);
    await manager.ok('teamWeek.saveApproval', { mode: 'every', hoursLimitMinutes: 120 });
  });

  it('refuses an answer once the shift has changed since it was asked, with nothing changed', async () => {
    const request = await proposeThursdayExchange(first, secondId);
    // The coordinator takes the first worker off one visit of that shift after it was asked.
    const [dropped, ...kept] = mine;
    if (!dropped) throw new Error('no visit on the shift');
    await coordinator.ok('rota.edit', { isoWeek: WEEK, edit: { kind: 'unassign', visitId: dropped.id } });
    expect(await second.call('teamWeek.respondToSwap', { requestId: request.id, accept: true })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('changed since') },
    });
    expect(await holders(kept.map((v) => v.id))).toEqual(kept.map(() => [firstId]));
    expect(await holders(theirs.map((v) => v.id))).toEqual(theirs.map(() => [secondId]));
    const still = (await second.ok('teamWeek.changeRequests', { isoWeek: WEEK })).find((r) => r.id === request.id);
    expect(still?.status).toBe('proposed');
    await second.ok('teamWeek.respondToSwap', { requestId: request.id, accept: false });
    expect(await put(dropped, firstId)).toBe(true);
  });

  it('is all or nothing: a breach on one side at the answer refuses the whole swap, neither side moving', async () => {
    const request = await proposeThursdayExchange(first, secondId);
    // After asking, the second worker's leaving date is brought forward to Wednesday: they may no longer take the
    // first worker's Thursday visits, while the first worker could still take theirs.
    await write(t, 'staff.updateDetails', { id: secondId, details: { leavingDate: '2026-11-25', leaveReason: 5 } });
    const r = await second.call('teamWeek.respondToSwap', { requestId: request.id, accept: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!r.ok) {
      expect(r.error.message).toContain('worker may not work on this date');
      expect(r.error.message).toContain(secondName);
    }
    expect(await holders(mine.map((v) => v.id))).toEqual(mine.map(() => [firstId]));
    expect(await holders(theirs.map((v) => v.id))).toEqual(theirs.map(() => [secondId]));
    const still = (await second.ok('teamWeek.changeRequests', { isoWeek: WEEK })).find((x) => x.id === request.id);
    expect(still?.status).toBe('proposed');
  });
});
