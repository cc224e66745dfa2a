import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getISODay, getISOWeek, getISOWeekYear } from 'date-fns';
import { londonDate, londonMinute } from '@shared/domain/time/london';
import {
  addDays,
  daysBetween,
  IsoWeek,
  isValidIsoWeek,
  isoWeekOf,
  isoWeekday,
  isoWeeksInYear,
  mondayOf,
  shiftIsoWeek,
  weekDates,
} from '@shared/domain/time/iso-week';
import {
  formatDate,
  formatDayOfWeek,
  formatDuration,
  formatDurationInWords,
  formatInstant,
  formatMinute,
  formatMonthName,
  formatWeek,
  formatWeekInSentence,
} from '@shared/domain/time/format';

const at = (iso: string) => new Date(iso);

describe('today and the minute in London', () => {
  it('moves to British Summer Time at 01:00 GMT on the last Sunday of March', () => {
    // 29 March 2026: 00:59 GMT is followed by 02:00 BST.
    expect(londonDate(at('2026-03-29T00:59:00Z'))).toBe('2026-03-29');
    expect(londonMinute(at('2026-03-29T00:59:00Z'))).toBe(59);
    expect(londonMinute(at('2026-03-29T01:00:00Z'))).toBe(120);
  });

  it('goes back to GMT at 01:00 GMT on the last Sunday of October, so 01:30 happens twice', () => {
    // 25 October 2026.
    expect(londonMinute(at('2026-10-25T00:30:00Z'))).toBe(90);
    expect(londonMinute(at('2026-10-25T01:30:00Z'))).toBe(90);
    expect(londonDate(at('2026-10-25T01:30:00Z'))).toBe('2026-10-25');
  });

  it('starts the London day an hour before UTC midnight in summer, and at it in winter', () => {
    expect(londonDate(at('2026-06-30T22:59:00Z'))).toBe('2026-06-30');
    expect(londonDate(at('2026-06-30T23:00:00Z'))).toBe('2026-07-01');
    expect(londonMinute(at('2026-06-30T23:00:00Z'))).toBe(0);
    expect(londonDate(at('2026-12-31T23:59:00Z'))).toBe('2026-12-31');
    expect(londonDate(at('2027-01-01T00:00:00Z'))).toBe('2027-01-01');
  });
});

describe('ISO weeks', () => {
  it('puts 29 to 31 December in week 1 of the next year when that week has the Thursday', () => {
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
    expect(isoWeekOf('2025-12-31')).toBe('2026-W01');
    expect(weekDates('2026-W01')).toEqual([
      '2025-12-29',
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-01-04',
    ]);
  });

  it('knows the years with 53 weeks and refuses week 53 in the others', () => {
    expect(isoWeeksInYear(2020)).toBe(53); // leap year starting on a Wednesday
    expect(isoWeeksInYear(2026)).toBe(53); // starts on a Thursday
    expect(isoWeeksInYear(2025)).toBe(52);
    expect(isoWeeksInYear(2027)).toBe(52);
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(weekDates('2026-W53')[6]).toBe('2027-01-03');
    expect(isValidIsoWeek('2026-W53')).toBe(true);
    expect(isValidIsoWeek('2025-W53')).toBe(false);
    expect(() => mondayOf('2025-W53')).toThrow(/2025-W53/);
  });

  it('refuses weeks that are not weeks', () => {
    for (const week of ['2026-W00', '2026-W54', '2026-W5', '2026W05', '26-W05', '', '2026-W05 '])
      expect(isValidIsoWeek(week), week).toBe(false);
  });

  it('steps weeks across year ends, including out of a 53-week year', () => {
    expect(shiftIsoWeek('2026-W52', 1)).toBe('2026-W53');
    expect(shiftIsoWeek('2026-W53', 1)).toBe('2027-W01');
    expect(shiftIsoWeek('2020-W53', 1)).toBe('2021-W01');
    expect(shiftIsoWeek('2026-W01', -1)).toBe('2025-W52');
    expect(shiftIsoWeek('2026-W50', 0)).toBe('2026-W50');
  });

  it('steps weeks in any four-digit year, never reading year 0050 as 1950 (a week the contract accepts)', () => {
    expect(shiftIsoWeek('0103-W28', -1)).toBe('0103-W27');
    expect(mondayOf('0050-W01')).toBe('0050-01-03');
    expect(addDays('0050-03-01', -1)).toBe('0050-02-28');
    expect(isoWeekOf('0001-01-01')).toBe('0001-W01');
  });

  it('agrees with date-fns for any date from 1990 to 2100', () => {
    const day = fc.integer({ min: 0, max: 40_000 }).map((n) => addDays('1990-01-01', n));
    fc.assert(
      fc.property(day, (date) => {
        const reference = new Date(`${date}T12:00:00`);
        const week = isoWeekOf(date);
        expect(week).toBe(`${getISOWeekYear(reference)}-W${String(getISOWeek(reference)).padStart(2, '0')}`);
        expect(isoWeekday(date)).toBe(getISODay(reference));
        expect(isValidIsoWeek(week)).toBe(true);
        expect(weekDates(week)).toContain(date);
        expect(isoWeekday(mondayOf(week))).toBe(1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('days', () => {
  it('counts whole days across clock changes, month ends and leap days', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-26', '2026-10-24')).toBe(-2);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });

  it('adds and counts days as inverses', () => {
    const day = fc.integer({ min: 0, max: 40_000 }).map((n) => addDays('1990-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: -1000, max: 1000 }), (date, n) => {
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });
});

describe('the IsoWeek schema', () => {
  it('accepts a week that exists and names the problem with one that does not', () => {
    expect(IsoWeek.parse('2026-W53')).toBe('2026-W53');
    const missing = IsoWeek.safeParse('2025-W53');
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.message).toBe('This week does not exist in that year');
    const garbled = IsoWeek.safeParse('week 5');
    expect(garbled.error?.issues[0]?.message).toMatch(/YYYY-Www/);
    expect(IsoWeek.safeParse('0377-W44').error?.issues[0]?.message).toBe('Enter a week from 2000 to 2099');
  });
});

describe('dates and times as people read them', () => {
  it('writes dates with the weekday, day, short month and year', () => {
    expect(formatDate('2026-12-07')).toBe('Mon 7 Dec 2026');
    expect(formatDate('2027-01-03')).toBe('Sun 3 Jan 2027');
    expect(formatDate('2026-09-10')).toBe('Thu 10 Sept 2026');
    expect(formatDayOfWeek('2026-12-07')).toBe('Mon 7 Dec');
    expect(formatMonthName('2026-09')).toBe('Sept');
  });

  it('names a week by its Monday, even when the Monday is in the year before', () => {
    expect(formatWeek('2026-W50')).toBe('Week of 7 Dec 2026');
    expect(formatWeek('2026-W01')).toBe('Week of 29 Dec 2025');
    expect(formatWeekInSentence('2026-W50')).toBe('week of 7 Dec 2026');
  });

  it('writes lengths of time in hours and minutes, without "0 h" before a short one', () => {
    expect(formatDuration(750)).toBe('12 h 30 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(0)).toBe('0 h');
  });

  it('spells lengths of time out for a sentence, one hour or minute in the singular', () => {
    expect(formatDurationInWords(1140)).toBe('19 hours');
    expect(formatDurationInWords(750)).toBe('12 hours 30 minutes');
    expect(formatDurationInWords(61)).toBe('1 hour 1 minute');
    expect(formatDurationInWords(45)).toBe('45 minutes');
    expect(formatDurationInWords(0)).toBe('0 minutes');
  });

  it('writes minutes of the day on the 24-hour clock', () => {
    expect(formatMinute(570)).toBe('09:30');
    expect(formatMinute(0)).toBe('00:00');
    expect(formatMinute(1439)).toBe('23:59');
  });

  it('writes stored instants in London wall-clock time, GMT or BST as it was then', () => {
    expect(formatInstant('2026-12-07T09:30:00.000Z')).toBe('Mon 7 Dec 2026, 09:30');
    expect(formatInstant('2026-07-01T08:30:00Z')).toBe('Wed 1 Jul 2026, 09:30');
    expect(formatInstant('2026-06-30T23:15:00Z')).toBe('Wed 1 Jul 2026, 00:15');
    expect(formatInstant('2026-03-29T01:00:00Z')).toBe('Sun 29 Mar 2026, 02:00');
    expect(formatInstant('2026-10-25T00:30:00Z')).toBe('Sun 25 Oct 2026, 01:30');
    expect(formatInstant('2026-10-25T01:30:00Z')).toBe('Sun 25 Oct 2026, 01:30');
  });
});
