import { describe, expect, it } from 'vitest';
import { flagVisit, minutesBetween, paidVisitSpan, type RecordedVisit } from '@shared/domain/actuals/flags';
import { checkActualTimes } from '@shared/domain/actuals/time-checks';

const at = (h: number, m = 0) => h * 60 + m;
const DAY = '2026-12-07';
const settings = { lateMinutes: 15 };
const visit = (overrides: Partial<RecordedVisit> = {}): RecordedVisit => ({
  date: DAY,
  plannedStartMinute: at(8),
  plannedMinutes: 60,
  arrival: null,
  departure: null,
  shortReason: null,
  ...overrides,
});
const now = (h: number, m = 0, date = DAY) => ({ date, minute: at(h, m) });

describe('flagging a visit on the day', () => {
  it('is not due before its start, due until the late threshold passes, then missed', () => {
    expect(flagVisit(visit(), settings, now(7, 59)).status).toBe('not_due');
    expect(flagVisit(visit(), settings, now(8, 15)).status).toBe('due');
    expect(flagVisit(visit(), settings, now(8, 16))).toEqual({
      status: 'missed',
      lateByMinutes: null,
      flags: ['missed'],
    });
    expect(flagVisit(visit(), settings, now(7, 0, '2026-12-08')).status).toBe('missed');
    expect(flagVisit(visit(), { lateMinutes: 30 }, now(8, 16)).status).toBe('due');
  });

  it('flags an arrival later than the threshold, and not one within it', () => {
    const arrived = (m: number) => visit({ arrival: { date: DAY, minute: at(8, m) } });
    expect(flagVisit(arrived(15), settings, now(9))).toEqual({ status: 'arrived', lateByMinutes: 15, flags: [] });
    expect(flagVisit(arrived(16), settings, now(9))).toEqual({ status: 'arrived', lateByMinutes: 16, flags: ['late'] });
    expect(flagVisit(visit({ arrival: { date: DAY, minute: at(7, 50) } }), settings, now(9)).lateByMinutes).toBe(-10);
  });

  it('flags a visit shorter than agreed (with or without a reason) or longer, beyond five minutes either way', () => {
    const lasting = (minutes: number, shortReason: string | null = null) =>
      flagVisit(
        visit({
          arrival: { date: DAY, minute: at(8) },
          departure: { date: DAY, minute: at(8) + minutes },
          shortReason,
        }),
        settings,
        now(12),
      ).flags;
    expect(lasting(55)).toEqual([]);
    expect(lasting(65)).toEqual([]);
    expect(lasting(54)).toEqual(['short_no_reason']);
    expect(lasting(30, 'person_out')).toEqual(['short']);
    expect(lasting(66)).toEqual(['longer']);
  });
});

describe('times across days and pay from them', () => {
  it('counts minutes across midnight', () => {
    expect(minutesBetween({ date: DAY, minute: at(23, 30) }, { date: '2026-12-08', minute: at(0, 15) })).toBe(45);
  });

  it('pays from the arrival for the actual length, never less than planned', () => {
    const arrival = { date: DAY, minute: at(8, 10) };
    expect(paidVisitSpan(60, arrival, { date: DAY, minute: at(9, 40) })).toEqual({ start: at(8, 10), end: at(9, 40) });
    expect(paidVisitSpan(60, arrival, { date: DAY, minute: at(8, 30) })).toEqual({ start: at(8, 10), end: at(9, 10) });
    expect(paidVisitSpan(60, arrival, null)).toEqual({ start: at(8, 10), end: at(9, 10) });
  });

  it('refuses a departure before the arrival and an arrival days from the plan, naming the field', () => {
    const planned = { date: DAY, minute: at(8) };
    expect(checkActualTimes(planned, { date: DAY, minute: at(9) }, { date: DAY, minute: at(8, 30) })).toEqual([
      { field: 'departure', message: 'The departure must be after the arrival' },
    ]);
    expect(checkActualTimes(planned, { date: '2026-12-04', minute: at(8) }, null)[0]?.field).toBe('arrival');
    expect(checkActualTimes(planned, { date: DAY, minute: at(19, 59) }, null)).toEqual([]);
    expect(checkActualTimes(planned, { date: DAY, minute: at(20, 1) }, null)).toHaveLength(1);
  });
});
