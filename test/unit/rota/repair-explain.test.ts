import { describe, expect, it } from 'vitest';
import { planWeek } from '@main/rota/planner/plan-week';
import { validatePlan } from '@main/rota/validator/validate-plan';
import { repairSickness } from '@main/rota/sickness-repair';
import { explainVisit } from '@main/rota/explain';
import { generateInstance } from '@test/fixtures/rota/instance-generator';
import { tinyInstance } from '@test/fixtures/rota/tiny-instance';

describe('sickness repair', () => {
  const inst = generateInstance({ clients: 60, workers: 30, seed: 5 });
  const plan = planWeek(inst, { seed: 1, iterations: 10_000, assertScores: true });
  const day = inst.days[2]?.date ?? '';
  const next = inst.days[3]?.date ?? '';
  // The worker with the most visits on the day they are off: whoever is busiest over the week may have it free.
  const dateOf = new Map(inst.visits.map((v) => [v.id, v.date]));
  const busiest =
    [
      ...plan.assignments
        .filter((a) => dateOf.get(a.visitId) === day)
        .flatMap((a) => a.workerIds)
        .reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>()),
    ].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
  const result = repairSickness(
    inst,
    plan,
    {
      workerId: busiest,
      from: { date: day, minute: 0 },
      to: { date: next, minute: 0 },
    },
    { assertScores: true },
  );

  it('moves only the sick worker’s visits on the absent day, and changes nothing else', () => {
    expect(result.repaired.length).toBeGreaterThan(0);
    const moved = new Set(result.repaired.map((r) => r.visitId));
    const before = new Map(plan.assignments.map((a) => [a.visitId, a]));
    const after = new Map(result.plan.assignments.map((a) => [a.visitId, a]));
    for (const [id, a] of before) if (!moved.has(id)) expect(after.get(id)).toEqual(a);
    for (const id of moved) {
      const a = before.get(id);
      expect(a?.workerIds).toContain(busiest);
      expect(inst.visits.find((v) => v.id === id)?.date).toBe(day);
      expect(after.get(id)?.workerIds ?? []).not.toContain(busiest);
    }
  });

  it('never assigns outside the person’s team, ranks alternatives, and stays valid', () => {
    for (const r of result.repaired) {
      const v = inst.visits.find((x) => x.id === r.visitId);
      const team = inst.clients.find((c) => c.id === v?.clientId)?.teamWorkerIds ?? [];
      for (const alt of r.alternatives) expect(team).toContain(alt.workerId);
      if (r.newWorkerId !== null) expect(r.newWorkerId).toBe(r.alternatives[0]?.workerId);
      const deltas = r.alternatives.map((a) => a.weightedDelta);
      expect(deltas).toEqual([...deltas].sort((a, b) => a - b));
    }
    expect(validatePlan(inst, result.plan)).toEqual([]);
    expect(result.uncoverable).toEqual(result.repaired.filter((r) => r.newWorkerId === null).map((r) => r.visitId));
  });

  it('lists a visit as uncoverable when nobody else in the team can take it', () => {
    const tiny = tinyInstance([{ id: 'v1' }], { workers: { w2: { availability: [] } } });
    const p = planWeek(tiny, { seed: 1, iterations: 100, assertScores: true });
    const r = repairSickness(
      tiny,
      p,
      {
        workerId: 'w1',
        from: { date: '2026-05-11', minute: 0 },
        to: { date: '2026-05-12', minute: 0 },
      },
      { assertScores: true },
    );
    expect(r.uncoverable).toEqual(['v1']);
    expect(r.plan.assignments).toEqual([]);
  });
});

describe('explain', () => {
  it('says why this worker and lists every team member ruled out with the rule', () => {
    const inst = tinyInstance([{ id: 'v1', requiredSkills: ['dementia'], clientId: 'c2' }], {
      workers: {
        w1: { skills: [{ skill: 'dementia' }] },
        w2: { skills: [] },
        w3: { skills: [{ skill: 'dementia' }], availability: [] },
      },
    });
    const plan = planWeek(inst, { seed: 1, iterations: 100, assertScores: true });
    const e = explainVisit(inst, plan, 'v1');
    expect(e.assignedWorkerIds).toEqual(['w1']);
    expect(e.team.map((t) => t.workerId).sort()).toEqual(['w1', 'w2', 'w3']);
    expect(e.team.find((t) => t.workerId === 'w2')).toMatchObject({ status: 'ruled_out', code: 'skill_missing' });
    expect(e.team.find((t) => t.workerId === 'w3')).toMatchObject({ status: 'ruled_out', code: 'unavailable' });
    expect(e.team.find((t) => t.workerId === 'w1')?.status).toBe('assigned');
  });

  it('covers every team member on a generated week', () => {
    const inst = generateInstance({ clients: 30, workers: 15, seed: 2 });
    const plan = planWeek(inst, { seed: 1, iterations: 2_000, assertScores: true });
    for (const a of plan.assignments.slice(0, 20)) {
      const v = inst.visits.find((x) => x.id === a.visitId);
      const team = inst.clients.find((c) => c.id === v?.clientId)?.teamWorkerIds ?? [];
      const e = explainVisit(inst, plan, a.visitId);
      expect(e.team.map((t) => t.workerId).sort()).toEqual([...team].sort());
      expect(
        e.team
          .filter((t) => t.status === 'assigned')
          .map((t) => t.workerId)
          .sort(),
      ).toEqual([...a.workerIds].sort());
    }
  });
});
