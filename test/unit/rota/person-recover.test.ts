import { describe, expect, it } from 'vitest';
import { recoverPerson } from '@main/rota/planner/person-recover';
import { toPlan } from '@main/rota/planner/plan-week';
import { stateOfPlan } from '@main/rota/objective';
import { auditScore } from '@main/rota/planner/score-audit';
import { validatePlan } from '@main/rota/validator/validate-plan';
import { tinyInstance, tinyPlan } from '@test/fixtures/rota/tiny-instance';

const MON = '2026-05-11';
const TUE = '2026-05-12';
const WED = '2026-05-13';
const morningsOnly = [MON, TUE, WED].map((date) => ({ date, startMinute: 420, endMinute: 720 }));
const eveningsOnly = [MON, TUE, WED].map((date) => ({ date, startMinute: 1080, endMinute: 1320 }));

// Person c2 has a late visit (20:30-21:15) and the next day's early one (07:00): with 11 hours' rest,
// whoever does the late visit cannot do the next early one.
const visits = [
  { id: 'late-mon', clientId: 'c2', date: MON, startMinute: 1230, durationMinutes: 45 },
  { id: 'early-tue', clientId: 'c2', date: TUE, startMinute: 420, durationMinutes: 45 },
  { id: 'late-tue', clientId: 'c2', date: TUE, startMinute: 1230, durationMinutes: 45 },
  { id: 'early-wed', clientId: 'c2', date: WED, startMinute: 420, durationMinutes: 45 },
  { id: 'other', clientId: 'c1', date: MON, startMinute: 600, durationMinutes: 60 },
];

/** Workers on c2's visits whose id starts with `prefix`. */
function served(plan: { assignments: { visitId: string; workerIds: string[] }[] }, prefix: string): Set<string> {
  return new Set(
    plan.assignments.filter((a) => a.visitId !== 'other' && a.visitId.startsWith(prefix)).flatMap((a) => a.workerIds),
  );
}

describe('re-covering one person with fewer workers', () => {
  it('finds the smaller team that keeps every rule, and moves nothing of anyone else', () => {
    const inst = tinyInstance(visits, {
      workers: { w2: { availability: morningsOnly }, w3: { availability: eveningsOnly } },
    });
    const before = tinyPlan(inst, [
      ['late-mon', ['w1']],
      ['early-tue', ['w2']],
      ['late-tue', ['w3']],
      ['early-wed', ['w1']],
      ['other', ['w1']],
    ]);
    expect(validatePlan(inst, before)).toEqual([]);
    const state = stateOfPlan(inst, before);
    state.assertScores = true;
    const c2 = state.model.clientIds.indexOf('c2');
    expect(recoverPerson(state, c2)).not.toBeNull();
    auditScore(state, 'person re-cover');
    const after = toPlan(state, { stopReason: null, seed: null, iterations: null });
    expect(validatePlan(inst, after)).toEqual([]);
    expect(after.unassigned).toEqual([]);
    // One worker for the early visits, another for the late ones.
    expect(new Set([...served(before, 'early'), ...served(before, 'late')]).size).toBe(3);
    expect([...served(after, 'early')]).toEqual(['w2']);
    expect(served(after, 'late').size).toBe(1);
    expect(new Set([...served(after, 'early'), ...served(after, 'late')]).size).toBe(2);
    expect(after.assignments.find((a) => a.visitId === 'other')).toEqual({
      visitId: 'other',
      workerIds: ['w1'],
      startMinute: 600,
    });
  });

  it('leaves the plan exactly as it was when no smaller team can do the week', () => {
    // Wednesday's early visit needs w2 (the only one working then), Tuesday's needs w1, and Monday's late
    // one then needs w3: w1 cannot do it and Tuesday's early one (daily rest). Three is the fewest.
    const inst = tinyInstance(visits, {
      workers: {
        w2: { availability: [{ date: WED, startMinute: 420, endMinute: 720 }] },
        w3: { availability: eveningsOnly },
        w1: { availability: [MON, TUE].map((date) => ({ date, startMinute: 420, endMinute: 1320 })) },
      },
    });
    const before = tinyPlan(inst, [
      ['late-mon', ['w3']],
      ['early-tue', ['w1']],
      ['late-tue', ['w3']],
      ['early-wed', ['w2']],
      ['other', ['w1']],
    ]);
    expect(validatePlan(inst, before)).toEqual([]);
    const state = stateOfPlan(inst, before);
    state.assertScores = true;
    const objective = state.objective();
    expect(recoverPerson(state, state.model.clientIds.indexOf('c2'))).toBeNull();
    auditScore(state, 'person re-cover, undone');
    expect(state.objective()).toEqual(objective);
    expect(toPlan(state, { stopReason: null, seed: null, iterations: null }).assignments).toEqual(before.assignments);
  });
});
