import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPublishedDay, ACTUALS_DAY, ACTUALS_WEEK, type PublishedDay } from '@test/fixtures/actuals';

const at = (h: number, m = 0) => h * 60 + m;

// aPublishedDay's Monday: Anna visits Rose at 08:00 (60 min) and 10:00 (30 min) and on Tuesday at 08:00; Ben visits
// Sam at 08:30 (45 min). By 13:00 on Monday: Anna arrived 20 minutes late and stayed 70 minutes with a reason, Ben
// arrived on time and left after 24 minutes because Sam was out, nobody arrived for Anna's 10:00 (missed), and the
// Tuesday visit is not due yet.
describe('visit times figures from recorded actuals', () => {
  let d: PublishedDay;
  const record = (
    visitId: string,
    staffId: string,
    times: { arrivalMinute: number; departureMinute: number; note?: string; shortReason?: 'person_out' },
  ) =>
    d.coordinator.ok('actuals.record', {
      isoWeek: ACTUALS_WEEK,
      visitId,
      staffId,
      arrivalDate: ACTUALS_DAY,
      departureDate: ACTUALS_DAY,
      ...times,
    });

  beforeAll(async () => {
    d = await aPublishedDay();
    // 13:00, so the morning is over (nobody records a time still to come); signed in again after the wait.
    d.t.clock.set('2026-11-23T13:00:00.000Z');
    d = {
      ...d,
      coordinator: await d.t.signedIn('coordinator'),
      manager: await d.t.signedIn('manager'),
      worker: await d.t.signedIn('worker'),
    };
    await record(d.visits['anna mon 08:00'], d.anna.id, {
      arrivalMinute: at(8, 20),
      departureMinute: at(9, 30),
      note: 'Rose wanted a walk to the park',
    });
    await record(d.visits['ben mon 08:30'], d.ben.id, {
      arrivalMinute: at(8, 31),
      departureMinute: at(8, 55),
      shortReason: 'person_out',
    });
  }, 60_000);
  afterAll(async () => d.t.close());

  it('counts the week: on time, late, missed, lengthened and shortened with the reason, and the hours', async () => {
    const report = await d.manager.ok('visitTimes.figures', { kind: 'week', isoWeek: ACTUALS_WEEK });
    expect(report.periodLabel).toBe('Week of 23 Nov 2026');
    expect(report.totals).toMatchObject({
      planned: 4,
      due: 3,
      onTime: 1,
      late: 1,
      missed: 1,
      completed: 2,
      lengthened: 1,
      lengthenedWithReason: 1,
      shortened: 1,
      plannedMinutesCompleted: 60 + 45,
      actualMinutesCompleted: 70 + 24,
    });
    expect(report.totals.shortenedByReason).toMatchObject({ person_out: 1, no_reason: 0, unsafe_to_stay: 0 });
  });

  it('gives the same counts per person and per worker, by name', async () => {
    const report = await d.coordinator.ok('visitTimes.figures', { kind: 'week', isoWeek: ACTUALS_WEEK });
    expect(report.byWorker.map((r) => [r.name, r.planned, r.late, r.missed, r.onTime])).toEqual([
      ['Anna Okafor', 3, 1, 1, 0],
      ['Ben Shah', 1, 0, 0, 1],
    ]);
    expect(
      report.byPerson.map((r) => [r.name, r.completed, r.plannedMinutesCompleted, r.actualMinutesCompleted]),
    ).toEqual([
      ['Rose Adeyemi', 1, 60, 70],
      ['Sam Taylor', 1, 45, 24],
    ]);
  });

  it('uses the branch’s late threshold: with 25 minutes Anna’s arrival is on time', async () => {
    await d.manager.ok('actuals.saveSettings', { lateMinutes: 25 });
    const report = await d.coordinator.ok('visitTimes.figures', { kind: 'week', isoWeek: ACTUALS_WEEK });
    expect(report.lateMinutes).toBe(25);
    expect(report.totals).toMatchObject({ onTime: 2, late: 0, missed: 1 });
    await d.manager.ok('actuals.saveSettings', { lateMinutes: 15 });
  });

  it('counts a month from its first to its last day, and nothing for a month with no published rota', async () => {
    const november = await d.coordinator.ok('visitTimes.figures', { kind: 'month', month: '2026-11' });
    expect(november).toMatchObject({ periodLabel: 'November 2026', from: '2026-11-01', to: '2026-11-30' });
    expect(november.totals).toMatchObject({ planned: 4, missed: 1 });
    const october = await d.coordinator.ok('visitTimes.figures', { kind: 'month', month: '2026-10' });
    expect(october.totals.planned).toBe(0);
    expect(october.byWorker).toEqual([]);
  });

  it('is not for workers', async () => {
    const refused = await d.worker.call('visitTimes.figures', { kind: 'week', isoWeek: ACTUALS_WEEK });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
