// Recompute the proven optima of the 30 small instances: npx tsx test/bench/mip/recompute-optima.ts [--cap <seconds>]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { computeObjective } from '@main/rota/objective';
import { validatePlan } from '@main/rota/validator/validate-plan';
import { solveExact } from './model';
import { SMALL_SEEDS, instanceHash, smallInstance, type SmallOptimum } from './small-instances';

const { values } = parseArgs({ options: { cap: { type: 'string', default: '60' } } });
const cap = Number(values.cap);
const out: SmallOptimum[] = [];
for (const seed of SMALL_SEEDS) {
  const instance = smallInstance(seed);
  const r = await solveExact(instance, cap);
  const o = computeObjective(instance, r.plan);
  const row: SmallOptimum = {
    seed,
    hash: instanceHash(instance),
    visits: instance.visits.length,
    proven: r.proven,
    status: r.status,
    unassignedMinutes: o.unassignedMinutes,
    unassignedVisits: o.unassignedVisits,
    weighted: o.weighted,
    breaches: validatePlan(instance, r.plan).length,
    seconds: Math.round(r.seconds * 10) / 10,
  };
  out.push(row);
  process.stdout.write(`${JSON.stringify(row)}\n`);
}
const path = fileURLToPath(new URL('../../fixtures/rota/small-optima.json', import.meta.url));
writeFileSync(path, `${JSON.stringify(out, null, 1)}\n`);
process.stdout.write(`wrote ${path}\n`);
