import { describe, expect, it } from 'vitest';
import { coverBySearchMoves, coverOpenVisits } from '@main/rota/planner/cover-repair';
import { buildModel } from '@main/rota/planner/model';
import { PlanState } from '@main/rota/planner/state';
import { insertBest } from '@main/rota/planner/insertion';
import { mulberry32 } from '@main/rota/prng';
import { generateInstance } from '@test/fixtures/rota/instance-generator';
import { toPlan } from '@main/rota/planner/plan-week';
import { stateOfPlan } from '@main/rota/objective';
import { validatePlan } from '@main/rota/validator/validate-plan';
import { tinyInstance, tinyPlan } from '@test/fixtures/rota/tiny-instance';

const MON = '2026-05-11';
const TUE = '2026-05-12';
const notMonday = [TUE].map((date) => ({ date, startMinute: 420, endMinute: 1320 }));

/** c1 (team w1, w2) needs Monday 09:00-10:00; w2 is off on Monday and w1 is at c2's just before and just after. */
function squeezedMonday(w3Availability?: { date: string; startMinute: number; endMinute: number }[]) {
  const inst = tinyInstance(
    [
      { id: 'c1-mon', clientId: 'c1', date: MON, startMinute: 540 },
      { id: 'c2-early', clientId: 'c2', date: MON, startMinute: 480, durationMinutes: 45 },
      { id: 'c2-late', clientId: 'c2', date: MON, startMinute: 600, durationMinutes: 45 },
    ],
    {
      workers: { w2: { availability: notMonday }, ...(w3Availability ? { w3: { availability: w3Availability } } : {}) },
    },
  );
  const greedy = tinyPlan(inst, [
    ['c2-early', ['w1']],
    ['c2-late', ['w1']],
  ]);
  return { inst, greedy };
}

function repaired(inst: ReturnType<typeof squeezedMonday>['inst'], plan: ReturnType<typeof squeezedMonday>['greedy']) {
  const state = stateOfPlan(inst, plan);
  state.assertScores = true;
  const covered = coverOpenVisits(
    state,
    state.model.visits.map((v) => v.idx),
  );
  return { covered, plan: toPlan(state, { stopReason: null, seed: null, iterations: null }) };
}

describe('covering what construction left open', () => {
  it('pushes aside the two visits in the only free worker’s way when someone else can take both', () => {
    const { inst, greedy } = squeezedMonday();
    const { covered, plan } = repaired(inst, greedy);
    expect(covered).toBe(1);
    expect(validatePlan(inst, plan)).toEqual([]);
    expect(plan.unassigned).toEqual([]);
    const workersOf = (id: string) => plan.assignments.find((a) => a.visitId === id)?.workerIds;
    expect(workersOf('c1-mon')).toEqual(['w1']);
    expect(workersOf('c2-early')).toEqual(['w3']);
    expect(workersOf('c2-late')).toEqual(['w3']);
  });

  it('changes nothing when the pushed-aside visits would have nowhere to go', () => {
    // w3 is off on Monday too: covering c1 would uncover c2's visits, so the plan stays as it was.
    const { inst, greedy } = squeezedMonday(notMonday);
    const { covered, plan } = repaired(inst, greedy);
    expect(covered).toBe(0);
    expect(plan.assignments).toEqual(greedy.assignments);
    expect(plan.unassigned.map((u) => u.visitId)).toEqual(['c1-mon']);
  });
});

describe('the first plan’s repair by the search’s coverage moves', () => {
  /** A generated week, greedily placed and swept: what the planner has just before its first plan. */
  function swept(seed: number) {
    const inst = generateInstance({ seed, clients: 40, workers: 20 });
    const state = new PlanState(buildModel(inst));
    state.assertScores = true;
    for (const v of state.model.visits) insertBest(state, v.idx, true);
    coverOpenVisits(
      state,
      state.model.visits.map((v) => v.idx),
    );
    return { inst, state };
  }

  it('covers visit-minutes the sweeps could not, and leaves a plan that keeps every rule', () => {
    const { inst, state } = swept(3);
    const before = { minutes: state.unassignedMinutes, visits: state.unassignedVisits };
    expect(before.visits).toBeGreaterThan(0);
    expect(coverBySearchMoves(state, mulberry32(1))).toBeGreaterThan(0);
    expect(state.unassignedMinutes).toBeLessThan(before.minutes);
    expect(state.unassignedVisits).toBeLessThanOrEqual(before.visits);
    expect(validatePlan(inst, toPlan(state, { stopReason: null, seed: null, iterations: null }))).toEqual([]);
  });

  it('is the same plan for the same seed', () => {
    const plans = [1, 2].map(() => {
      const { state } = swept(5);
      coverBySearchMoves(state, mulberry32(7));
      return toPlan(state, { stopReason: null, seed: null, iterations: null });
    });
    expect(plans[1]).toEqual(plans[0]);
  });
});
