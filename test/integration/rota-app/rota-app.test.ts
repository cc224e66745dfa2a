import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anAccount,
  aPersonRecord,
  aQuickPlanner,
  aWorkerClearedToWork,
  CLEARED_DBS,
  aVisit,
  aWeekOfVisits,
  openBranch,
  write,
} from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';
import type { RotaNeighbourhood } from '@test/fixtures/rota-app-neighbourhood';
import type { AppEvent, EventPayload } from '@shared/contract/events';

const WEEK = '2026-W48'; // Monday 23 November 2026, the tests' "now"
const rate = (pencePerHour: number) => ({ effectiveFrom: '2024-01-08', pencePerHour, note: null });

describe('rota in the app: plan, board, edits, explain, sickness, publish, worker week', () => {
  let t: TestBackend;
  let coordinator: TestClient;
  let worker: TestClient;
  let hood: RotaNeighbourhood;
  let lowPaid: string;

  beforeAll(async () => {
    t = await openBranch();
    await aQuickPlanner(t);
    await anAccount(t, 'coordinator');
    const workerAccount = await anAccount(t, 'worker', { staff: { payRates: [rate(1400)], sensitive: CLEARED_DBS } });
    coordinator = await t.signedIn('coordinator');
    worker = await t.signedIn('worker');
    // Six care workers: the `worker` account in every team, four paid £14.00 and one paid below the £12.75 floor.
    const others = [];
    for (let i = 0; i < 4; i += 1) others.push((await aWorkerClearedToWork(t, { payRates: [rate(1400)] })).id);
    lowPaid = (await aWorkerClearedToWork(t, { payRates: [rate(1250)] })).id;
    // A paid team meeting puts the low-paid worker in the week's pay whatever the planner gives them.
    await write(t, 'availability.addTeamMeeting', {
      staffIds: [lowPaid],
      date: '2026-11-23',
      startMinute: 14 * 60,
      endMinute: 15 * 60,
      note: null,
    });
    // Six people, each with a team of four and a morning and a tea-time visit Monday to Saturday from today.
    hood = await aWeekOfVisits(t, { people: 6, workers: [workerAccount.staffId as string, ...others, lowPaid] });
  }, 60_000);
  afterAll(async () => t.close());

  it('refuses to plan a week with no ideal weeks in force, saving nothing', async () => {
    const r = await coordinator.call('rota.planWeek', { isoWeek: '2026-W40' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.issues?.[0]?.path).toEqual(['isoWeek']);
    }
    expect((await coordinator.ok('rota.getWeek', { isoWeek: '2026-W40' })).status).toBe('unplanned');
  });

  it('refuses a malformed week with the field named', async () => {
    const r = await coordinator.raw('rota.planWeek', { isoWeek: '2026-48' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues?.[0]?.path).toEqual(['isoWeek']);
  });

  it('plans a week in a worker thread with progress events, validator-clean, and shows it on the board', async () => {
    const events: AppEvent[] = [];
    const off = coordinator.onEvent((e) => events.push(e));
    const view = await coordinator.ok('rota.planWeek', { isoWeek: WEEK, iterations: 5000 });
    off();
    expect(view.status).toBe('draft');
    // The six people, each with two visits a day Monday to Saturday.
    expect(view.visits).toHaveLength(6 * 12);
    expect(view.visits.every((v) => hood.clientIds.includes(v.clientId))).toBe(true);
    expect(view.measures?.wtrExceptions).toBe(0);
    expect(view.measures?.unassignedVisits).toBe(view.visits.filter((v) => v.workerIds.length === 0).length);
    expect(
      view.visits.filter((v) => hood.clientIds.includes(v.clientId) && v.workerIds.length > 0).length,
    ).toBeGreaterThan(60);
    const progress = events.filter((e) => e.kind === 'rota.progress');
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.some((e) => (e.payload as EventPayload<'rota.progress'>).phase === 'done')).toBe(true);
    // Stable ids: ideal-week item + date.
    expect(view.visits[0]?.id).toMatch(/:2026-11-2\d$/);
  }, 60_000);

  it('refuses an edit that breaks a hard rule, in words, and saves nothing', async () => {
    const view = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    const visit = view.visits.find((v) => v.workerIds.length === 1);
    if (!visit) throw new Error('no assigned visit');
    const team = view.clients.find((c) => c.id === visit.clientId)?.teamWorkerIds ?? [];
    const outsider = hood.workerIds.find((w) => !team.includes(w));
    if (!outsider) throw new Error('every worker is in the team');
    const r = await coordinator.call('rota.edit', {
      isoWeek: WEEK,
      edit: { kind: 'assign', visitId: visit.id, workerIds: [outsider] },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('CONFLICT');
      expect(r.error.message).toContain('not in the person’s chosen team');
    }
    const after = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    expect(after.visits.find((v) => v.id === visit.id)?.workerIds).toEqual(visit.workerIds);
    // Moving a visit onto Sunday's hours (no availability) is refused too.
    const late = await coordinator.call('rota.edit', {
      isoWeek: WEEK,
      edit: { kind: 'move', visitId: visit.id, startMinute: 22 * 60 },
    });
    expect(late.ok).toBe(false);
  });

  it('allows valid edits (unassign, assign, pin) and explains a visit with each team member', async () => {
    const view = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    const visit = view.visits.find((v) => v.workerIds.length === 1 && v.workersNeeded === 1);
    if (!visit) throw new Error('no assigned visit');
    const original = visit.workerIds[0] as string;
    await coordinator.ok('rota.edit', { isoWeek: WEEK, edit: { kind: 'unassign', visitId: visit.id } });
    const result = await coordinator.ok('rota.edit', {
      isoWeek: WEEK,
      edit: { kind: 'assign', visitId: visit.id, workerIds: [original] },
    });
    expect(result.saved).toBe(true);
    await coordinator.ok('rota.edit', { isoWeek: WEEK, edit: { kind: 'pin', visitId: visit.id, pinned: true } });
    const e = await coordinator.ok('rota.explain', { isoWeek: WEEK, visitId: visit.id });
    expect(e.assignedNames.length).toBe(1);
    expect(e.team.length).toBeGreaterThan(1);
    expect(e.team.filter((m) => m.status === 'assigned')).toHaveLength(1);
    const after = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    expect(after.visits.find((v) => v.id === visit.id)?.pinned).toBe(true);
  });

  it('refuses to change a visit on a day that has passed, naming the day, and saves nothing', async () => {
    const view = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    const monday = view.visits.find((v) => v.date === '2026-11-23' && v.workerIds.length === 1);
    const tuesday = view.visits.find((v) => v.date === '2026-11-24' && v.workerIds.length === 1);
    if (!monday || !tuesday) throw new Error('no assigned visits on Monday and Tuesday');
    t.clock.set('2026-11-24T09:00:00.000Z');
    try {
      // A day later the morning's session has locked: sign in again.
      const later = await t.signedIn('coordinator');
      const r = await later.call('rota.edit', { isoWeek: WEEK, edit: { kind: 'unassign', visitId: monday.id } });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('VALIDATION');
        expect(r.error.message).toContain('Mon 23 Nov 2026 has passed');
      }
      const after = await later.ok('rota.getWeek', { isoWeek: WEEK });
      expect(after.visits.find((v) => v.id === monday.id)?.workerIds).toEqual(monday.workerIds);
      // Today's visits can still change.
      const pin = await later.ok('rota.edit', {
        isoWeek: WEEK,
        edit: { kind: 'pin', visitId: tuesday.id, pinned: tuesday.pinned },
      });
      expect(pin.saved).toBe(true);
    } finally {
      t.clock.set('2026-11-23T09:00:00.000Z');
    }
  });

  it('a worker may not read the board, and sees nothing of a draft week', async () => {
    const r = await worker.call('rota.getWeek', { isoWeek: WEEK });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('FORBIDDEN');
    const mine = await worker.ok('rota.myWeek', { isoWeek: WEEK });
    expect(mine.published).toBe(false);
    expect(mine.visits).toEqual([]);
    // Record-level: a worker cannot print someone else's week.
    const other = hood.workerIds[1] as string;
    const p = await worker.call('rota.printWorkerWeek', { isoWeek: WEEK, staffId: other });
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error.code).toBe('FORBIDDEN');
  });

  it('publishes; the worker sees their own week, exports .ics and prints a PDF', async () => {
    const { stamp } = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    const view = await coordinator.ok('rota.publish', { isoWeek: WEEK, stamp });
    expect(view.status).toBe('published');
    const mine = await worker.ok('rota.myWeek', { isoWeek: WEEK });
    expect(mine.published).toBe(true);
    const expected = view.visits.filter((v) => v.workerIds.includes(hood.everyTeamWorkerId)).length;
    expect(mine.visits.length).toBe(expected);
    const ics = await worker.ok('rota.myWeekIcs', { isoWeek: WEEK });
    const text = Buffer.from(ics.base64, 'base64').toString('utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.split('BEGIN:VEVENT').length - 1).toBe(expected);
    const pdf = await worker.ok('rota.printWorkerWeek', { isoWeek: WEEK, staffId: hood.everyTeamWorkerId });
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const person = await coordinator.ok('rota.printPersonWeek', {
      isoWeek: WEEK,
      clientId: hood.clientIds[0] as string,
    });
    expect(Buffer.from(person.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it(
    'sickness: records the absence, proposes cover from the team ' +
      'only, changes nothing else, logs changes after publishing',
    async () => {
      const before = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
      const sick = hood.everyTeamWorkerId;
      const r = await coordinator.ok('rota.reportSickness', {
        isoWeek: WEEK,
        staffId: sick,
        startDate: '2026-11-25',
        startMinute: 0,
        endDate: '2026-11-25',
        note: null,
      });
      const affected = before.visits.filter((v) => v.workerIds.includes(sick) && v.date === '2026-11-25');
      expect(r.proposals.map((p) => p.visitId).sort()).toEqual(affected.map((v) => v.id).sort());
      for (const p of r.proposals) {
        const team =
          before.clients.find((c) => c.id === before.visits.find((v) => v.id === p.visitId)?.clientId)?.teamWorkerIds ??
          [];
        for (const a of p.alternatives) expect(team).toContain(a.workerId);
      }
      // Nothing changed yet.
      const mid = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
      expect(mid.visits.map((v) => v.workerIds)).toEqual(before.visits.map((v) => v.workerIds));
      const choices = r.proposals.map((p) => ({ visitId: p.visitId, workerId: p.proposed?.workerId ?? null }));
      await coordinator.ok('rota.acceptCover', { isoWeek: WEEK, absenceId: r.absenceId, choices });
      const after = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
      const affectedIds = new Set(affected.map((v) => v.id));
      for (const v of after.visits) {
        if (affectedIds.has(v.id)) expect(v.workerIds).not.toContain(sick);
        else expect(v.workerIds).toEqual(before.visits.find((b) => b.id === v.id)?.workerIds);
      }
      const changes = await coordinator.ok('rota.changes', { isoWeek: WEEK, staffId: sick });
      expect(changes.length).toBe(affected.length);
      expect(changes[0]?.by).toBe('coordinator');
      const exceptions = await coordinator.ok('availability.listExceptions', {
        pendingOnly: false,
        from: null,
        to: null,
      });
      expect(
        exceptions.some((e) => e.id === r.absenceId && e.kind === 'sickness' && (e.sickPay?.qualifyingDays ?? 0) > 0),
      ).toBe(true);
      // The sick worker cannot be put back on that day.
      const back = await coordinator.call('rota.edit', {
        isoWeek: WEEK,
        edit: { kind: 'assign', visitId: affected[0]?.id ?? '', workerIds: [sick] },
      });
      expect(back.ok).toBe(false);
      const notice = await coordinator.ok('rota.printChangeNotice', { isoWeek: WEEK, staffId: sick });
      expect(Buffer.from(notice.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    },
  );

  it(
    'pay view: shift-based paid time per worker, gross pay at ' +
      'their own rate, flagged when the rate is below the floor',
    async () => {
      const pay = await coordinator.ok('rota.payView', { isoWeek: WEEK });
      expect(pay.workers.length).toBeGreaterThan(0);
      for (const w of pay.workers) {
        const span = w.stretches.reduce((a, s) => a + s.endMinute - s.startMinute + s.breakTravelMinutes, 0);
        expect(w.paidMinutes).toBe(span);
        for (const s of w.stretches)
          expect(s.visitMinutes + s.travelMinutes + s.waitingMinutes + s.commitmentMinutes).toBe(
            s.endMinute - s.startMinute,
          );
        expect(w.workPence).toBe(Math.round((w.paidMinutes * w.ratePencePerHour) / 60));
        expect(w.topUpMinutes).toBe(Math.max(0, w.guaranteedMinutes - w.paidMinutes));
        // The worker reported sick above is paid sick pay for those days, in the gross too.
        expect(w.grossPence).toBe(
          w.workPence + w.topUpPence + w.sspPence + w.ospPence + w.holidayPence + w.rolledUpHolidayPence,
        );
        expect(w.belowFloor).toBe(w.ratePencePerHour < pay.payFloorPencePerHour);
      }
      // One worker is paid £12.50, below the £12.75 floor; the others £14.00.
      expect(pay.payFloorPencePerHour).toBe(1275);
      const flagged = pay.workers.filter((w) => w.belowFloor);
      expect(flagged.map((w) => [w.staffId, w.ratePencePerHour])).toEqual([[lowPaid, 1250]]);
      expect(pay.workers.filter((w) => !w.belowFloor).every((w) => w.ratePencePerHour === 1400)).toBe(true);
    },
  );

  it('one-off changes: cancel and extra apply when the next week is planned; roll forward keeps workers', async () => {
    const next = '2026-W49';
    const view = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    const first = view.visits[0];
    if (!first) throw new Error('no visits');
    const nextId = first.id.replace(
      /:(\d{4}-\d{2}-\d{2})$/,
      (_m, d: string) => `:${new Date(Date.parse(`${d}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10)}`,
    );
    await coordinator.ok('rota.addOneOff', {
      kind: 'cancel',
      isoWeek: next,
      clientId: first.clientId,
      visitId: nextId,
      note: 'Day centre outing',
    });
    await coordinator.ok('rota.addOneOff', {
      kind: 'extra',
      isoWeek: next,
      clientId: first.clientId,
      date: '2026-12-01',
      startMinute: 14 * 60,
      durationMinutes: 60,
      purpose: 'Trip to the library',
      note: null,
    });
    const bad = await coordinator.call('rota.addOneOff', {
      kind: 'extra',
      isoWeek: next,
      clientId: first.clientId,
      date: '2026-12-01',
      startMinute: 14 * 60,
      durationMinutes: 15,
      purpose: 'Quick check',
      note: null,
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues?.[0]?.path).toEqual(['durationMinutes']);
    const rolled = await coordinator.ok('rota.rollForward', { isoWeek: next });
    expect(rolled.visits.some((v) => v.id === nextId)).toBe(false);
    expect(rolled.visits.some((v) => v.oneOff && v.purpose === 'Trip to the library')).toBe(true);
    expect(rolled.measures?.wtrExceptions).toBe(0);
  }, 120_000);

  it(
    'names a person with visits but no team, and a team worker with ' +
      'no availability, and leaves their visits unassigned with reasons',
    async () => {
      const person = await coordinator.ok(
        'clients.create',
        aPersonRecord({ givenName: 'Zena', familyName: 'Noteam', addressLine1: '1 Rushey Green', postcode: 'SE6 4JD' }),
      );
      // An ideal week needs a team when it is saved; the team can empty later (the worker leaves).
      await coordinator.ok('clients.setTeamMember', {
        clientId: person.id,
        staffId: hood.workerIds[1] as string,
        member: true,
      });
      await coordinator.ok('clients.saveIdealWeek', {
        clientId: person.id,
        effectiveFrom: '2026-11-23',
        anchorDate: '2026-01-05',
        note: null,
        items: [aVisit({ weekday: 2, startMinute: 600, durationMinutes: 60, purpose: 'Shopping', flexMinutes: 0 })],
      });
      await coordinator.ok('clients.setTeamMember', {
        clientId: person.id,
        staffId: hood.workerIds[1] as string,
        member: false,
      });
      const idle = hood.workerIds[2] as string;
      await coordinator.ok('availability.saveWindows', { staffId: idle, windows: [] });
      const view = await coordinator.ok('rota.planWeek', { isoWeek: '2026-W50', iterations: 500 });
      expect(view.warnings.some((w) => w.startsWith('Zena Noteam has visits this week but no team'))).toBe(true);
      expect(view.warnings.some((w) => w.includes('has no availability this week'))).toBe(true);
      const zena = view.visits.filter((v) => v.clientId === person.id);
      expect(zena).toHaveLength(1);
      expect(zena[0]?.workerIds).toEqual([]);
      // Nobody in the idle worker's week.
      expect(view.visits.some((v) => v.workerIds.includes(idle))).toBe(false);
    },
    60_000,
  );
});
