import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { runPlannerInWorker } from '@main/rota/run-planner-in-worker';
import { validatePlan } from '@main/rota/validator/validate-plan';
import { rotaJsonSchemas } from '@main/rota/json-schemas';
import { generateInstance } from '@test/fixtures/rota/instance-generator';
import { SMALL_SEEDS, instanceHash, smallInstance, type SmallOptimum } from '@test/bench/mip/small-instances';
import { planWeek, type PlanProgress } from '@main/rota/planner/plan-week';

describe('rota fixtures', () => {
  it('the committed MIP optima belong to the current small instances (else rerun recompute-optima)', () => {
    const optima = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../fixtures/rota/small-optima.json', import.meta.url)), 'utf8'),
    ) as SmallOptimum[];
    expect(optima.map((o) => o.seed)).toEqual([...SMALL_SEEDS]);
    for (const o of optima) {
      const inst = smallInstance(o.seed);
      expect(o.hash).toBe(instanceHash(inst));
      expect(o.proven).toBe(true);
      expect(o.breaches).toBe(0);
      expect(inst.clients.length).toBeLessThanOrEqual(8);
      expect(inst.workers.length).toBeLessThanOrEqual(4);
      expect(inst.visits.length).toBeLessThanOrEqual(100);
    }
  });

  it('the generator is deterministic and its instances satisfy the published JSON Schema', () => {
    const a = generateInstance({ clients: 40, workers: 20, seed: 9 });
    expect(generateInstance({ clients: 40, workers: 20, seed: 9 })).toEqual(a);
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(rotaJsonSchemas()['rota-instance.schema.json'] as object);
    expect(validate(JSON.parse(JSON.stringify(a)))).toBe(true);
  });
});

describe('planner in a worker thread', () => {
  it('posts progress and returns the same plan as in-process planning', async () => {
    const instance = generateInstance({ clients: 20, workers: 10, seed: 4 });
    const progress: PlanProgress[] = [];
    const plan = await runPlannerInWorker({ type: 'plan', instance, options: { seed: 3, iterations: 2_000 } }, (p) =>
      progress.push(p),
    );
    expect(progress.some((p) => p.phase === 'construct')).toBe(true);
    expect(progress.at(-1)?.phase).toBe('done');
    expect(validatePlan(instance, plan)).toEqual([]);
    expect(plan).toEqual(planWeek(instance, { seed: 3, iterations: 2_000 }));
  });
});
