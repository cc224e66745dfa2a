import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PayView } from '@shared/domain/rota-board/board';
import {
  aCourse,
  anAccount,
  anIdealWeek,
  aPerson,
  aQuickPlanner,
  aWorkerClearedToWork,
  aTrainingSession,
  aVisit,
  openBranch,
  write,
} from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';

const WEEK = '2026-W48'; // Monday 23 November 2026, the tests' "now"
const [MON, TUE, WED, FRI] = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-27'];
const at = (h: number, m = 0) => h * 60 + m;

// A week built by hand: each person's team is one worker and no visit may move, so the plan is known in advance and
// the pay can be worked out on paper. Anna walks between three people (15 minutes from the first to the second, 25
// from the second to the third); Ben has one visit, a training session, a day's leave and a guarantee of 8 hours.
describe('pay view: every minute the planner counts as work is paid, and guaranteed hours are made up', () => {
  let t: TestBackend;
  let coordinator: TestClient;
  let manager: TestClient;
  let anna: string;
  let ben: string;
  let pay: PayView;

  beforeAll(async () => {
    t = await openBranch();
    await aQuickPlanner(t);
    await anAccount(t, 'coordinator');
    await anAccount(t, 'manager');
    coordinator = await t.signedIn('coordinator');
    manager = await t.signedIn('manager');
    const rate = (pencePerHour: number) => [{ effectiveFrom: '2024-01-08', pencePerHour, note: null }];
    anna = (await aWorkerClearedToWork(t, { payRates: rate(1400), details: { guaranteedWeeklyHours: 5 } })).id;
    ben = (await aWorkerClearedToWork(t, { payRates: rate(1300), details: { guaranteedWeeklyHours: 8 } })).id;
    for (const staffId of [anna, ben]) {
      await write(t, 'availability.saveWindows', {
        staffId,
        windows: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: at(7), endMinute: at(21) })),
      });
      await write(t, 'availability.saveTravelProfile', {
        staffId,
        travelMode: 'walk',
        homePostcode: null,
        homeLat: 51.455,
        homeLon: -0.012,
      });
    }
    const person = (team: string, lat: number) => aPerson(t, { team: [team], lat, lon: -0.015 });
    const [p1, p2, p3, p4] = [
      await person(anna, 51.456),
      await person(anna, 51.458),
      await person(anna, 51.46),
      await person(ben, 51.462),
    ];
    const fixed = (weekday: number, startMinute: number, durationMinutes: number) =>
      aVisit({ weekday, startMinute, durationMinutes, flexMinutes: 0 });
    await anIdealWeek(t, p1.id, [fixed(1, at(8), 60), fixed(3, at(8), 60)]);
    await anIdealWeek(t, p2.id, [fixed(1, at(9, 15), 45), fixed(3, at(10), 30)]);
    await anIdealWeek(t, p3.id, [fixed(1, at(13), 45)]);
    await anIdealWeek(t, p4.id, [fixed(4, at(9), 60)]);
    await write(t, 'clients.recordTravel', { fromId: p1.id, toId: p2.id, mode: 'walk', minutes: 15 });
    await write(t, 'clients.recordTravel', { fromId: p2.id, toId: p3.id, mode: 'walk', minutes: 25 });
    await write(t, 'availability.addTeamMeeting', {
      staffIds: [anna],
      date: WED,
      startMinute: at(9, 10),
      endMinute: at(9, 40),
      note: null,
    });
    const course = await aCourse(t);
    await aTrainingSession(t, course.id, { date: FRI, startMinute: at(10), durationMinutes: 120, booked: [ben] });
    const leave = await write(t, 'availability.requestLeave', {
      staffId: ben,
      startDate: TUE,
      endDate: TUE,
      note: null,
    });
    await write(t, 'availability.decideLeave', { id: leave.id, decision: 'approved' });
    const view = await coordinator.ok('rota.planWeek', { isoWeek: WEEK, iterations: 2000 });
    expect(view.visits.every((v) => v.workerIds.length === 1)).toBe(true);
    pay = await coordinator.ok('rota.payView', { isoWeek: WEEK });
  }, 60_000);
  afterAll(async () => t.close());

  const payOf = (id: string) => {
    const w = pay.workers.find((x) => x.staffId === id);
    if (!w) throw new Error(`no pay for ${id}`);
    return w;
  };

  it('pays travel to the first visit after a break, and a meeting inside a stretch once, to the penny', () => {
    const a = payOf(anna);
    // Monday: 08:00-09:00 and 09:15-10:00 with the 15-minute walk between them, one stretch of 120 minutes; then a
    // break, the 25-minute walk to the 13:00 visit (paid), and that 45-minute visit: 120 + 25 + 45 = 190.
    // Wednesday: 08:00-09:00, the meeting 09:10-09:40, 10:00-10:30: one stretch 08:00-10:30 = 150 minutes, in which
    // the meeting's 30 minutes are counted once (visits 90, meeting 30, waiting 30).
    expect(a.stretches.map((s) => [s.date, s.startMinute, s.endMinute, s.breakTravelMinutes])).toEqual([
      [MON, at(8), at(10), 0],
      [MON, at(13), at(13, 45), 25],
      [WED, at(8), at(10, 30), 0],
    ]);
    expect(a.stretches[2]).toMatchObject({ visitMinutes: 90, commitmentMinutes: 30, waitingMinutes: 30 });
    expect(a.paidMinutes).toBe(190 + 150);
    // 340 minutes at £14.00 an hour = £79.333… → £79.33; 5 guaranteed hours are met, so no top-up.
    expect(a.workPence).toBe(7933);
    expect(a.topUpMinutes).toBe(0);
    expect(a.grossPence).toBe(7933);
  });

  it('makes up a week below the guarantee, less the working day on leave, paid as holiday, to the penny', () => {
    const b = payOf(ben);
    // Thursday's 60-minute visit and Friday's 2-hour training: 180 minutes, £39.00 at £13.00 an hour.
    expect(b.paidMinutes).toBe(60 + 120);
    expect(b.workPence).toBe(3900);
    // 8 hours over a five-day week, one day on leave: 480 × 4 / 5 = 384 minutes; short by 204 = £44.20.
    expect(b.guaranteedMinutes).toBe(384);
    expect(b.topUpMinutes).toBe(204);
    expect(b.topUpPence).toBe(4420);
    // The day on leave is paid as holiday: 480 / 5 = 96 minutes at £13.00 = £20.80.
    expect(b).toMatchObject({ holidayDays: 1, holidayMinutes: 96, holidayPence: 2080 });
    expect(b.grossPence).toBe(3900 + 4420 + 2080);
  });

  it('pays exactly the working time the planner counts for each worker', async () => {
    const view = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    for (const h of view.measures?.workerHours ?? [])
      expect([h.workerId, payOf(h.workerId).paidMinutes]).toEqual([h.workerId, h.plannedMinutes]);
    expect(view.measures?.workerHours.length).toBe(2);
  });

  it('holds each worker against Band 3 equivalent, and the London Living Wage once the branch commits', async () => {
    // Band 3 equivalent £12.75 is the floor: £14.00 and £13.00 meet it.
    expect(pay.payFloorPencePerHour).toBe(1275);
    expect(pay.workers.filter((w) => w.belowFloor)).toEqual([]);
    // The London Living Wage announced on 22 Oct 2025 takes effect on 1 May 2026, not on its announcement.
    const policy = await manager.ok('policy.payPolicy', {});
    expect(
      policy.values.filter((v) => v.benchmark === 'london_living_wage').map((v) => [v.effectiveFrom, v.pencePerHour]),
    ).toEqual([
      ['2025-05-01', 1385],
      ['2026-05-01', 1480],
    ]);
    await manager.ok('policy.updateSettings', { ...policy.settings, livingWageCommitted: true });
    const committed = await coordinator.ok('rota.payView', { isoWeek: WEEK });
    expect(committed.payFloorPencePerHour).toBe(1480);
    const a = committed.workers.find((w) => w.staffId === anna);
    const b = committed.workers.find((w) => w.staffId === ben);
    // Anna: 80p an hour short over 340 paid minutes = £4.5333… → £4.53.
    expect(a).toMatchObject({ belowFloor: true, floorPencePerHour: 1480, floorSource: 'london_living_wage' });
    expect(a?.floorShortfallPence).toBe(453);
    // Ben: £1.80 an hour short over 180 paid minutes and the 204-minute top-up = £11.52.
    expect(b).toMatchObject({ belowFloor: true, floorShortfallPence: 1152 });
  });
});
