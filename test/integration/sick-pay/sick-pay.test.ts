import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aCompleteStaffMember,
  anAccount,
  anIdealWeek,
  aPerson,
  aQuickPlanner,
  aVisit,
  openBranch,
} from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';

// The tests' today is Monday 23 November 2026 (the injected clock). The branch's scheme, set below: under 2 years'
// service 2 weeks at full pay then 2 at half; from 2 years 4 and 4.
const SCHEME = {
  waitingDays: 0,
  bands: [
    { fromServiceMonths: 0, toServiceMonths: 24, fullPayWeeks: 2, halfPayWeeks: 2 },
    { fromServiceMonths: 24, toServiceMonths: null, fullPayWeeks: 4, halfPayWeeks: 4 },
  ],
};
const MON_TO_FRI = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 8 * 60, endMinute: 17 * 60 }));

let tb: TestBackend;
let manager: TestClient;

/** A worker on 30 guaranteed hours at £14.00 an hour (£420.00 a week), working Monday to Friday. */
async function aWorker(startDate: string, details: { occupationalSickPay?: boolean } = {}): Promise<string> {
  const worker = await aCompleteStaffMember(tb, {
    startDate,
    details,
    payRates: [{ effectiveFrom: startDate, pencePerHour: 1400, note: null }],
  });
  await manager.ok('availability.saveWindows', { staffId: worker.id, windows: MON_TO_FRI });
  return worker.id;
}

const sick = (staffId: string, startDate: string, expectedEndDate: string | null) =>
  manager.call('availability.recordSickness', { staffId, startDate, startMinute: 0, expectedEndDate, note: null });

beforeAll(async () => {
  tb = await openBranch();
  await anAccount(tb, 'manager');
  manager = await tb.signedIn('manager');
  await manager.ok('policy.updateSickPayScheme', SCHEME);
});
afterAll(() => tb.close());

describe('sick pay worked out when sickness is recorded', () => {
  it('pays 2 years’ service off sick Mon to Fri a full week’s pay: £123.25 SSP, £296.75 on top', async () => {
    const staffId = await aWorker('2024-11-02');
    const recorded = await sick(staffId, '2026-11-16', '2026-11-20');
    // £420.00 a week over 5 days is £84.00 a day. SSP is the lower of £123.25 and 80% of £420.00 (£336.00): £24.65 a
    // day. Occupational sick pay tops each full-pay day up to £84.00: £59.35 a day, £296.75 for the 5 days.
    expect(recorded.ok && recorded.value.sickPay).toMatchObject({
      qualifyingDays: 5,
      sspDays: 5,
      sspPence: 12325,
      ospFullDays: 5,
      ospHalfDays: 0,
      ospPence: 29675,
      through: '2026-11-20',
    });
    const record = await manager.ok('staff.sickPay', { id: staffId });
    // 24 whole months on 23 November 2026: the 4 + 4 week band, 20 days each, 5 full-pay days used.
    expect(record).toMatchObject({
      inScheme: true,
      serviceMonths: 24,
      fullPayDays: 20,
      fullPayDaysLeft: 15,
      halfPayDaysLeft: 20,
      averageWeeklyEarningsPence: 42000,
    });
    expect(record.absences.map((a) => [a.startDate, a.sspPence + a.ospPence])).toEqual([['2026-11-16', 42000]]);
  });

  it('shows the week’s sick pay per worker in the pay view and its gross, the guarantee shrunk', async () => {
    const staffId = await aWorker('2024-11-02');
    // Off Tue 24 to Thu 26 November: 3 of 5 working days. 30 guaranteed hours become 12 (720 minutes), all a top-up
    // in a week with no visits: £168.00. Sick pay 3 × £24.65 and 3 × £59.35.
    await sick(staffId, '2026-11-24', '2026-11-26');
    // Someone else's visit, so there is a week to plan; the sick worker has none.
    const other = await aWorker('2024-11-02');
    const person = await aPerson(tb, { team: [other], lat: 51.456, lon: -0.015 });
    await anIdealWeek(tb, person.id, [aVisit({ weekday: 1, startMinute: 600, durationMinutes: 30 })]);
    await aQuickPlanner(tb);
    await manager.ok('rota.planWeek', { isoWeek: '2026-W48', iterations: 100 });
    const week = await manager.ok('rota.payView', { isoWeek: '2026-W48' });
    expect(week.workers.find((w) => w.staffId === staffId)).toMatchObject({
      sickDays: 3,
      sspPence: 3 * 2465,
      ospPence: 3 * 5935,
      topUpMinutes: 720,
      topUpPence: 16800,
      grossPence: 16800 + 3 * 2465 + 3 * 5935,
    });
  });

  it('moves to half pay once a first-year worker’s 2 full-pay weeks are used, and pays weekends nothing', async () => {
    const staffId = await aWorker('2026-06-01');
    // Three weeks, Mon 2 Nov to Sun 22 Nov: 15 working days. 10 at full pay (£59.35 above SSP), 5 at half pay
    // (£42.00 − £24.65 = £17.35 above SSP).
    const recorded = await sick(staffId, '2026-11-02', '2026-11-22');
    expect(recorded.ok && recorded.value.sickPay).toMatchObject({
      qualifyingDays: 15,
      sspPence: 15 * 2465,
      ospFullDays: 10,
      ospHalfDays: 5,
      ospPence: 10 * 5935 + 5 * 1735,
    });
    expect(await manager.ok('staff.sickPay', { id: staffId })).toMatchObject({
      fullPayDaysLeft: 0,
      halfPayDaysLeft: 5,
    });
  });

  it('gives a worker outside the scheme SSP only', async () => {
    const staffId = await aWorker('2020-01-06', { occupationalSickPay: false });
    const recorded = await sick(staffId, '2026-11-18', '2026-11-19');
    expect(recorded.ok && recorded.value.sickPay).toMatchObject({ qualifyingDays: 2, sspPence: 4930, ospPence: 0 });
    expect(await manager.ok('staff.sickPay', { id: staffId })).toMatchObject({ inScheme: false, band: null });
  });

  it('pays an open absence up to today and no further', async () => {
    const staffId = await aWorker('2024-11-02');
    const recorded = await sick(staffId, '2026-11-19', null);
    // Thu 19, Fri 20 and Mon 23 November (today).
    expect(recorded.ok && recorded.value.sickPay).toMatchObject({ qualifyingDays: 3, through: '2026-11-23' });
  });

  it('applies waiting days when the scheme sets them, paying everyone again under the new scheme', async () => {
    const staffId = await aWorker('2024-11-02');
    await sick(staffId, '2026-11-09', '2026-11-11');
    await manager.ok('policy.updateSickPayScheme', { ...SCHEME, waitingDays: 1 });
    const [absence] = (await manager.ok('staff.sickPay', { id: staffId })).absences;
    // Mon 9 is a waiting day for the scheme (SSP still paid); Tue and Wed at full pay.
    expect(absence).toMatchObject({ qualifyingDays: 3, sspPence: 3 * 2465, ospFullDays: 2, ospPence: 2 * 5935 });
    await manager.ok('policy.updateSickPayScheme', SCHEME);
  });
});

describe('bad sickness input', () => {
  it('refuses sickness ending before it starts, naming the expected end', async () => {
    const staffId = await aWorker('2024-11-02');
    const result = await sick(staffId, '2026-11-18', '2026-11-17');
    expect(result.ok ? null : [result.error.code, result.error.issues?.[0]?.path]).toEqual([
      'VALIDATION',
      ['expectedEndDate'],
    ]);
  });

  it('refuses sickness overlapping sickness already recorded, naming the start date, and stores nothing', async () => {
    const staffId = await aWorker('2024-11-02');
    await sick(staffId, '2026-11-16', '2026-11-18');
    const result = await sick(staffId, '2026-11-18', '2026-11-20');
    expect(result.ok ? null : result.error.issues?.[0]).toEqual({
      path: ['startDate'],
      message:
        'This overlaps sickness already recorded from Mon 16 Nov 2026 to Wed 18 Nov 2026: change or cancel that ' +
        'record instead',
    });
    const record = await manager.ok('staff.sickPay', { id: staffId });
    expect(record.absences.map((a) => [a.startDate, a.qualifyingDays])).toEqual([['2026-11-16', 3]]);
  });

  it('takes a cancelled absence out of the sick pay and the days used', async () => {
    const staffId = await aWorker('2024-11-02');
    const recorded = await sick(staffId, '2026-11-16', '2026-11-20');
    if (!recorded.ok) throw new Error(recorded.error.message);
    await manager.ok('availability.cancelException', { id: recorded.value.id });
    expect(await manager.ok('staff.sickPay', { id: staffId })).toMatchObject({ absences: [], fullPayDaysLeft: 20 });
  });
});
