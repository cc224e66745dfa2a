import { describe, expect, it } from 'vitest';
import { planWeek } from '@main/rota/planner/plan-week';
import { validatePlan } from '@main/rota/validator/validate-plan';
import { computeObjective } from '@main/rota/objective';
import { RotaInstance } from '@shared/domain/rota/instance';
import type { RotaPlan } from '@shared/domain/rota/plan';
import { weekDays } from '@main/rota/week-days';
import { tinyInstance } from '@test/fixtures/rota/tiny-instance';

const dates = weekDays('2026-W20', 'Europe/London').map((d) => d.date);
// c1 (team w1, w2) has a visit every day. Monday's ends at 08:00 and Tuesday's starts at 09:00: 25 hours apart, so
// one worker may legally do all seven (the 24-hour rest is kept), and continuity alone would have them do so.
const visits = dates.map((date, d) => ({ id: `v${d}`, clientId: 'c1', date, startMinute: d === 0 ? 420 : 540 }));

/** Days each worker works in a plan. */
function daysWorked(plan: RotaPlan): Map<string, number> {
  const days = new Map<string, Set<string>>();
  for (const a of plan.assignments)
    for (const w of a.workerIds) days.set(w, (days.get(w) ?? new Set()).add(a.visitId.slice(1)));
  return new Map([...days].map(([w, d]) => [w, d.size]));
}

function plan(instance: RotaInstance): RotaPlan {
  const p = planWeek(instance, { seed: 1, iterations: 3_000, assertScores: true });
  expect(validatePlan(instance, p)).toEqual([]);
  expect(p.unassigned).toEqual([]);
  expect(computeObjective(instance, p)).toEqual(p.objective);
  return p;
}

describe('a whole calendar day off each week', () => {
  it('is given by default, even at the cost of a second worker for the person', () => {
    const p = plan(tinyInstance(visits));
    const worked = [...daysWorked(p).values()];
    expect(worked).toHaveLength(2);
    expect(Math.max(...worked)).toBeLessThan(7);
    expect(p.objective?.terms.workersWithoutDayOff).toBe(0);
  });

  it('is not forced on workers who ask to work every day', () => {
    const inst = tinyInstance(visits, { workers: { w1: { wantsDayOff: false }, w2: { wantsDayOff: false } } });
    const p = plan(inst);
    expect([...daysWorked(p).values()]).toEqual([7]);
    expect(p.objective?.terms.workersWithoutDayOff).toBe(0);
  });

  it('is reported in the plan’s terms, and weighs what the branch sets (nothing at 0)', () => {
    const base = tinyInstance(visits);
    const inst = RotaInstance.parse({
      ...base,
      settings: { ...base.settings, weights: { ...base.settings.weights, workerWithoutDayOff: 0 } },
    });
    const p = plan(inst);
    expect([...daysWorked(p).values()]).toEqual([7]);
    expect(p.objective?.terms.workersWithoutDayOff).toBe(1);
  });
});
