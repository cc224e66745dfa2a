import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerPay } from '@shared/domain/rota-board/board';
import {
  anAccount,
  anIdealWeek,
  aPerson,
  aQuickPlanner,
  aVisit,
  aWeekdayWalker,
  aWorkerClearedToWork,
  openBranch,
  write,
} from '@test/fixtures/builders';
import { TEST_PASSWORD, type TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';

const [W48, W49] = ['2026-W48', '2026-W49']; // weeks of Mon 23 Nov (the tests' "now") and Mon 30 Nov 2026
const at = (h: number, m = 0) => h * 60 + m;

// Two workers whose holiday can be worked out on paper (leave year from 1 April, the default):
// - Ben, regular hours: 30 guaranteed hours over Monday to Friday at £13.00, started 1 July 2026. One fixed visit a
//   week (Monday 08:00, 60 minutes). Leave taken 10–14 Aug (5 days), booked Tue 24 and Wed 25 Nov (2 days), and
//   asked for 21–24 Dec (4 days, not yet decided).
// - Ada, zero hours at £14.00: three fixed 100-minute visits a week (Monday to Wednesday 08:00), a day's leave on
//   Friday 4 December.
describe('holiday: entitlement, what is taken, and holiday pay in the pay view and the payroll export', () => {
  let t: TestBackend;
  let manager: TestClient;
  let coordinator: TestClient;
  let ben: string;
  let ada: string;

  beforeAll(async () => {
    t = await openBranch();
    await aQuickPlanner(t);
    await anAccount(t, 'manager');
    await anAccount(t, 'coordinator');
    manager = await t.signedIn('manager');
    coordinator = await t.signedIn('coordinator');
    const rate = (pencePerHour: number) => [{ effectiveFrom: '2024-01-08', pencePerHour, note: null }];
    ben = (
      await aWorkerClearedToWork(t, {
        givenName: 'Ben',
        familyName: 'Okafor',
        startDate: '2026-07-01',
        payRates: [{ effectiveFrom: '2026-07-01', pencePerHour: 1300, note: null }],
        details: { guaranteedWeeklyHours: 30 },
      })
    ).id;
    ada = (
      await aWorkerClearedToWork(t, {
        givenName: 'Ada',
        familyName: 'Mensah',
        payRates: rate(1400),
        details: { guaranteedWeeklyHours: null, zeroHours: true },
      })
    ).id;
    for (const staffId of [ben, ada]) await aWeekdayWalker(t, staffId);
    const fixed = (weekday: number, durationMinutes: number) =>
      aVisit({ weekday, startMinute: at(8), durationMinutes, flexMinutes: 0 });
    const forBen = await aPerson(t, { team: [ben], lat: 51.456, lon: -0.015 });
    await anIdealWeek(t, forBen.id, [fixed(1, 60)]);
    for (const [i, weekday] of [1, 2, 3].entries()) {
      const forAda = await aPerson(t, { team: [ada], lat: 51.457 + i / 1000, lon: -0.015 });
      await anIdealWeek(t, forAda.id, [fixed(weekday, 100)]);
    }
    const leave = async (staffId: string, startDate: string, endDate: string, approve: boolean) => {
      const asked = await write(t, 'availability.requestLeave', { staffId, startDate, endDate, note: null });
      if (approve) await write(t, 'availability.decideLeave', { id: asked.id, decision: 'approved' });
    };
    await leave(ben, '2026-08-10', '2026-08-14', true);
    await leave(ben, '2026-11-24', '2026-11-25', true);
    await leave(ben, '2026-12-21', '2026-12-24', false);
    await leave(ada, '2026-12-04', '2026-12-04', true);
    for (const isoWeek of [W48, W49]) await coordinator.ok('rota.planWeek', { isoWeek, iterations: 500 });
  }, 60_000);
  afterAll(async () => t.close());

  const payOf = async (isoWeek: string, staffId: string): Promise<WorkerPay> => {
    const view = await coordinator.ok('rota.payView', { isoWeek });
    const found = view.workers.find((w) => w.staffId === staffId);
    if (!found) throw new Error(`no pay for ${staffId} in ${isoWeek}`);
    return found;
  };

  it('gives a regular-hours starter 5.6 weeks pro rata, and counts leave booked through availability', async () => {
    const h = await manager.ok('staff.holiday', { id: ben });
    // 5.6 weeks × 5 days = 28 days of 30 / 5 = 6 hours: 168 hours = 10,080 minutes for a whole year. Employed
    // 1 Jul 2026 to 31 Mar 2027: 274 of the year's 365 days, 10,080 × 274 / 365 = 7,566.9 → 7,567 minutes.
    expect(h).toMatchObject({
      leaveYearStart: '2026-04-01',
      leaveYearEnd: '2027-03-31',
      basis: 'regular',
      rolledUp: false,
      workingDaysPerWeek: 5,
      dayMinutes: 360,
      entitlementMinutes: 7567,
      // 10–14 Aug is past: 5 days × 360 = 1,800. 24–25 Nov is after today (Mon 23 Nov): 720 booked.
      takenMinutes: 1800,
      bookedMinutes: 720,
      // 21–24 Dec: 4 working days waiting for a decision, not yet counted.
      requestedMinutes: 1440,
      remainingMinutes: 7567 - 1800 - 720,
    });
    expect(h.bookings.map((b) => [b.startDate, b.status, b.workingDays])).toEqual([
      ['2026-08-10', 'approved', 5],
      ['2026-11-24', 'approved', 2],
      ['2026-12-21', 'requested', 4],
    ]);
  });

  it('pays the regular-hours worker’s leave days at the rate, beside the guarantee less those days', async () => {
    const b = await payOf(W48, ben);
    // Monday's visit: 60 minutes, £13.00. Guarantee 30 hours less 2 of 5 days on leave: 1,800 × 3 / 5 = 1,080
    // minutes; short by 1,020 = £221.00. Holiday: 2 days × 360 minutes = 720 minutes at £13.00 = £156.00.
    expect(b).toMatchObject({
      paidMinutes: 60,
      workPence: 1300,
      guaranteedMinutes: 1080,
      topUpPence: 22100,
      holidayDays: 2,
      holidayMinutes: 720,
      holidayPence: 15600,
      rolledUpHolidayPence: 0,
    });
    // The whole guaranteed week is paid: 30 hours at £13.00 = £390.00.
    expect(b.grossPence).toBe(39000);
  });

  it('accrues 12.07% of hours worked for a zero-hours worker when a pay period is exported', async () => {
    const before = await manager.ok('staff.holiday', { id: ada });
    expect(before).toMatchObject({ basis: 'irregular', entitlementMinutes: 0, accruals: [] });
    await manager.ok('auth.reauthenticate', { password: TEST_PASSWORD });
    const file = await manager.ok('rota.payrollExport', { kind: 'weekly', firstWeek: W48, layout: 'hub_summary' });
    const [header, adaRow, benRow] = file.csv.split('\r\n');
    // The holiday columns, then where the visit hours came from.
    expect(header?.split(',').slice(-5)).toEqual([
      'Holiday hours',
      'Holiday pay',
      'Rolled-up holiday pay',
      'Holiday accrued hours',
      'Visit times',
    ]);
    // Ada worked 3 × 100 = 300 minutes: 12.07% is 36.21 → 36 minutes accrued (0.60 hours); no leave this week.
    expect(adaRow?.split(',').slice(-5)).toEqual(['0.00', '0.00', '0.00', '0.60', 'Planned']);
    expect(benRow?.split(',').slice(-5)).toEqual(['12.00', '156.00', '0.00', '0.00', 'Planned']);
    const after = await manager.ok('staff.holiday', { id: ada });
    expect(after.entitlementMinutes).toBe(36);
    expect(after.accruals).toEqual([
      {
        periodStart: '2026-11-23',
        periodEnd: '2026-11-29',
        workedMinutes: 300,
        accruedMinutes: 36,
        onSickLeaveMinutes: 0,
      },
    ]);
  });

  it('pays a zero-hours worker’s day of leave at their average week worked over the periods exported', async () => {
    const a = await payOf(W49, ada);
    // The week exported before: 300 minutes in 7 days, an average week of 300 minutes over 5 working days = 60
    // minutes a day. Friday 4 Dec on leave: 60 minutes at £14.00 = £14.00, on top of 300 minutes' work (£70.00).
    expect(a).toMatchObject({ workPence: 7000, holidayDays: 1, holidayMinutes: 60, holidayPence: 1400 });
    expect(a.grossPence).toBe(8400);
  });

  it('pays rolled-up holiday pay once the branch chooses it, and writes it in BrightPay’s layout', async () => {
    const refused = await manager.call('policy.updateHolidayPolicy', {
      leaveYearStartMonth: 13,
      rolledUpHolidayPay: true,
    });
    expect(refused.ok ? null : refused.error.issues?.[0]).toEqual({
      path: ['leaveYearStartMonth'],
      message: 'Choose a month from January to December',
    });
    await manager.ok('policy.updateHolidayPolicy', { leaveYearStartMonth: 4, rolledUpHolidayPay: true });
    const a = await payOf(W49, ada);
    // 12.07% of £70.00 = £8.449 → £8.45; the day of leave is not paid again.
    expect(a).toMatchObject({ holidayMinutes: 60, holidayPence: 0, rolledUpHolidayPence: 845 });
    expect(a.grossPence).toBe(7000 + 845);
    // Ben has guaranteed hours: his leave is still paid when taken.
    expect((await payOf(W49, ben)).rolledUpHolidayPence).toBe(0);

    await manager.ok('auth.reauthenticate', { password: TEST_PASSWORD });
    const file = await manager.ok('rota.payrollExport', { kind: 'weekly', firstWeek: W49 });
    expect(file.fileName).toBe('payroll-brightpay-2026-11-30-to-2026-12-06.csv');
    const [header, adaRow] = file.csv.split('\r\n');
    const cells = (row: string | undefined) => new Map(header?.split(',').map((h, i) => [h, row?.split(',')[i]]));
    const adaCells = cells(adaRow);
    expect(header?.split(',').slice(0, 6)).toEqual([
      'Employee works number',
      'Employee first name',
      'Employee surname',
      'Payment 1 description',
      'Payment 1 rate per hour',
      'Payment 1 number of normal hours',
    ]);
    expect([adaCells.get('Employee first name'), adaCells.get('Employee surname')]).toEqual(['Ada', 'Mensah']);
    expect([adaCells.get('Payment 1 description'), adaCells.get('Payment 1 number of normal hours')]).toEqual([
      'Visits',
      '5.00',
    ]);
    expect([adaCells.get('Payment 5 description'), adaCells.get('Payment 5 number of normal hours')]).toEqual([
      'Holiday',
      '0.00',
    ]);
    expect([adaCells.get('Addition 2 description'), adaCells.get('Addition 2 amount')]).toEqual([
      'Rolled-up holiday pay (12.07%)',
      '8.45',
    ]);
  });

  it('accrues holiday for a zero-hours worker’s days off sick on the average week before the sickness', async () => {
    // Off sick Monday 7 to Wednesday 9 December: the three days of her visits, so she works nothing that week.
    await write(t, 'availability.recordSickness', {
      staffId: ada,
      startDate: '2026-12-07',
      startMinute: 0,
      expectedEndDate: '2026-12-09',
      note: null,
    });
    await write(t, 'availability.recordSickness', {
      staffId: ben,
      startDate: '2026-12-07',
      startMinute: 0,
      expectedEndDate: '2026-12-07',
      note: null,
    });
    await coordinator.ok('rota.planWeek', { isoWeek: '2026-W50', iterations: 500 });
    await manager.ok('auth.reauthenticate', { password: TEST_PASSWORD });
    await manager.ok('rota.payrollExport', { kind: 'weekly', firstWeek: '2026-W50' });
    const h = await manager.ok('staff.holiday', { id: ada });
    // The relevant period is the weeks exported before the sickness: 300 minutes in each of 23 Nov and 30 Nov (the
    // day of annual leave on 4 Dec is not sickness, so that week counts), an average week of 300 minutes. Three days
    // off sick are 3/7 of a week: 300 × 3 / 7 × 12.07% = 15.5 → 16 minutes, with nothing worked.
    expect(h.accruals.at(-1)).toEqual({
      periodStart: '2026-12-07',
      periodEnd: '2026-12-13',
      workedMinutes: 0,
      accruedMinutes: 16,
      onSickLeaveMinutes: 16,
    });
    // Ben, off sick on the Monday too, has regular hours: his entitlement is the year's 5.6 weeks, nothing accrues.
    const benRows = (await manager.ok('staff.holiday', { id: ben })).accruals;
    expect(benRows.at(-1)).toMatchObject({ periodStart: '2026-12-07', accruedMinutes: 0, onSickLeaveMinutes: 0 });
  });

  it('shows a worker only their own holiday', async () => {
    await anAccount(t, 'worker', { staffId: ada });
    const worker = await t.signedIn('worker');
    expect((await worker.ok('staff.holiday', { id: ada })).basis).toBe('irregular');
    const other = await worker.call('staff.holiday', { id: ben });
    expect(other.ok ? null : other.error.code).toBe('FORBIDDEN');
  });
});
