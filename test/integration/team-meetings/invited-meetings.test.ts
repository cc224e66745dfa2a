import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';
import type { RotaNeighbourhood } from '@test/fixtures/rota-app-neighbourhood';
import { aTwoWorkersBranch } from '../team-week/two-workers-branch';

const WEEK = '2026-W48'; // Monday 23 November 2026; the tests' now is 09:00 that day

describe('a worker sees the team meetings they are invited to', () => {
  let t: TestBackend;
  let coordinator: TestClient;
  let first: TestClient;
  let second: TestClient;
  let firstId: string;
  let secondId: string;
  let hood: RotaNeighbourhood;
  let date: string;
  let startMinute: number;

  /** The first time offered for a meeting of a person's team at which both workers are free. */
  async function bothFree(booker: TestClient, clientId: string, durationMinutes: number) {
    const found = await booker.ok('teamMeetings.findTimes', { clientId, isoWeek: WEEK, durationMinutes });
    const slot = found.slots.find(
      (s) => s.free.some((m) => m.staffId === firstId) && s.free.some((m) => m.staffId === secondId),
    );
    if (!slot) throw new Error('no time both workers are free');
    return slot;
  }

  beforeAll(async () => {
    ({ t, coordinator, first, second, firstId, secondId, hood } = await aTwoWorkersBranch(WEEK));
    const clientId = hood.clientIds[0] ?? '';
    const slot = await bothFree(second, clientId, 60);
    ({ date, startMinute } = slot);
    await second.ok('teamMeetings.book', {
      clientId,
      date,
      startMinute,
      durationMinutes: 60,
      staffIds: slot.free.map((m) => m.staffId),
      note: 'Plan the Christmas visits',
    });
  }, 60_000);
  afterAll(async () => t.close());

  it('lists the meeting for each invited worker: when, whose team, who else, the note', async () => {
    const person = (await coordinator.ok('teamMeetings.teams', {})).find((x) => x.clientId === hood.clientIds[0]);
    const mine = await first.ok('teamMeetings.invited', {});
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      date,
      startMinute,
      endMinute: startMinute + 60,
      personName: person?.personName,
      note: 'Plan the Christmas visits',
      cancelled: false,
    });
    expect(mine[0]?.others.map((o) => o.staffId)).toContain(secondId);
    expect(mine[0]?.others.map((o) => o.staffId)).not.toContain(firstId);
    const theirs = await second.ok('teamMeetings.invited', {});
    expect(theirs[0]?.others.map((o) => o.staffId)).toContain(firstId);
    // The coordinator was not invited, so has no meetings of their own.
    expect(await coordinator.ok('teamMeetings.invited', {})).toEqual([]);
  });

  it('shows a meeting a coordinator cancelled for a worker as cancelled, and leaves them out of others', async () => {
    const entry = (await first.ok('teamMeetings.invited', {}))[0];
    if (!entry) throw new Error('no meeting');
    await coordinator.ok('availability.cancelException', { id: entry.id });
    expect((await first.ok('teamMeetings.invited', {}))[0]).toMatchObject({ id: entry.id, cancelled: true });
    const theirs = await second.ok('teamMeetings.invited', {});
    expect(theirs[0]?.cancelled).toBe(false);
    expect(theirs[0]?.others.map((o) => o.staffId)).not.toContain(firstId);
  });

  it('names no team for a meeting booked on the Availability page, and lists meetings soonest first', async () => {
    await coordinator.ok('availability.addTeamMeeting', {
      staffIds: [secondId],
      date: '2026-11-23',
      startMinute: 17 * 60,
      endMinute: 18 * 60,
      note: null,
    });
    const theirs = await second.ok('teamMeetings.invited', {});
    expect(theirs.map((m) => m.date)).toEqual([...theirs.map((m) => m.date)].sort());
    const late = theirs.find((m) => m.date === '2026-11-23' && m.startMinute === 17 * 60);
    expect(late).toMatchObject({ endMinute: 18 * 60, personName: null, others: [], cancelled: false });
  });

  it('leaves out a meeting once it has ended by the backend clock', async () => {
    const before = await second.ok('teamMeetings.invited', {});
    t.clock.set('2026-11-23T18:00:00.000Z'); // 18:00 in London (GMT): the 17:00–18:00 meeting is over
    try {
      // Nine hours on, the session has locked: sign in afresh at the later time.
      const after = await (await t.signedIn('worker2')).ok('teamMeetings.invited', {});
      expect(before.some((m) => m.date === '2026-11-23' && m.startMinute === 17 * 60)).toBe(true);
      expect(after.every((m) => m.date > '2026-11-23' || m.endMinute > 18 * 60)).toBe(true);
      expect(after.some((m) => m.date === '2026-11-23' && m.startMinute === 17 * 60)).toBe(false);
    } finally {
      t.clock.set('2026-11-23T09:00:00.000Z');
    }
  });

  it('lists two bookings at one time by one booker for different teams apart, each with its own team', async () => {
    const [ownTeam, otherTeam] = [hood.clientIds[0] ?? '', hood.clientIds[2] ?? ''];
    const slot = await bothFree(coordinator, ownTeam, 30);
    const at = { date: slot.date, startMinute: slot.startMinute, durationMinutes: 30, note: 'Handover' };
    // Same time, same note, same booker, one after the other: only what the booking stored can tell them apart.
    await coordinator.ok('teamMeetings.book', { ...at, clientId: otherTeam, staffIds: [secondId] });
    await coordinator.ok('teamMeetings.book', { ...at, clientId: ownTeam, staffIds: [firstId] });
    const teams = await coordinator.ok('teamMeetings.teams', {});
    const nameOf = (clientId: string) => teams.find((x) => x.clientId === clientId)?.personName;
    const atThatTime = (list: { date: string; startMinute: number }[]) =>
      list.filter((m) => m.date === slot.date && m.startMinute === slot.startMinute);

    const mine = atThatTime(await first.ok('teamMeetings.invited', {}));
    expect(mine).toEqual([expect.objectContaining({ personName: nameOf(ownTeam), others: [], note: 'Handover' })]);
    const theirs = atThatTime(await second.ok('teamMeetings.invited', {}));
    expect(theirs).toEqual([expect.objectContaining({ personName: nameOf(otherTeam), others: [], note: 'Handover' })]);
    expect(nameOf(ownTeam)).not.toEqual(nameOf(otherTeam));
  });

  it('lists a meeting stored before bookings were recorded alone, with no team and nobody else named', async () => {
    const clientId = hood.clientIds[0] ?? '';
    const slot = await bothFree(coordinator, clientId, 30);
    const { date, startMinute } = slot;
    const staffIds = [firstId, secondId];
    await coordinator.ok('teamMeetings.book', {
      clientId,
      date,
      startMinute,
      durationMinutes: 30,
      staffIds,
      note: null,
    });
    const booked = (await first.ok('teamMeetings.invited', {})).find(
      (m) => m.date === date && m.startMinute === startMinute,
    );
    expect(booked?.others.map((o) => o.staffId)).toEqual([secondId]);
    // As every team meeting entry stored before migration 0032 is: no booking, no team.
    await t.backend.deps.db
      .updateTable('availability_exception')
      .set({ meeting_id: null, meeting_client_id: null })
      .where('id', '=', booked?.id ?? '')
      .execute();
    const listed = (await first.ok('teamMeetings.invited', {})).find((m) => m.id === booked?.id);
    expect(listed).toMatchObject({ date, startMinute, personName: null, others: [], cancelled: false });
  });
});
