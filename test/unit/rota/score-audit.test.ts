import { describe, expect, it } from 'vitest';
import { stateOfPlan } from '@main/rota/objective';
import { recomputeObjective } from '@main/rota/planner/recompute';
import { ScoreDriftError, auditScore } from '@main/rota/planner/score-audit';
import { planWeek } from '@main/rota/planner/plan-week';
import { tinyInstance, tinyPlan } from '@test/fixtures/rota/tiny-instance';

const MON = '2026-05-11';
const TUE = '2026-05-12';

// c1 and c2 are 1 km apart: 1.0 km x 1.3 detour at 4.5 km/h walking is 18 minutes (rounded up).
const inst = tinyInstance(
  [
    { id: 'a', clientId: 'c1', date: MON, startMinute: 540, durationMinutes: 60, preferredWorkerIds: ['w2'] },
    { id: 'b', clientId: 'c2', date: MON, startMinute: 645, durationMinutes: 60, flexMinutes: 30 },
    { id: 'c', clientId: 'c1', date: MON, startMinute: 900, durationMinutes: 60 },
    { id: 'd', clientId: 'c1', date: TUE, startMinute: 540, durationMinutes: 45 },
    { id: 'e', clientId: 'c2', date: TUE, startMinute: 540, durationMinutes: 30 },
  ],
  { workers: { w1: { guaranteedWeeklyMinutes: 600 } } },
);
// w1: Monday a (09:00-10:00), b moved 15 minutes to 10:30, then c at 15:00 (a split); w2 on Tuesday; e open.
const plan = tinyPlan(inst, [
  ['a', ['w1']],
  ['b', ['w1'], 630],
  ['c', ['w1']],
  ['d', ['w2']],
]);

describe('the objective terms, recomputed from the plan alone', () => {
  it('counts each term as rota.md defines it', () => {
    const state = stateOfPlan(inst, plan);
    const o = recomputeObjective(state.model, state.start, state.workersOf);
    expect(o.unassignedMinutes).toBe(30);
    expect(o.unassignedVisits).toBe(1);
    expect(o.terms).toEqual({
      extraDistinctWorkers: 1, // c1 sees w1 and w2
      notPreferredSlots: 1, // a prefers w2
      paidTravelMinutes: 36, // c1 -> c2 -> c1 on Monday
      splitShifts: 1, // 11:30 to 15:00 is an unpaid break
      guaranteedShortfallMinutes: 600 - (150 + 18 + 60), // w1: stretch 09:00-11:30, travel on to c, c
      startDeviationMinutes: 15,
      fairnessExcessMinutes: 45, // w2's 45 minutes above a guarantee of 0
      workersWithoutDayOff: 0, // nobody works all seven days
      longWeekMinutes: 0, // nobody is 10 hours above their guarantee
    });
    expect(state.objective()).toEqual(o);
  });
});

describe('assert mode', () => {
  it('passes through a whole plan: construction, every accepted move, the polish', () => {
    const p = planWeek(inst, { seed: 4, iterations: 3_000, assertScores: true });
    expect(p.unassigned).toEqual([]);
  });

  it('fails loudly, naming the term, when the tracked score drifts from a full recomputation', () => {
    const state = stateOfPlan(inst, plan);
    state.assertScores = true;
    expect(() => auditScore(state, 'a move')).not.toThrow();
    state.terms.paidTravelMinutes += 3;
    expect(() => auditScore(state, 'a move')).toThrow(new ScoreDriftError('a move', 'paidTravelMinutes', 39, 36));
    state.terms.paidTravelMinutes -= 3;
    state.unassignedMinutes -= 30;
    expect(() => auditScore(state, 'another move')).toThrow(/unassignedMinutes is tracked as 0 but recomputes to 30/);
  });

  it('is off unless asked for (production never pays for the recomputation)', () => {
    const state = stateOfPlan(inst, plan);
    state.terms.splitShifts += 1;
    expect(() => auditScore(state, 'a move')).not.toThrow();
  });
});
