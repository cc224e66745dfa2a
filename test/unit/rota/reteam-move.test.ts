import { describe, expect, it } from 'vitest';
import { reteamMove } from '@main/rota/planner/reteam-move';
import { insertBest } from '@main/rota/planner/insertion';
import { toPlan } from '@main/rota/planner/plan-week';
import { compareObjective } from '@main/rota/planner/state';
import { stateOfPlan } from '@main/rota/objective';
import { auditScore } from '@main/rota/planner/score-audit';
import { mulberry32 } from '@main/rota/prng';
import { weekDays } from '@main/rota/week-days';
import { validatePlan } from '@main/rota/validator/validate-plan';
import { tinyInstance, tinyPlan } from '@test/fixtures/rota/tiny-instance';

const dates = weekDays('2026-W20', 'Europe/London').map((d) => d.date);
const SAT = dates[5] ?? '';
const SUN = dates[6] ?? '';
const allDay = (days: readonly string[]) => days.map((date) => ({ date, startMinute: 420, endMinute: 1320 }));

// Person c2 has a 09:00 visit every day. w1 is off on Saturday, w2 on Sunday, and w3 works only on Sunday.
// On Sunday at 09:00 w1 is with c1, whose visit can move by up to two hours.
const visits = [
  ...dates.map((date, d) => ({ id: `c2-${d}`, clientId: 'c2', date, startMinute: 540, durationMinutes: 60 })),
  { id: 'c1-sun', clientId: 'c1', date: SUN, startMinute: 540, durationMinutes: 60, flexMinutes: 120 },
];
const instance = tinyInstance(visits, {
  workers: {
    w1: { availability: allDay(dates.filter((d) => d !== SAT)) },
    w2: { availability: allDay(dates.filter((d) => d !== SUN)) },
    w3: { availability: allDay([SUN]) },
  },
});

describe('re-teaming a person', () => {
  it('gives the week to fewer of their team, moving another person’s visit aside and back, within every rule', () => {
    const before = tinyPlan(instance, [
      ...[0, 1, 2, 3, 4].map((d): [string, string[]] => [`c2-${d}`, ['w1']]),
      ['c2-5', ['w2']],
      ['c2-6', ['w3']],
      ['c1-sun', ['w1']],
    ]);
    expect(validatePlan(instance, before)).toEqual([]);
    const state = stateOfPlan(instance, before);
    state.assertScores = true;
    const objective = state.objective();
    // Handing w3's Sunday visit straight to w1 or w2 is impossible: w1 is busy then and w2 is off.
    let change = null;
    for (let seed = 1; change === null && seed < 50; seed++)
      change = reteamMove(state, mulberry32(seed), (vi) => void insertBest(state, vi, false));
    expect(change).not.toBeNull();
    auditScore(state, 're-team');
    const after = toPlan(state, { stopReason: null, seed: null, iterations: null });

    expect(validatePlan(instance, after)).toEqual([]);
    expect(after.unassigned).toEqual([]);
    const c2Workers = new Set(after.assignments.filter((a) => a.visitId.startsWith('c2')).flatMap((a) => a.workerIds));
    expect([...c2Workers].sort()).toEqual(['w1', 'w2']);
    const c1Sunday = after.assignments.find((a) => a.visitId === 'c1-sun');
    expect(c1Sunday?.workerIds).toEqual(['w1']);
    // c1's visit moved within its two hours' flexibility, to before or after c2's.
    const moved = Math.abs((c1Sunday?.startMinute ?? 540) - 540);
    expect(moved).toBeGreaterThanOrEqual(60);
    expect(moved).toBeLessThanOrEqual(120);
    expect(compareObjective(state.objective(), objective)).toBeLessThan(0);
  });
});
