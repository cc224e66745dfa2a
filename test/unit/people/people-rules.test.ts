import { describe, expect, it } from 'vitest';
import {
  DEFAULT_IDEAL_WEEK_POLICY,
  idealWeekProblems,
  idealWeekTotals,
  isWeekA,
  type IdealWeekItemInput,
} from '@shared/domain/clients/ideal-week';
import { parseClockTime } from '@shared/domain/time/format';
import { skillCoverage, teamJoinProblem } from '@shared/domain/clients/team';
import { UkPostcode, parsePastedLocation } from '@shared/domain/clients/location';
import { subtractWindows } from '@main/services/rota-input/load-planner-input';

const base: IdealWeekItemInput = {
  weekday: 1,
  startMinute: 480,
  durationMinutes: 45,
  workersNeeded: 1,
  purpose: 'Breakfast',
  requiredSkills: [],
  flexMinutes: 0,
  preferredWorkerIds: [],
  agreedShortVisit: false,
  repeat: 'weekly',
};

describe('ideal-week rules', () => {
  it('only counts overlapping demand in the same week pattern', () => {
    const items = [
      { ...base, workersNeeded: 2 as const, repeat: 'week_a' as const },
      { ...base, workersNeeded: 2 as const, repeat: 'week_b' as const },
    ];
    expect(idealWeekProblems(items, ['a', 'b', 'c'], DEFAULT_IDEAL_WEEK_POLICY)).toEqual([]);
    const clash = idealWeekProblems(
      [items[0] as IdealWeekItemInput, { ...base, startMinute: 500, workersNeeded: 2 }],
      ['a', 'b', 'c'],
      DEFAULT_IDEAL_WEEK_POLICY,
    );
    expect(clash.map((p) => p.path)).toEqual([['items', 1, 'startMinute']]);
  });

  it('refuses a visit that crosses midnight and flags short visits only without agreement', () => {
    expect(
      idealWeekProblems([{ ...base, startMinute: 1410, durationMinutes: 60 }], ['a'], DEFAULT_IDEAL_WEEK_POLICY)[0]
        ?.message,
    ).toMatch(/midnight/);
    expect(idealWeekProblems([{ ...base, durationMinutes: 29 }], ['a'], DEFAULT_IDEAL_WEEK_POLICY)[0]?.path).toEqual([
      'items',
      0,
      'agreedShortVisit',
    ]);
    expect(
      idealWeekProblems([{ ...base, durationMinutes: 29, agreedShortVisit: true }], ['a'], DEFAULT_IDEAL_WEEK_POLICY),
    ).toEqual([]);
    expect(
      idealWeekProblems([{ ...base, durationMinutes: 29 }], ['a'], {
        ...DEFAULT_IDEAL_WEEK_POLICY,
        minVisitMinutes: 20,
      }),
    ).toEqual([]);
  });

  it('totals count alternate-week items as half', () => {
    expect(idealWeekTotals([base, { ...base, repeat: 'week_b', workersNeeded: 2 }])).toEqual({
      minutes: 67.5,
      visits: 1.5,
      doubleUps: 0.5,
    });
  });

  it('reads clock times', () => {
    expect(parseClockTime('07:30')).toBe(450);
    expect(parseClockTime('24:00')).toBeNull();
  });
});

describe('team rules', () => {
  it('refuses the 13th member and a declined worker; coverage marks gaps', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => `w${i}`);
    expect(teamJoinProblem({ members: twelve, declined: [] }, 'x')).toMatch(/at most 12/);
    expect(teamJoinProblem({ members: twelve, declined: [] }, 'w3')).toBeNull();
    expect(teamJoinProblem({ members: [], declined: ['x'] }, 'x')).toMatch(/declined/);
    const coverage = skillCoverage(['dementia', 'medication'], new Map([['a', new Set(['medication' as const])]]));
    expect(coverage).toEqual([
      { skill: 'dementia', coveredBy: [], gap: true },
      { skill: 'medication', coveredBy: ['a'], gap: false },
    ]);
  });
});

describe('locations', () => {
  it('normalises UK postcodes and reads pasted coordinates', () => {
    expect(UkPostcode.parse('se64ru')).toBe('SE6 4RU');
    expect(UkPostcode.safeParse('75001').success).toBe(false);
    expect(parsePastedLocation('51.4412, -0.0213')).toEqual({ lat: 51.4412, lon: -0.0213 });
    expect(parsePastedLocation('here')).toBeNull();
  });
});

describe('weeks', () => {
  it('counts alternate weeks A and B from the anchor Monday, forwards and back', () => {
    expect(isWeekA('2026-11-23', '2026-11-23')).toBe(true);
    expect(isWeekA('2026-11-23', '2026-11-30')).toBe(false);
    expect(isWeekA('2026-11-23', '2026-11-16')).toBe(false);
  });

  it('subtracts blocks from windows', () => {
    const w = [{ date: 'd', startMinute: 420, endMinute: 1320 }];
    expect(
      subtractWindows(w, [
        { date: 'd', startMinute: 600, endMinute: 660 },
        { date: 'e', startMinute: 0, endMinute: 1440 },
      ]),
    ).toEqual([
      { date: 'd', startMinute: 420, endMinute: 600 },
      { date: 'd', startMinute: 660, endMinute: 1320 },
    ]);
    expect(subtractWindows(w, [{ date: 'd', startMinute: 0, endMinute: 1440 }])).toEqual([]);
  });
});
