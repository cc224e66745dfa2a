// Rota engine benchmark: figures against the rota.md targets. Optima for the small instances are
// precomputed by test/bench/mip/recompute-optima.ts (committed fixture); stale fixtures are detected by hash.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchRow, type BenchRow } from './bench-row';
import { planWeek } from '@main/rota/planner/plan-week';
import { planWeekInParallel } from '@main/rota/plan-in-parallel';
import { validatePlan } from '@main/rota/validator/validate-plan';
import { computeObjective, stateOfPlan } from '@main/rota/objective';
import { computeMeasures, distinctWorkerCounts } from '@main/rota/measures';
import { repairSickness } from '@main/rota/sickness-repair';
import { generateInstance } from '../fixtures/rota/instance-generator';
import { SMALL_PLAN_OPTIONS, SMALL_SEEDS, instanceHash, smallInstance, type SmallOptimum } from './mip/small-instances';

const NEIGHBOURHOOD_PLAN = { seed: 1, iterations: 500_000, timeLimitMs: 9_500 } as const;

function loadOptima(): SmallOptimum[] | null {
  try {
    return JSON.parse(
      readFileSync(fileURLToPath(new URL('../fixtures/rota/small-optima.json', import.meta.url)), 'utf8'),
    ) as SmallOptimum[];
  } catch {
    return null;
  }
}

/** Measure the rota engine and return its rows. */
export default async function rotaBench(): Promise<BenchRow[]> {
  let breaches = 0;
  const instance = generateInstance();
  const size =
    `${instance.clients.length} clients, ${instance.workers.length} ` + `workers, ${instance.visits.length} visits`;

  const started = performance.now();
  let firstPlanAt: number | null = null;
  const plan = await planWeekInParallel(instance, {
    ...NEIGHBOURHOOD_PLAN,
    onProgress: (p) => {
      if (firstPlanAt === null && p.phase === 'construct' && p.fraction === 1) firstPlanAt = performance.now();
    },
  });
  const finalS = (performance.now() - started) / 1000;
  const firstS = firstPlanAt === null ? null : (firstPlanAt - started) / 1000;
  breaches += validatePlan(instance, plan).length;
  const measures = computeMeasures(instance, plan);
  const seen = distinctWorkerCounts(stateOfPlan(instance, plan));
  const atMostThree = seen.filter((n) => n <= 3).length;

  // Sickness: the busiest worker on Wednesday is off for the whole day.
  const wednesday = instance.days[2]?.date ?? '';
  const thursday = instance.days[3]?.date ?? '';
  const counts = new Map<string, number>();
  const visitDate = new Map(instance.visits.map((v) => [v.id, v.date]));
  for (const a of plan.assignments)
    if (visitDate.get(a.visitId) === wednesday) for (const w of a.workerIds) counts.set(w, (counts.get(w) ?? 0) + 1);
  const sick = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 5)
    .map(([w]) => w);
  const repairMs: number[] = [];
  let unaffectedChanged = 0;
  let moved = 0;
  for (const workerId of sick) {
    const t0 = performance.now();
    const r = repairSickness(instance, plan, {
      workerId,
      from: { date: wednesday, minute: 0 },
      to: { date: thursday, minute: 0 },
    });
    repairMs.push(performance.now() - t0);
    breaches += validatePlan(instance, r.plan).length;
    moved += r.repaired.length;
    const touched = new Set(r.repaired.map((x) => x.visitId));
    const after = new Map(r.plan.assignments.map((a) => [a.visitId, JSON.stringify(a)]));
    for (const a of plan.assignments)
      if (!touched.has(a.visitId) && after.get(a.visitId) !== JSON.stringify(a)) unaffectedChanged++;
  }
  repairMs.sort((a, b) => a - b);
  const repairMedian = repairMs[Math.floor(repairMs.length / 2)] ?? null;

  // Small instances against their proven optima.
  const optima = loadOptima();
  let within1 = 0;
  let compared = 0;
  let coverageDiff = 0;
  let worstGap = 0;
  let stale = 0;
  for (const seed of SMALL_SEEDS) {
    const inst = smallInstance(seed);
    const opt = optima?.find((o) => o.seed === seed);
    const p = planWeek(inst, SMALL_PLAN_OPTIONS);
    breaches += validatePlan(inst, p).length;
    if (opt === undefined || opt.hash !== instanceHash(inst) || !opt.proven) {
      stale++;
      continue;
    }
    compared++;
    const o = computeObjective(inst, p);
    if (o.unassignedMinutes !== opt.unassignedMinutes) {
      coverageDiff++;
      worstGap = Number.POSITIVE_INFINITY;
      continue;
    }
    const gap = opt.weighted === 0 ? (o.weighted === 0 ? 0 : 100) : ((o.weighted - opt.weighted) / opt.weighted) * 100;
    worstGap = Math.max(worstGap, gap);
    if (gap <= 1 + 1e-9) within1++;
  }
  const staleNote = stale > 0 ? `; ${stale} fixture(s) stale or missing: run test/bench/mip/recompute-optima.ts` : '';
  const peakMb = process.resourceUsage().maxRSS / 1024;

  return [
    benchRow(
      'rota.breaches',
      'count',
      '==',
      0,
      breaches,
      `neighbourhood plan, ${sick.length} repairs, ${SMALL_SEEDS.length} small plans`,
    ),
    benchRow('rota.first_plan_s', 's', '<=', 1, firstS === null ? null : round(firstS, 3), size),
    benchRow(
      'rota.final_plan_s',
      's',
      '<=',
      10,
      round(finalS, 2),
      `${plan.stopReason ?? '-'}; ${plan.unassigned.length} unassigned`,
    ),
    benchRow(
      'rota.optimum_gap_pct',
      'pct',
      '>=',
      90,
      compared === 0 ? null : round((within1 / compared) * 100, 1),
      `worst gap ${Number.isFinite(worstGap) ? `${round(worstGap, 2)}%` : 'coverage differs'}${staleNote}`,
    ),
    benchRow(
      'rota.optimum_worst_gap_pct',
      'pct',
      '<=',
      3,
      compared === 0 || !Number.isFinite(worstGap) ? null : round(worstGap, 2),
      'rota.md: within 3% of the optimum on all small instances',
    ),
    benchRow(
      'rota.unassigned_vs_optimum',
      'count',
      '==',
      0,
      compared === 0 ? null : coverageDiff + stale,
      `${compared} compared${staleNote}`,
    ),
    benchRow(
      'rota.sickness_repair_ms',
      'ms',
      '<=',
      250,
      repairMedian === null ? null : round(repairMedian, 1),
      `median of ${repairMs.length} whole-day absences, ${moved} visits moved`,
    ),
    benchRow('rota.unaffected_changed', 'count', '==', 0, unaffectedChanged),
    benchRow(
      'rota.continuity_median',
      'count',
      '<=',
      3,
      measures.distinctWorkersPerClientMedian,
      `p90 ${measures.distinctWorkersPerClientP90}; ${atMostThree} of ${seen.length} people see at most 3`,
    ),
    benchRow('rota.peak_memory_mb', 'MB', '<=', 500, round(peakMb, 0), 'process max RSS'),
  ];
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
