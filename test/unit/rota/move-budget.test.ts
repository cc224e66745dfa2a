import { describe, expect, it } from 'vitest';
import { moveBudget, planWeek } from '@main/rota/planner/plan-week';
import { validatePlan } from '@main/rota/validator/validate-plan';
import { tinyInstance } from '@test/fixtures/rota/tiny-instance';

const MON = '2026-05-11';
const TUE = '2026-05-12';
const notMonday = [{ date: TUE, startMinute: 420, endMinute: 1320 }];

describe('the planner’s move budget when none is given', () => {
  it('follows the week’s size and the time given, so a large week is not stopped by a small week’s budget', () => {
    expect(moveBudget(4_600)).toBeGreaterThan(moveBudget(1_000));
    expect(moveBudget(4_600, 10_000)).toBeGreaterThan(moveBudget(4_600));
    expect(moveBudget(4_600, 60_000)).toBeGreaterThan(moveBudget(4_600, 10_000));
    // A tiny week still gets enough moves to settle.
    expect(moveBudget(3)).toBe(moveBudget(30));

    const inst = tinyInstance([{ id: 'c2-tue', clientId: 'c2', date: TUE }]);
    expect(planWeek(inst, { seed: 1 }).iterations).toBe(moveBudget(inst.visits.length));
  });

  it('stops as settled, not on its budget, when a visit nobody can take stays open and nothing gets better', () => {
    // c1's team (w1, w2) is off on Monday: its Monday visit can never be covered.
    const inst = tinyInstance(
      [
        { id: 'c1-mon', clientId: 'c1', date: MON },
        { id: 'c2-tue', clientId: 'c2', date: TUE },
      ],
      { workers: { w1: { availability: notMonday }, w2: { availability: notMonday } } },
    );
    const plan = planWeek(inst, { seed: 1, iterations: 2_000_000 });
    expect(validatePlan(inst, plan)).toEqual([]);
    expect(plan.unassigned.map((u) => u.visitId)).toEqual(['c1-mon']);
    expect(plan.stopReason).toBe('converged');
  });
});
