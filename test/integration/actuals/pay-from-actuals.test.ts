import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPublishedDay, ACTUALS_DAY, ACTUALS_WEEK, type PublishedDay } from '@test/fixtures/actuals';
import { TEST_PASSWORD } from '@test/fixtures/test-backend';

const at = (h: number, m = 0) => h * 60 + m;

// Anna's week as planned: Rose on Monday 08:00 (60 minutes) and 10:00 (30), Tuesday 08:00 (60).
describe('pay from actual visit time', () => {
  let d: PublishedDay;
  const annaPay = async () =>
    (await d.manager.ok('rota.payView', { isoWeek: ACTUALS_WEEK })).workers.find((w) => w.staffId === d.anna.id);
  const visitMinutes = (pay: Awaited<ReturnType<typeof annaPay>>) =>
    pay?.stretches.reduce((a, s) => a + s.visitMinutes, 0);

  beforeAll(async () => {
    d = await aPublishedDay();
    // Midday, so the morning visit is over (nobody records a time still to come); signed in again after the wait.
    d.t.clock.set('2026-11-23T12:00:00.000Z');
    d = { ...d, coordinator: await d.t.signedIn('coordinator'), manager: await d.t.signedIn('manager') };
  }, 60_000);
  afterAll(async () => d.t.close());

  const record = (arrival: number, departure: number, extra: Record<string, unknown> = {}) =>
    d.coordinator.ok('actuals.record', {
      isoWeek: ACTUALS_WEEK,
      visitId: d.visits['anna mon 08:00'],
      staffId: d.anna.id,
      arrivalDate: ACTUALS_DAY,
      arrivalMinute: arrival,
      departureDate: ACTUALS_DAY,
      departureMinute: departure,
      ...extra,
    });

  it('pays as planned while nothing is recorded', async () => {
    const pay = await annaPay();
    expect(visitMinutes(pay)).toBe(150);
    expect(pay?.visitsFromActuals).toBe(0);
  });

  it('pays a visit that ran longer for the time it took', async () => {
    await record(at(7, 50), at(9, 20), { note: 'Rose wanted a walk' });
    const pay = await annaPay();
    expect(visitMinutes(pay)).toBe(90 + 30 + 60);
    expect(pay?.visitsFromActuals).toBe(1);
  });

  it('never pays a visit ended early for less than planned', async () => {
    await record(at(8), at(8, 30), { shortReason: 'person_out' });
    expect(visitMinutes(await annaPay())).toBe(150);
  });

  it('says in the payroll export whose hours come from actual times', async () => {
    const summary = await d.manager.ok('rota.payrollSummary', { kind: 'weekly', firstWeek: ACTUALS_WEEK });
    expect(summary.fromActuals).toBe(1);
    await d.manager.ok('auth.reauthenticate', { password: TEST_PASSWORD });
    const file = await d.manager.ok('rota.payrollExport', {
      kind: 'weekly',
      firstWeek: ACTUALS_WEEK,
      layout: 'hub_summary',
    });
    const rows = file.csv.split('\r\n').map((r) => r.split(','));
    const column = rows[0]?.indexOf('Visit times') ?? -1;
    const byName = new Map(rows.slice(1).map((r) => [r[1], r[column]]));
    expect(byName.get('Anna Okafor')).toBe('Actual for 1 of 3 visits');
    expect(byName.get('Ben Shah')).toBe('Planned');
  });
});
