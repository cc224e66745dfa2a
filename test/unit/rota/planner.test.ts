import { describe, expect, it } from 'vitest';
import { planWeek } from '@main/rota/planner/plan-week';
import { validatePlan } from '@main/rota/validator/validate-plan';
import { computeObjective } from '@main/rota/objective';
import { computeMeasures } from '@main/rota/measures';
import { RotaInstance } from '@shared/domain/rota/instance';
import { RotaPlan } from '@shared/domain/rota/plan';
import { generateInstance, generateSmallInstance } from '@test/fixtures/rota/instance-generator';
import { tinyInstance } from '@test/fixtures/rota/tiny-instance';

describe('planner', () => {
  const medium = generateInstance({ clients: 60, workers: 30, seed: 3 });

  it('returns a plan the independent validator accepts, on generated neighbourhoods', () => {
    const plan = planWeek(medium, { seed: 1, iterations: 20_000, assertScores: true });
    expect(validatePlan(medium, plan)).toEqual([]);
    expect(plan.assignments.length).toBeGreaterThan(medium.visits.length * 0.7);
    for (let seed = 1; seed <= 5; seed++) {
      const small = generateSmallInstance(seed);
      expect(validatePlan(small, planWeek(small, { seed, iterations: 5_000, assertScores: true }))).toEqual([]);
    }
  });

  it('is deterministic for the same seed and iteration budget', () => {
    const a = planWeek(medium, { seed: 7, iterations: 5_000, assertScores: true });
    const b = planWeek(medium, { seed: 7, iterations: 5_000, assertScores: true });
    expect(b).toEqual(a);
    expect(a.stopReason).toBe('iterations');
  });

  it('reports the objective the shared objective function computes, and a plan JSON that parses', () => {
    const plan = planWeek(medium, { seed: 2, iterations: 5_000, assertScores: true });
    expect(computeObjective(medium, plan)).toEqual(plan.objective);
    expect(RotaPlan.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
    expect(computeMeasures(medium, plan).wtrExceptions).toBe(0);
  });

  it('never moves pins, even onto a worker it would not choose', () => {
    const pins = medium.visits.slice(0, 40).flatMap((v) => {
      const team = medium.clients.find((c) => c.id === v.clientId)?.teamWorkerIds ?? [];
      const ws = team.slice(-v.workersNeeded);
      return ws.length === v.workersNeeded ? [{ visitId: v.id, workerIds: ws, startMinute: v.startMinute }] : [];
    });
    const pinned = RotaInstance.parse({ ...medium, pins: pins });
    const plan = planWeek(pinned, { seed: 1, iterations: 10_000, assertScores: true });
    for (const p of pins) {
      expect(plan.assignments.find((a) => a.visitId === p.visitId)).toEqual({
        visitId: p.visitId,
        workerIds: p.workerIds,
        startMinute: p.startMinute,
      });
    }
    expect(validatePlan(pinned, plan).filter((b) => b.code === 'pin_moved')).toEqual([]);
  });

  it('leaves a visit unassigned with the reasons instead of breaking a rule', () => {
    const inst = tinyInstance([
      { id: 'short', durationMinutes: 15 },
      { id: 'skill', startMinute: 720, requiredSkills: ['end_of_life'] },
      { id: 'fine', startMinute: 900 },
    ]);
    const plan = planWeek(inst, { seed: 1, iterations: 1_000, assertScores: true });
    expect(plan.assignments.map((a) => a.visitId)).toEqual(['fine']);
    expect(plan.unassigned.find((u) => u.visitId === 'short')?.reasons.map((r) => r.code)).toEqual(['short_visit']);
    expect(plan.unassigned.find((u) => u.visitId === 'skill')?.reasons).toEqual([
      { code: 'skill_missing', workerIds: ['w1', 'w2'] },
    ]);
  });

  it('uses a start inside the flexibility when the ideal time is taken', () => {
    const inst = tinyInstance(
      [
        { id: 'a', startMinute: 540 },
        { id: 'b', startMinute: 540, flexMinutes: 60 },
      ],
      { workers: { w2: { availability: [] } } },
    );
    const plan = planWeek(inst, { seed: 1, iterations: 500, assertScores: true });
    expect(plan.unassigned).toEqual([]);
    expect(validatePlan(inst, plan)).toEqual([]);
    const b = plan.assignments.find((x) => x.visitId === 'b');
    expect(Math.abs((b?.startMinute ?? 0) - 540)).toBe(60);
  });

  it('keeps continuity: one worker covers a person when they can', () => {
    const visits = Array.from({ length: 7 }, (_, d) => ({
      id: `v${d}`,
      date: `2026-05-${String(11 + d).padStart(2, '0')}`,
    }));
    const inst = tinyInstance(visits.slice(0, 5));
    const plan = planWeek(inst, { seed: 1, iterations: 2_000, assertScores: true });
    expect(new Set(plan.assignments.flatMap((a) => a.workerIds)).size).toBe(1);
  });
});
