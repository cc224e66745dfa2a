import { describe, expect, it } from 'vitest';
import {
  accruedMinutes,
  accruesOnHoursWorked,
  leaveAccruedMinutes,
  leaveYearOf,
  relevantWeeklyMinutes,
  regularEntitlementMinutes,
  rolledUpPence,
  workingDaysAmong,
  type HolidayWorker,
  type WorkedPeriod,
} from '@shared/domain/policy/holiday';
import { addDays } from '@shared/domain/time/iso-week';
import { periodWeeks } from '@shared/domain/rota-board/payroll';

const worker = (overrides: Partial<HolidayWorker> = {}): HolidayWorker => ({
  irregular: false,
  weeklyMinutes: 30 * 60,
  workingWeekdays: new Set([1, 2, 3, 4, 5]),
  startDate: '2020-01-06',
  leavingDate: null,
  ...overrides,
});
const APRIL_2026 = { start: '2026-04-01', end: '2027-03-31' };

describe('statutory holiday rules', () => {
  it('finds the leave year a date falls in from the month it starts', () => {
    expect(leaveYearOf('2026-12-07', 4)).toEqual(APRIL_2026);
    expect(leaveYearOf('2026-03-31', 4)).toEqual({ start: '2025-04-01', end: '2026-03-31' });
    expect(leaveYearOf('2026-12-07', 1)).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    // A leap year's February is inside a leave year from September.
    expect(leaveYearOf('2028-02-29', 9)).toEqual({ start: '2027-09-01', end: '2028-08-31' });
  });

  it('gives 5.6 weeks of the working week, at most 28 days, pro rata to the days employed', () => {
    // 5 days: 28 days of 6 hours = 168 hours.
    expect(regularEntitlementMinutes(worker(), APRIL_2026)).toBe(168 * 60);
    // 3 days of 8 hours (24 a week): 16.8 days of 8 hours = 134.4 hours = 8,064 minutes.
    expect(
      regularEntitlementMinutes(worker({ weeklyMinutes: 24 * 60, workingWeekdays: new Set([1, 3, 5]) }), APRIL_2026),
    ).toBe(8064);
    // 6 days of 6 hours: 5.6 × 6 = 33.6 days is capped at 28 days = 168 hours.
    expect(
      regularEntitlementMinutes(
        worker({ weeklyMinutes: 36 * 60, workingWeekdays: new Set([1, 2, 3, 4, 5, 6]) }),
        APRIL_2026,
      ),
    ).toBe(168 * 60);
    // Leaving on 30 Sep 2026: 183 of 365 days, 10,080 × 183 / 365 = 5,053.8 → 5,054 minutes.
    expect(regularEntitlementMinutes(worker({ leavingDate: '2026-09-30' }), APRIL_2026)).toBe(5054);
    // Left before the year began, or no guaranteed week: nothing.
    expect(regularEntitlementMinutes(worker({ leavingDate: '2026-03-01' }), APRIL_2026)).toBe(0);
    expect(regularEntitlementMinutes(worker({ weeklyMinutes: 0 }), APRIL_2026)).toBe(0);
  });

  it('accrues 12.07% of hours worked, and rolls up 12.07% of pay, for irregular hours from April 2024', () => {
    // 37.5 hours worked: 2,250 × 0.1207 = 271.575 → 272 minutes.
    expect(accruedMinutes(2250)).toBe(272);
    // £400.00 of pay: £48.28.
    expect(rolledUpPence(40000)).toBe(4828);
    expect(accruesOnHoursWorked({ irregular: true }, '2024-04-01')).toBe(true);
    expect(accruesOnHoursWorked({ irregular: true }, '2024-01-01')).toBe(false);
    expect(accruesOnHoursWorked({ irregular: false }, '2026-04-01')).toBe(false);
  });

  it('counts leave only on the worker’s usual days', () => {
    const days = ['2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30']; // Fri, Sat, Sun, Mon
    expect(workingDaysAmong(worker(), days)).toEqual(['2026-11-27', '2026-11-30']);
  });
});

describe('pay periods', () => {
  it('makes a month the weeks that end in it, so months neither overlap nor leave gaps', () => {
    // November 2026 ends on a Monday: the weeks ending Sun 1, 8, 15, 22 and 29 Nov.
    expect(periodWeeks('monthly', '2026-W47')).toEqual(['2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48']);
    // The week of Mon 30 Nov ends on Sun 6 Dec: December's first week.
    expect(periodWeeks('monthly', '2026-W49')).toEqual(['2026-W49', '2026-W50', '2026-W51', '2026-W52']);
    expect(periodWeeks('monthly', '2026-W52')).toEqual(periodWeeks('monthly', '2026-W49'));
    expect(periodWeeks('four_weekly', '2026-W52')).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
  });
});

describe('holiday accrued while off sick, irregular hours (WTR reg 15C)', () => {
  // Weekly pay periods, Monday to Sunday, counting back from the one before Monday 7 Dec 2026.
  const week = (weeksBack: number, workedMinutes: number, onLeave = false): WorkedPeriod => {
    const start = addDays('2026-12-07', -7 * weeksBack);
    return { start, end: addDays(start, 6), workedMinutes, onLeave };
  };
  const SICK_FROM = '2026-12-07';

  it('averages the weeks before the sickness, weeks with no work included', () => {
    expect(relevantWeeklyMinutes([week(1, 600), week(2, 0), week(3, 300)], SICK_FROM, '2020-01-01')).toBe(300);
    // 12.07% of a 300-minute week for each week off sick: a whole week 36.21 → 36; three days 15.5 → 16.
    expect(leaveAccruedMinutes(300, 7)).toBe(36);
    expect(leaveAccruedMinutes(300, 3)).toBe(16);
  });

  it('leaves out weeks with sickness and reaches back in their place, to 52 weeks and never beyond 104', () => {
    const weeks = Array.from({ length: 110 }, (_, i) => week(i + 1, i < 52 ? 600 : 60));
    // The newest 52 weeks: 600 minutes each.
    expect(relevantWeeklyMinutes(weeks, SICK_FROM, '2020-01-01')).toBe(600);
    // One of them off sick: the 53rd week back (60 minutes) takes its place.
    const oneSick = weeks.map((w, i) => (i === 0 ? { ...w, onLeave: true } : w));
    expect(relevantWeeklyMinutes(oneSick, SICK_FROM, '2020-01-01')).toBeCloseTo((51 * 600 + 60) / 52, 9);
    // Weeks more than 104 back never count, however many were left out.
    const allSick = weeks.map((w, i) => (i < 104 ? { ...w, onLeave: true } : w));
    expect(relevantWeeklyMinutes(allSick, SICK_FROM, '2020-01-01')).toBeNull();
  });

  it('counts only the weeks employed, and nothing before the first pay period exported', () => {
    const weeks = [week(1, 600), week(2, 600), week(3, 60)];
    expect(relevantWeeklyMinutes(weeks, SICK_FROM, addDays(SICK_FROM, -14))).toBe(600);
    expect(relevantWeeklyMinutes([], SICK_FROM, '2020-01-01')).toBeNull();
    // A period that runs into the sickness is not "before" it.
    expect(relevantWeeklyMinutes([{ ...week(1, 600), end: SICK_FROM }], SICK_FROM, '2020-01-01')).toBeNull();
  });
});
