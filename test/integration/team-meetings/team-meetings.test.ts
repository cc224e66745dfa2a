import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';
import type { RotaNeighbourhood } from '@test/fixtures/rota-app-neighbourhood';
import { slotInWords } from '@shared/domain/team-meetings/meeting-words';
import { aTwoWorkersBranch } from '../team-week/two-workers-branch';

const WEEK = '2026-W48'; // Monday 23 November 2026; the tests' now is 09:00 that day

/** How many team meetings are stored, for "nothing written" checks. */
async function meetingCount(t: TestBackend): Promise<number> {
  const rows = await t.backend.deps.db
    .selectFrom('availability_exception')
    .select('id')
    .where('kind', '=', 'team_meeting')
    .execute();
  return rows.length;
}

describe('a team finds a time to meet and books it', () => {
  let t: TestBackend;
  let coordinator: TestClient;
  let second: TestClient;
  let firstId: string;
  let secondId: string;
  let hood: RotaNeighbourhood;

  beforeAll(async () => {
    // Four people; the first worker is in every team, the second in the teams of people 0, 2 and 3 only.
    ({ t, coordinator, second, firstId, secondId, hood } = await aTwoWorkersBranch(WEEK));
  }, 60_000);
  afterAll(async () => t.close());

  it('offers a worker their own teams only, and refuses a team they are not in', async () => {
    const teams = await second.ok('teamMeetings.teams', {});
    expect(teams.map((x) => x.clientId).sort()).toEqual(
      [hood.clientIds[0], hood.clientIds[2], hood.clientIds[3]].sort(),
    );
    expect(teams.every((x) => x.members.some((m) => m.staffId === secondId))).toBe(true);
    const all = await coordinator.ok('teamMeetings.teams', {});
    expect(all).toHaveLength(4);
    const other = await second.call('teamMeetings.findTimes', { clientId: hood.clientIds[1] ?? '', isoWeek: WEEK });
    expect(other).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('ranks times by how many can come, never in the past, never over a free worker’s visit', async () => {
    const clientId = hood.clientIds[0] ?? '';
    const found = await second.ok('teamMeetings.findTimes', { clientId, isoWeek: WEEK, durationMinutes: 60 });
    expect(found.planned).toBe(true);
    expect(found.members).toHaveLength(4);
    expect(found.slots.length).toBeGreaterThan(0);
    const counts = found.slots.map((s) => s.free.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const s of found.slots) {
      expect(s.free.length + s.notFree.length).toBe(4);
      expect(s.endMinute - s.startMinute).toBe(60);
      expect(s.date > '2026-11-23' || s.startMinute >= 9 * 60).toBe(true);
    }
    const board = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    for (const s of found.slots)
      for (const m of s.free) {
        const clash = board.visits.find(
          (v) =>
            v.date === s.date &&
            v.workerIds.includes(m.staffId) &&
            v.startMinute < s.endMinute &&
            s.startMinute < v.startMinute + v.durationMinutes,
        );
        expect(clash, `${m.name} is free at ${slotInWords(s)}`).toBeUndefined();
      }
    // Saturday evenings and Sundays are outside everyone's hours: nobody works then, so they are not offered.
    expect(found.slots.some((s) => s.date === '2026-11-29')).toBe(false);
    // In words, as the page shows it.
    const top = found.slots[0];
    if (!top) throw new Error('no slot');
    expect(slotInWords(top)).toMatch(/^\w{3} \d{1,2} Nov 2026, \d\d:\d\d–\d\d:\d\d: \d of 4 free; /);
  });

  it('books a meeting into each invited week as paid time, tells each, and the rota keeps it free', async () => {
    const clientId = hood.clientIds[0] ?? '';
    const found = await second.ok('teamMeetings.findTimes', { clientId, isoWeek: WEEK, durationMinutes: 60 });
    const slot = found.slots.find((s) => s.free.some((m) => m.staffId === firstId) && s.free.length >= 2);
    if (!slot) throw new Error('no time the first worker is free');
    const invited = slot.free.map((m) => m.staffId);
    const booked = await second.ok('teamMeetings.book', {
      clientId,
      date: slot.date,
      startMinute: slot.startMinute,
      durationMinutes: 60,
      staffIds: invited,
      note: 'Plan the Christmas visits',
    });
    expect(booked.invited.map((m) => m.staffId).sort()).toEqual([...invited].sort());

    // Stored as meetings are: a team meeting in each invited worker's availability.
    const firstWeek = await coordinator.ok('availability.get', { staffId: firstId });
    expect(firstWeek.exceptions).toContainEqual(
      expect.objectContaining({
        kind: 'team_meeting',
        startDate: slot.date,
        startMinute: slot.startMinute,
        endMinute: slot.endMinute,
        note: 'Plan the Christmas visits',
      }),
    );
    // Each invited worker is told, in words.
    const notices = await t.backend.deps.db
      .selectFrom('notice')
      .select(['staff_id', 'text'])
      .where('text', 'like', 'Team meeting for%')
      .execute();
    expect(notices.map((n) => n.staff_id).sort()).toEqual([...invited].sort());
    expect(notices[0]?.text).toContain(`${found.personName}’s team`);
    expect(notices[0]?.text).toMatch(/\w{3} \d{1,2} Nov 2026, \d\d:\d\d–\d\d:\d\d \(paid time\)/);

    // Paid once in the pay view.
    const pay = await coordinator.ok('rota.payView', { isoWeek: WEEK });
    expect(pay.workers.find((w) => w.staffId === firstId)?.commitmentMinutes).toBeGreaterThanOrEqual(60);

    // The validator sees it: the first worker's visit moved onto the meeting is refused.
    const board = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    const visit = board.visits.find(
      (v) => v.date === slot.date && v.workerIds.includes(firstId) && v.workerIds.length === 1,
    );
    if (!visit) throw new Error('no visit of the first worker that day');
    const moved = await coordinator.ok('rota.checkEdit', {
      isoWeek: WEEK,
      edit: { kind: 'move', visitId: visit.id, startMinute: slot.startMinute },
    });
    expect(moved.breaches.some((b) => b.workerId === firstId)).toBe(true);

    // And the meeting time is no longer free for those invited.
    const again = await second.ok('teamMeetings.findTimes', { clientId, isoWeek: WEEK, durationMinutes: 60 });
    const same = again.slots.find((s) => s.date === slot.date && s.startMinute === slot.startMinute);
    if (same) expect(same.notFree).toContainEqual(expect.objectContaining({ staffId: firstId, reason: 'meeting' }));

    const audit = await t.backend.deps.db
      .selectFrom('audit_log')
      .select(['outcome'])
      .where('action', '=', 'teamMeetings.book')
      .execute();
    expect(audit.filter((a) => a.outcome === 'success')).toHaveLength(1);
  });

  it('refuses a time that has passed, a worker on a visit, nobody free, naming the field', async () => {
    const clientId = hood.clientIds[0] ?? '';
    const before = await meetingCount(t);
    const past = await second.call('teamMeetings.book', {
      clientId,
      date: '2026-11-23',
      startMinute: 8 * 60,
      durationMinutes: 60,
      staffIds: [secondId],
      note: null,
    });
    expect(past).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['startMinute'], message: expect.stringMatching(/has passed/) }] },
    });

    const board = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    const visit = board.visits.find((v) => v.date === '2026-11-25' && v.workerIds.includes(firstId));
    if (!visit) throw new Error('no Wednesday visit of the first worker');
    const onVisit = await second.call('teamMeetings.book', {
      clientId,
      date: visit.date,
      startMinute: visit.startMinute,
      durationMinutes: 30,
      staffIds: [firstId],
      note: null,
    });
    const { name } = await coordinator.ok('availability.get', { staffId: firstId });
    expect(onVisit).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [
          { path: ['startMinute'], message: 'Nobody invited is free then: choose one of the times offered' },
          {
            path: ['staffIds', 0],
            message: `${name} is on a visit then, or travelling between visits: leave them out or choose another time`,
          },
        ],
      },
    });

    const stranger = await coordinator.call('teamMeetings.book', {
      clientId: hood.clientIds[1] ?? '',
      date: '2026-11-27',
      startMinute: 12 * 60,
      durationMinutes: 60,
      staffIds: [secondId],
      note: null,
    });
    expect(stranger).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['staffIds', 0] }] } });

    const bad = await coordinator.call('teamMeetings.book', {
      clientId,
      date: '2026-11-27',
      startMinute: 12 * 60,
      durationMinutes: 20,
      staffIds: [],
      note: null,
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      const paths = bad.error.issues?.map((i) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['durationMinutes', 'staffIds']));
    }
    expect(await meetingCount(t)).toBe(before);
  });

  it('says so when nobody in the team is free all week (everyone away)', async () => {
    const clientId = hood.clientIds[1] ?? '';
    const team = (await coordinator.ok('teamMeetings.teams', {})).find((x) => x.clientId === clientId);
    for (const m of team?.members ?? [])
      await coordinator.ok('availability.recordSickness', {
        staffId: m.staffId,
        startDate: '2026-11-30',
        expectedEndDate: '2026-12-06',
        note: null,
      });
    const found = await coordinator.ok('teamMeetings.findTimes', { clientId, isoWeek: '2026-W49' });
    expect(found.planned).toBe(false);
    expect(found.slots).toEqual([]);
    const nobody = await coordinator.call('teamMeetings.book', {
      clientId,
      date: '2026-12-01',
      startMinute: 12 * 60,
      durationMinutes: 60,
      staffIds: team?.members.map((m) => m.staffId) ?? [],
      note: null,
    });
    expect(nobody).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!nobody.ok) {
      expect(nobody.error.issues?.[0]).toEqual({
        path: ['startMinute'],
        message: 'Nobody invited is free then: choose one of the times offered',
      });
      expect(nobody.error.issues?.slice(1).map((i) => i.message)).toEqual(
        (team?.members ?? []).map((m) => `${m.name} is away then: leave them out or choose another time`),
      );
    }
  });
});
