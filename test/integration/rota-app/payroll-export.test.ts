import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anAccount,
  anIdealWeek,
  aPerson,
  aQuickPlanner,
  aVisit,
  aWorkerClearedToWork,
  openBranch,
  write,
} from '@test/fixtures/builders';
import { TEST_PASSWORD, type TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';

const WEEK = '2026-W48'; // Monday 23 November 2026, the tests' "now"
const at = (h: number, m = 0) => h * 60 + m;

// A week a payroll clerk can check by hand: Anna has one hour's visit on Monday at £14.00; Ben has no visits, a
// guarantee of 10 hours at £13.00, and is off sick Tuesday to Thursday.
describe('payroll export of a pay period', () => {
  let t: TestBackend;
  let manager: TestClient;
  let anna: string;
  let ben: string;

  beforeAll(async () => {
    t = await openBranch();
    await aQuickPlanner(t);
    await anAccount(t, 'manager');
    await anAccount(t, 'coordinator');
    manager = await t.signedIn('manager');
    const coordinator = await t.signedIn('coordinator');
    const rate = (pencePerHour: number) => [{ effectiveFrom: '2024-01-08', pencePerHour, note: null }];
    anna = (await aWorkerClearedToWork(t, { givenName: 'Anna', payRates: rate(1400) })).id;
    ben = (
      await aWorkerClearedToWork(t, {
        givenName: 'Ben',
        payRates: rate(1300),
        details: { guaranteedWeeklyHours: 10, occupationalSickPay: true },
      })
    ).id;
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
    const person = await aPerson(t, { team: [anna], lat: 51.456, lon: -0.015 });
    await anIdealWeek(t, person.id, [aVisit({ weekday: 1, startMinute: at(8), durationMinutes: 60, flexMinutes: 0 })]);
    await write(t, 'availability.recordSickness', {
      staffId: ben,
      startDate: '2026-11-24',
      startMinute: 0,
      expectedEndDate: '2026-11-26',
      note: null,
    });
    await coordinator.ok('rota.planWeek', { isoWeek: WEEK, iterations: 500 });
  }, 60_000);
  afterAll(async () => t.close());

  it('shows the period and its totals before exporting, writing nothing', async () => {
    const summary = await manager.ok('rota.payrollSummary', { kind: 'weekly', firstWeek: WEEK });
    // Anna £14.00; Ben 4 hours' top-up (10 hours less 3 of 5 days off) £52.00 and sick pay £78.00: £144.00 in all.
    expect(summary).toMatchObject({
      startDate: '2026-11-23',
      endDate: '2026-11-29',
      workers: 2,
      paidMinutes: 60,
      topUpPence: 5200,
      sspPence: 6240,
      ospPence: 1560,
      grossPence: 1400 + 5200 + 6240 + 1560,
      belowFloor: 0,
      fromActuals: 0,
      overlaps: null,
    });
  });

  it('asks for the password again before exporting, as the other exports do', async () => {
    const refused = await manager.call('rota.payrollExport', { kind: 'weekly', firstWeek: WEEK });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'FORBIDDEN', reason: 'reauth_required' });
    // Nothing was exported: the period is still free.
    expect((await manager.ok('rota.payrollSummary', { kind: 'weekly', firstWeek: WEEK })).overlaps).toBeNull();
    await manager.ok('auth.reauthenticate', { password: TEST_PASSWORD });
  });

  it('writes one row per worker a payroll clerk can check by hand, then refuses the same period again', async () => {
    const file = await manager.ok('rota.payrollExport', { kind: 'weekly', firstWeek: WEEK, layout: 'hub_summary' });
    const [header, annaRow, benRow, end] = file.csv.split('\r\n');
    expect(header).toBe(
      'Staff reference,Name,Period start,Period end,Hours worked,Visit hours,Travel minutes paid,Waiting hours,' +
        'Training and meeting hours,Guaranteed hours top-up hours,Guaranteed hours top-up pay,Sick days,' +
        'Statutory sick pay,Occupational sick pay,Hourly rate,Gross pay,Pay floor,Pay floor met,Holiday hours,' +
        'Holiday pay,Rolled-up holiday pay,Holiday accrued hours,Visit times',
    );
    expect(annaRow?.split(',').slice(2)).toEqual(
      ['23/11/2026', '29/11/2026', '1.00', '1.00', '0', '0.00', '0.00', '0.00', '0.00', '0'].concat([
        '0.00',
        '0.00',
        '14.00',
        '14.00',
        '12.75',
        'Yes',
        // No leave; Anna has no guaranteed hours, so 12.07% of her hour worked accrues as holiday: 7.242 minutes.
        '0.00',
        '0.00',
        '0.00',
        '0.12',
        'Planned',
      ]),
    );
    // Ben: £130.00 a week over 5 days is £26.00 a day; SSP is 80% of it (below the £123.25 flat rate): £20.80 a
    // day. With 34 months' service the scheme pays full pay, £5.20 a day on top. 3 days: £62.40 and £15.60.
    expect(benRow?.split(',').slice(4)).toEqual(
      ['0.00', '0.00', '0', '0.00', '0.00', '4.00', '52.00', '3', '62.40', '15.60', '13.00', '130.00'].concat([
        '12.75',
        'Yes',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        'Planned',
      ]),
    );
    expect(end).toBe('');
    expect(file.fileName).toBe('payroll-2026-11-23-to-2026-11-29.csv');

    const again = await manager.call('rota.payrollExport', { kind: 'fortnightly', firstWeek: '2026-W47' });
    expect(again.ok ? null : again.error.issues?.[0]?.path).toEqual(['firstWeek']);
    const twice = await manager.call('rota.payrollExport', { kind: 'weekly', firstWeek: WEEK });
    expect(twice.ok ? null : twice.error.issues?.[0]).toEqual({
      path: ['firstWeek'],
      message:
        'This period overlaps the one from Mon 23 Nov 2026 to Sun 29 Nov 2026, already exported: choose a period ' +
        'that starts after it',
    });
    const log = await manager.ok('audit.list', { action: 'rota.payrollExport' });
    // Newest first: the two refusals, the export, and the refusal without a recent password.
    expect(log.map((e) => e.outcome)).toEqual(['failure', 'failure', 'success', 'denied']);
    expect(log[2]?.entity).toBe('payroll_export');
  });

  it('refuses a period with a week not yet planned, naming the first week', async () => {
    const result = await manager.call('rota.payrollSummary', { kind: 'fortnightly', firstWeek: '2026-W49' });
    expect(result.ok ? null : result.error.issues?.[0]).toEqual({
      path: ['firstWeek'],
      message: 'The week of 30 Nov 2026 has not been planned yet: plan every week of the period before exporting',
    });
  });

  it('takes a monthly period as the weeks ending in the month, and names the first not yet planned', async () => {
    // November 2026's weeks end on Sundays 1 to 29 Nov: the first is the week of Mon 26 Oct.
    const result = await manager.call('rota.payrollSummary', { kind: 'monthly', firstWeek: WEEK });
    expect(result.ok ? null : result.error.issues?.[0]).toEqual({
      path: ['firstWeek'],
      message: 'The week of 26 Oct 2026 has not been planned yet: plan every week of the period before exporting',
    });
  });

  it('is for the manager only', async () => {
    const coordinator = await t.signedIn('coordinator');
    const result = await coordinator.call('rota.payrollSummary', { kind: 'weekly', firstWeek: WEEK });
    expect(result.ok ? null : result.error.code).toBe('FORBIDDEN');
  });
});
