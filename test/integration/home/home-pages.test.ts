import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aCompleteStaffMember,
  aCourse,
  anApprenticeship,
  aPlacement,
  aQuickPlanner,
  aRequirement,
  aTrainingRecord,
  aTrainingSession,
  aWeekOfVisits,
  daysFromToday,
  openBranch,
  signedInAs,
  theCorePathway,
  TODAY,
  write,
} from '@test/fixtures/builders';
import { openHubBed } from '@test/fixtures/hub';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';

// The tests' today is Monday 23 November 2026, the first day of 2026-W48.
const THIS_WEEK = '2026-W48';
const NEXT_WEEK = '2026-W49';
const rate = (pencePerHour: number) => [{ effectiveFrom: '2024-01-08', pencePerHour, note: null }];

/** One course every care worker must hold: one worker's expired 5 days ago, two expire in 20 days (one rebooked). */
async function expiringCourse(tb: TestBackend, staffIds: readonly string[]) {
  const course = await aCourse(tb, { name: 'Moving and handling' });
  await aRequirement(tb, course.id);
  const [expired = '', soon = '', rebooked = ''] = staffIds;
  await aTrainingRecord(tb, {
    staffId: expired,
    courseId: course.id,
    completedOn: '2025-11-18',
    expiresOn: daysFromToday(-5),
  });
  await aTrainingRecord(tb, {
    staffId: soon,
    courseId: course.id,
    completedOn: '2025-12-13',
    expiresOn: daysFromToday(20),
  });
  await aTrainingRecord(tb, {
    staffId: rebooked,
    courseId: course.id,
    completedOn: '2025-12-13',
    expiresOn: daysFromToday(20),
  });
  await aTrainingSession(tb, course.id, { date: daysFromToday(7), booked: [rebooked] });
  return course;
}

describe('the manager’s and the coordinator’s home', () => {
  let t: TestBackend;
  let manager: TestClient;
  let coordinator: TestClient;
  let workers: string[];

  beforeAll(async () => {
    t = await openBranch();
    await aQuickPlanner(t);
    manager = (await signedInAs(t, 'manager', { complete: true })).client;
    coordinator = (await signedInAs(t, 'coordinator', { complete: true })).client;
    // Six complete care workers: one paid £12.50 (below the floor), one DBS recheck due in 10 days, one overdue.
    workers = [
      (await aCompleteStaffMember(t, { payRates: rate(1250) })).id,
      (await aCompleteStaffMember(t, { details: { dbsRecheckDue: daysFromToday(10) } })).id,
      (await aCompleteStaffMember(t, { details: { dbsRecheckDue: daysFromToday(-3) } })).id,
      (await aCompleteStaffMember(t)).id,
      (await aCompleteStaffMember(t)).id,
      (await aCompleteStaffMember(t)).id,
    ];
    await expiringCourse(t, workers);
    // An apprentice whose planned end has passed with no off-the-job hours logged: behind.
    await anApprenticeship(t, workers[3] ?? '');
    // Off sick from yesterday to tomorrow; another's sickness ended yesterday.
    const sick = (staffId: string, startDate: string, expectedEndDate: string) =>
      write(t, 'availability.recordSickness', { staffId, startDate, expectedEndDate, note: null });
    await sick(workers[4] ?? '', daysFromToday(-1), daysFromToday(1));
    await sick(workers[5] ?? '', daysFromToday(-5), daysFromToday(-1));
    // Six people, each with a morning and a tea-time visit Monday to Saturday; this week planned.
    await aWeekOfVisits(t, { people: 6, workers });
    await coordinator.ok('rota.planWeek', { isoWeek: THIS_WEEK, iterations: 3000 });
  }, 120_000);
  afterAll(async () => t.close());

  it('gives the manager compliance due, the pay floor, expiring training, apprentices behind, sickness', async () => {
    const home = await manager.ok('home.manager', {});
    expect(home.today).toBe(TODAY);
    const dbs = home.compliance.find((c) => c.kind === 'dbs');
    expect(dbs).toEqual({ kind: 'dbs', overdue: 1, due: 1, toReview: 0 });
    expect(home.compliance.some((c) => c.kind === 'below_pay_floor')).toBe(false);
    expect(home.payFloor.below.map((b) => b.staffId)).toEqual([workers[0]]);
    expect(home.payFloor.staffChecked).toBe(8);
    expect(home.training).toMatchObject({ expired: 1, expiring: 2, unbooked: 2 });
    expect(home.training.byCourse).toEqual([
      expect.objectContaining({ courseName: 'Moving and handling', expired: 1, expiring: 2, unbooked: 2 }),
    ]);
    expect(home.apprenticeships.active).toBe(1);
    expect(home.apprenticeships.behind).toHaveLength(1);
    expect(home.apprenticeships.behind[0]?.catchUpHoursPerWeek).toBeGreaterThan(0);
    expect(home.sickToday.map((s) => s.staffId)).toEqual([workers[4]]);
  });

  it('gives the manager the Charter status as the Charter checklist counts it', async () => {
    const home = await manager.ok('home.manager', {});
    const charter = await manager.ok('compliance.charter', {});
    const count = (status: string) => charter.items.filter((i) => i.status === status).length;
    expect(home.charter).toEqual({ met: count('met'), notMet: count('not_met'), notMeasured: count('not_measured') });
    expect(home.charter.met + home.charter.notMet + home.charter.notMeasured).toBe(charter.items.length);
  });

  it('gives the manager this week’s coverage by day, agreeing with the board', async () => {
    const home = await manager.ok('home.manager', {});
    const board = await manager.ok('rota.getWeek', { isoWeek: THIS_WEEK });
    const unassigned = board.visits.filter((v) => v.workerIds.length === 0);
    expect(home.coverage).toMatchObject({ isoWeek: THIS_WEEK, status: 'draft', visits: 72 });
    expect(home.coverage.unassigned).toBe(unassigned.length);
    expect(home.coverage.days.map((d) => d.visits)).toEqual([12, 12, 12, 12, 12, 12, 0]);
    expect(home.coverage.days[0]?.unassigned).toBe(unassigned.filter((v) => v.date === TODAY).length);
  });

  it('gives the coordinator today’s visits and gaps, who is sick, and hours against guarantees', async () => {
    const home = await coordinator.ok('home.coordinator', {});
    const board = await coordinator.ok('rota.getWeek', { isoWeek: THIS_WEEK });
    const gapsToday = board.visits.filter((v) => v.date === TODAY && v.workerIds.length === 0);
    expect(home.visitsToday).toBe(12);
    expect(home.unassignedToday.map((v) => v.visitId).sort()).toEqual(gapsToday.map((v) => v.id).sort());
    expect(home.sickToday.map((s) => s.staffId)).toEqual([workers[4]]);
    expect(home.hours).toHaveLength(board.workers.length);
    // Every worker is guaranteed 30 hours; the one furthest below comes first.
    expect(home.hours.every((h) => h.guaranteedMinutes === 30 * 60)).toBe(true);
    const shortfalls = home.hours.map((h) => h.guaranteedMinutes - h.plannedMinutes);
    expect(shortfalls).toEqual([...shortfalls].sort((a, b) => b - a));
    const planned = new Map(board.workers.map((w) => [w.id, w.plannedMinutes]));
    expect(home.hours.every((h) => planned.get(h.staffId) === h.plannedMinutes)).toBe(true);
  });

  it('shows the coordinator next week as not planned, then as a draft once planned', async () => {
    const before = await coordinator.ok('home.coordinator', {});
    expect(before.nextWeek).toMatchObject({ isoWeek: NEXT_WEEK, status: 'unplanned', visits: 0, plannedAt: null });
    await coordinator.ok('rota.planWeek', { isoWeek: NEXT_WEEK, iterations: 3000 });
    const after = await coordinator.ok('home.coordinator', {});
    expect(after.nextWeek).toMatchObject({ isoWeek: NEXT_WEEK, status: 'draft', visits: 72, publishedAt: null });
    expect(after.nextWeek.plannedAt).not.toBeNull();
  }, 60_000);

  it('is refused to roles it is not for', async () => {
    const worker = (await signedInAs(t, 'worker', { username: 'refused.worker' })).client;
    const r = await worker.call('home.coordinator', {});
    expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
    const m = await coordinator.call('home.manager', {});
    expect(m.ok ? null : m.error.code).toBe('FORBIDDEN');
  });
});

describe('the trainer’s home', () => {
  let t: TestBackend;
  let trainer: TestClient;

  beforeAll(async () => {
    t = await openBranch();
    trainer = (await signedInAs(t, 'trainer', { complete: true })).client;
    const staff = [
      (await aCompleteStaffMember(t)).id,
      (await aCompleteStaffMember(t)).id,
      (await aCompleteStaffMember(t)).id,
    ];
    const course = await expiringCourse(t, staff);
    const first = staff[0] ?? '';
    await aTrainingSession(t, course.id, { date: TODAY, startMinute: 13 * 60, booked: [first] });
    await aTrainingSession(t, course.id, { date: TODAY, startMinute: 9 * 60 + 30, booked: [first] });
    // Past sessions cannot be booked any more; their registers name who came, with a reason.
    await aTrainingSession(t, course.id, { date: daysFromToday(-7) });
    const submitted = await aTrainingSession(t, course.id, { date: daysFromToday(-14) });
    await write(t, 'training.submitRegister', {
      sessionId: submitted.id,
      entries: [{ staffId: first, outcome: 'completed', reason: 'Came without booking' }],
    });
    const cancelled = await aTrainingSession(t, course.id, { date: daysFromToday(-3) });
    await write(t, 'training.cancelSession', { id: cancelled.id });
    await aTrainingSession(t, course.id, { date: daysFromToday(-120) });
  }, 60_000);
  afterAll(async () => t.close());

  it('lists today’s sessions by time and the registers still to submit from recent weeks', async () => {
    const home = await trainer.ok('home.trainer', {});
    expect(home.today).toBe(TODAY);
    expect(home.sessionsToday.map((s) => s.startMinute)).toEqual([9 * 60 + 30, 13 * 60]);
    expect(home.registersToSubmit.map((s) => s.date)).toEqual([daysFromToday(-7)]);
  });

  it('counts expiring training by course, with how many have no renewal booked', async () => {
    const home = await trainer.ok('home.trainer', {});
    // The register submitted two weeks ago renewed the expired worker's course, so only the two expiring remain.
    expect(home.expiringByCourse).toEqual([
      expect.objectContaining({ courseName: 'Moving and handling', expired: 0, expiring: 2, unbooked: 1 }),
    ]);
  });
});

describe('the worker’s home', () => {
  let t: TestBackend;
  let worker: TestClient;
  let staffId: string;

  beforeAll(async () => {
    t = await openBranch();
    await aQuickPlanner(t);
    const account = await signedInAs(t, 'worker', { complete: true });
    worker = account.client;
    staffId = account.staffId ?? '';
    const pathway = await theCorePathway(t);
    await aPlacement(t, { staffId, stepId: pathway.newWorker.id, effectiveDate: '2026-01-05' });
    const required = await aCourse(t, { name: 'Safeguarding adults' });
    await aRequirement(t, required.id);
    const expiring = await aCourse(t, { name: 'Basic life support' });
    await aRequirement(t, expiring.id);
    await aTrainingRecord(t, {
      staffId,
      courseId: expiring.id,
      completedOn: '2025-12-13',
      expiresOn: daysFromToday(20),
    });
    await aTrainingSession(t, expiring.id, { date: daysFromToday(7), booked: [staffId] });
    const others = [];
    for (let i = 0; i < 4; i += 1) others.push((await aCompleteStaffMember(t)).id);
    await aWeekOfVisits(t, { people: 4, workers: [staffId, ...others] });
  }, 60_000);
  afterAll(async () => t.close());

  it('shows the training due, the session booked and the pathway step with the next one', async () => {
    const home = await worker.ok('home.worker', {});
    expect(home.today).toBe(TODAY);
    expect(home.trainingDue.map((d) => [d.courseName, d.label])).toEqual(
      expect.arrayContaining([
        ['Safeguarding adults', expect.any(String)],
        ['Basic life support', expect.any(String)],
      ]),
    );
    expect(home.trainingDue.find((d) => d.courseName === 'Basic life support')?.expiresOn).toBe(daysFromToday(20));
    expect(home.trainingBooked.map((s) => s.date)).toEqual([daysFromToday(7)]);
    const pathway = await worker.ok('pathway.worker', { staffId });
    expect(home.pathway).toEqual({
      stepName: 'New Wellbeing Worker',
      since: '2026-01-05',
      next: {
        stepName: 'Wellbeing Worker',
        ready: false,
        metCount: pathway.next[0]?.metCount,
        itemCount: pathway.next[0]?.items.length,
      },
    });
  });

  it('shows no visits until the week is published, then exactly the worker’s own', async () => {
    expect((await worker.ok('home.worker', {})).week).toEqual({ isoWeek: THIS_WEEK, published: false, visits: [] });
    const coordinator = (await signedInAs(t, 'coordinator', { complete: true })).client;
    const board = await coordinator.ok('rota.planWeek', { isoWeek: THIS_WEEK, iterations: 3000 });
    await coordinator.ok('rota.publish', { isoWeek: THIS_WEEK, stamp: board.stamp });
    const home = await worker.ok('home.worker', {});
    const mine = board.visits.filter((v) => v.workerIds.includes(staffId)).map((v) => v.id);
    expect(home.week.published).toBe(true);
    expect(mine.length).toBeGreaterThan(0);
    expect(home.week.visits.map((v) => v.visitId).sort()).toEqual(mine.sort());
  }, 60_000);
});

describe('the visitor’s home', () => {
  it('lists the visitor’s own coming bookings, not cancelled ones or anyone else’s', async () => {
    const bed = await openHubBed();
    try {
      const sam = await bed.as('sam.patel');
      const jo = await bed.as('jo.brown');
      const kept = await sam.ok('hub.book', {
        spaceId: bed.desks[0]?.id ?? '',
        date: daysFromToday(1),
        period: 'morning',
      });
      const dropped = await sam.ok('hub.book', { spaceId: bed.meetingRoom.id, date: daysFromToday(2), period: 'day' });
      await sam.ok('hub.cancelBooking', { bookingId: dropped.id });
      await jo.ok('hub.book', { spaceId: bed.desks[1]?.id ?? '', date: daysFromToday(1), period: 'morning' });
      const home = await sam.ok('home.visitor', {});
      expect(home.today).toBe(TODAY);
      expect(home.bookings.map((b) => b.id)).toEqual([kept.id]);
      expect(home.bookings[0]?.spaceName).toBe('Desk 1');
    } finally {
      await bed.close();
    }
  });
});
