import { describe, expect, it } from 'vitest';
import { chainPolish } from '@main/rota/planner/chain-placement';
import { toPlan } from '@main/rota/planner/plan-week';
import { stateOfPlan } from '@main/rota/objective';
import { validatePlan } from '@main/rota/validator/validate-plan';
import { tinyInstance, tinyPlan } from '@test/fixtures/rota/tiny-instance';

const MON = '2026-05-11';
const TUE = '2026-05-12';
const WED = '2026-05-13';
const notMonday = [TUE, WED].map((date) => ({ date, startMinute: 420, endMinute: 1320 }));

describe('chain polish after the search', () => {
  it('covers a visit by moving the visit in its way to a worker that person already sees', () => {
    // c1 (team w1, w2) needs Monday 09:00; w2 is off on Monday and w1 is at c2's. c2 already sees w3.
    const inst = tinyInstance(
      [
        { id: 'c1-mon', clientId: 'c1', date: MON, startMinute: 540 },
        { id: 'c2-mon', clientId: 'c2', date: MON, startMinute: 540 },
        { id: 'c2-tue', clientId: 'c2', date: TUE, startMinute: 540 },
      ],
      { workers: { w2: { availability: notMonday } } },
    );
    const before = tinyPlan(inst, [
      ['c2-mon', ['w1']],
      ['c2-tue', ['w3']],
    ]);
    const state = stateOfPlan(inst, before);
    state.assertScores = true;
    chainPolish(state);
    const after = toPlan(state, { stopReason: null, seed: null, iterations: null });
    expect(validatePlan(inst, after)).toEqual([]);
    expect(after.unassigned).toEqual([]);
    expect(after.assignments.find((a) => a.visitId === 'c1-mon')?.workerIds).toEqual(['w1']);
    expect(after.assignments.find((a) => a.visitId === 'c2-mon')?.workerIds).toEqual(['w3']);
  });

  it('drops a person’s least-used worker when the others can take those visits, and otherwise changes nothing', () => {
    const inst = tinyInstance([
      { id: 'c2-mon', clientId: 'c2', date: MON, startMinute: 540 },
      { id: 'c2-tue', clientId: 'c2', date: TUE, startMinute: 540 },
      { id: 'c2-wed', clientId: 'c2', date: WED, startMinute: 540 },
    ]);
    const state = stateOfPlan(
      inst,
      tinyPlan(inst, [
        ['c2-mon', ['w1']],
        ['c2-tue', ['w3']],
        ['c2-wed', ['w3']],
      ]),
    );
    state.assertScores = true;
    chainPolish(state);
    const after = toPlan(state, { stopReason: null, seed: null, iterations: null });
    expect(validatePlan(inst, after)).toEqual([]);
    expect(new Set(after.assignments.flatMap((a) => a.workerIds))).toEqual(new Set(['w3']));

    // w1 works only on Monday and w3 never on Monday: neither can take the other's visits, so nothing changes.
    const fixed = tinyInstance(inst.visits, {
      workers: {
        w1: { availability: [{ date: MON, startMinute: 420, endMinute: 1320 }] },
        w3: { availability: notMonday },
      },
    });
    const plan = tinyPlan(fixed, [
      ['c2-mon', ['w1']],
      ['c2-tue', ['w3']],
      ['c2-wed', ['w3']],
    ]);
    const fixedState = stateOfPlan(fixed, plan);
    fixedState.assertScores = true;
    chainPolish(fixedState);
    expect(toPlan(fixedState, { stopReason: null, seed: null, iterations: null }).assignments).toEqual(
      plan.assignments,
    );
  });
});
