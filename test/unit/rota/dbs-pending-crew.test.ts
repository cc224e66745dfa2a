import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { RotaInstance, RotaWorker } from '@shared/domain/rota/instance';
import type { RotaPlan } from '@shared/domain/rota/plan';
import type { DbsPendingPolicy } from '@shared/domain/staff/eligibility';
import { planWeek } from '@main/rota/planner/plan-week';
import { validatePlan } from '@main/rota/validator/validate-plan';
import { repairSickness } from '@main/rota/sickness-repair';
import { tinyInstance, tinyPlan } from '@test/fixtures/rota/tiny-instance';
import { CLEARED_ELIGIBILITY as CLEARED } from '@test/fixtures/rota/cleared-eligibility';

// The tiny week is 11-17 May 2026. A cleared worker, and one whose enhanced DBS check was applied for on 1 May and is
// not back yet; the branch's policy decides what the second may do.
const pending = (policy: DbsPendingPolicy = 'alongside_colleague'): Partial<RotaWorker> => ({
  eligibility: { ...CLEARED, hasDbs: false, dbsIssueDate: null, dbsAppliedOn: '2026-05-01', dbsPendingPolicy: policy },
});
const cleared: Partial<RotaWorker> = { eligibility: CLEARED };
const MONDAY = '2026-05-11';

/** The crews of a plan whose every worker is pending (under the alongside policy): each one a breach of the rule. */
function crewsWithoutColleague(inst: RotaInstance, plan: RotaPlan): string[] {
  const alongside = new Set(
    inst.workers.filter((w) => w.eligibility?.dbsPendingPolicy === 'alongside_colleague' && !w.eligibility.hasDbs),
  );
  const ids = new Set([...alongside].map((w) => w.id));
  return plan.assignments.filter((a) => a.workerIds.every((w) => ids.has(w))).map((a) => a.visitId);
}

describe('a worker whose DBS check is pending, under "only alongside a colleague"', () => {
  it('is refused by the validator alone, or on a double-up whose other worker is pending too (each slot)', () => {
    const inst = tinyInstance(
      [
        { id: 'single', clientId: 'c2' },
        { id: 'pair', clientId: 'c2', workersNeeded: 2, startMinute: 720 },
      ],
      { workers: { w1: pending(), w2: pending(), w3: cleared } },
    );
    const codes = (plan: RotaPlan) =>
      validatePlan(inst, plan)
        .filter((b) => b.code === 'ineligible')
        .map((b) => `${b.visitId} ${b.workerId}`);
    expect(codes(tinyPlan(inst, [['single', ['w1']]]))).toEqual(['single w1']);
    expect(codes(tinyPlan(inst, [['pair', ['w1', 'w2']]]))).toEqual(['pair w1', 'pair w2']);
    expect(codes(tinyPlan(inst, [['pair', ['w1', 'w3']]]))).toEqual([]);
    expect(codes(tinyPlan(inst, [['pair', ['w3', 'w2']]]))).toEqual([]);
    const alone = validatePlan(inst, tinyPlan(inst, [['single', ['w1']]]))[0];
    expect(alone?.message).toContain('DBS check pending (applied for Fri 1 May 2026): may work only alongside');
  });

  it('is planned on a double-up with a cleared colleague when that is the only way to cover it, never alone', () => {
    // Person c1's team is w1 and w2 only: the double-up needs both, and w1's check is pending.
    const inst = tinyInstance(
      [
        { id: 'pair', workersNeeded: 2, startMinute: 540 },
        { id: 'single', startMinute: 720 },
        { id: 'tue-single', date: '2026-05-12', startMinute: 600 },
      ],
      { workers: { w1: pending(), w2: cleared, w3: cleared } },
    );
    const plan = planWeek(inst, { seed: 3, iterations: 2_000, assertScores: true });
    expect(validatePlan(inst, plan)).toEqual([]);
    const crew = (id: string) =>
      plan.assignments
        .find((a) => a.visitId === id)
        ?.workerIds.slice()
        .sort();
    expect(crew('pair')).toEqual(['w1', 'w2']);
    expect(crew('single')).toEqual(['w2']);
    expect(crew('tue-single')).toEqual(['w2']);
  });

  it('is not planned on a double-up whose only other worker is pending too, and says why', () => {
    const inst = tinyInstance([{ id: 'pair', workersNeeded: 2 }], { workers: { w1: pending(), w2: pending() } });
    const plan = planWeek(inst, { seed: 1, iterations: 500, assertScores: true });
    expect(plan.assignments).toEqual([]);
    expect(plan.unassigned[0]?.reasons).toEqual([{ code: 'ineligible', workerIds: ['w1', 'w2'] }]);
  });

  it('covers for a sick worker on a double-up only beside a cleared colleague', () => {
    const inst = (policy: DbsPendingPolicy) =>
      tinyInstance([{ id: 'pair', clientId: 'c2', workersNeeded: 2 }], {
        workers: { w1: pending(policy), w2: pending(policy), w3: cleared },
      });
    const sick = { workerId: 'w3', from: { date: MONDAY, minute: 0 }, to: { date: '2026-05-12', minute: 0 } };
    const alongside = inst('alongside_colleague');
    const r = repairSickness(alongside, tinyPlan(alongside, [['pair', ['w1', 'w3']]]), sick, { assertScores: true });
    expect(r.uncoverable).toEqual(['pair']);
    expect(r.plan.assignments).toEqual([]);
    // Where the branch allows working alone while the check is pending, the other pending worker covers.
    const allowed = inst('allowed');
    const ok = repairSickness(allowed, tinyPlan(allowed, [['pair', ['w1', 'w3']]]), sick, { assertScores: true });
    expect(ok.repaired.map((x) => x.newWorkerId)).toEqual(['w2']);
  });

  it('property: on random weeks no plan leaves a pending worker without a cleared colleague', () => {
    const visitArb = fc.record({
      clientId: fc.constantFrom('c1', 'c2'),
      day: fc.integer({ min: 0, max: 6 }),
      startMinute: fc.integer({ min: 28, max: 80 }).map((q) => q * 15),
      durationMinutes: fc.constantFrom(30, 45, 60, 120),
      workersNeeded: fc.constantFrom(1, 2, 2),
    });
    fc.assert(
      fc.property(
        fc.array(visitArb, { minLength: 1, maxLength: 20 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 1000 }),
        (raw, twoPending, seed) => {
          const visits = raw.map((v, i) => ({
            id: `v${i}`,
            clientId: v.clientId,
            date: `2026-05-${String(11 + v.day)}`,
            startMinute: v.startMinute,
            durationMinutes: v.durationMinutes,
            workersNeeded: v.workersNeeded as 1 | 2,
          }));
          const inst = tinyInstance(visits, {
            workers: { w1: pending(), w2: twoPending ? pending() : cleared, w3: cleared },
          });
          const plan = planWeek(inst, { seed, iterations: 300, assertScores: true });
          expect(crewsWithoutColleague(inst, plan)).toEqual([]);
          expect(validatePlan(inst, plan)).toEqual([]);
        },
      ),
      { numRuns: 80, seed: 7 },
    );
  });
});
