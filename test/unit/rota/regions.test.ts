import { describe, expect, it } from 'vitest';
import { REGION_MIN_VISITS, loadPlan, planWeek } from '@main/rota/planner/plan-week';
import { planWeekInParallel } from '@main/rota/plan-in-parallel';
import { buildModel } from '@main/rota/planner/model';
import { PlanState } from '@main/rota/planner/state';
import { splitInTwo } from '@main/rota/planner/regions';
import { validatePlan } from '@main/rota/validator/validate-plan';
import type { RotaInstance } from '@shared/domain/rota/instance';
import { generateInstance } from '@test/fixtures/rota/instance-generator';

// The neighbourhood week (about 4,500 visits) is what is searched in regions; a budget of 60,000 moves is
// two rounds, so the line turns once.
const week = generateInstance();
const options = { seed: 5, iterations: 60_000 } as const;
const constructed = planWeek(week, { seed: 1, iterations: 0 });

describe('planning a large week in regions', () => {
  it('is large enough to be searched in regions', () => {
    expect(week.visits.length).toBeGreaterThanOrEqual(REGION_MIN_VISITS);
  });

  it('splits people and workers into two halves with no one in both and about the same work in each', () => {
    const state = new PlanState(buildModel(week));
    loadPlan(state, constructed, true);
    for (const angle of [0, 1, 2.5]) {
      const [a, b] = splitInTwo(state, angle);
      expect([...a.clients].every((x, i) => x + (b.clients[i] ?? 0) === 1)).toBe(true);
      expect([...a.workers].every((x, i) => x + (b.workers[i] ?? 0) === 1)).toBe(true);
      const minutes = (side: Uint8Array): number =>
        week.visits.reduce(
          (sum, v, i) =>
            sum + (side[state.model.visits[i]?.client ?? -1] === 1 ? v.durationMinutes * v.workersNeeded : 0),
          0,
        );
      const share = minutes(a.clients) / (minutes(a.clients) + minutes(b.clients));
      expect(share).toBeGreaterThan(0.45);
      expect(share).toBeLessThan(0.55);
    }
  });

  it('gives the same valid plan on two threads as on one, keeping every pinned visit where it was put', async () => {
    const pins = constructed.assignments.filter((_, i) => i % 150 === 0);
    const pinned: RotaInstance = { ...week, pins };
    const onTwo = await planWeekInParallel(pinned, options, 2);
    const onOne = planWeek(pinned, options);
    expect(onTwo).toEqual(onOne);
    expect(validatePlan(pinned, onTwo)).toEqual([]);
    const placed = new Map(onTwo.assignments.map((a) => [a.visitId, a]));
    for (const p of pins) expect(placed.get(p.visitId)).toEqual(p);
    // The search did its work: more visits covered than construction alone managed.
    expect(onTwo.unassigned.length).toBeLessThan(constructed.unassigned.length);
  }, 120_000);
});
