// Small weeks the planner was never tuned on: every run draws new seeds, and each seed also draws the week's shape.
import { randomInt } from 'node:crypto';
import type { RotaInstance } from '@shared/domain/rota/instance';
import type { ObjectiveValue } from '@shared/domain/rota/plan';
import { mulberry32 } from '@main/rota/prng';
import { generateInstance } from '@test/fixtures/rota/instance-generator';

/** `n` new seeds, drawn from the operating system's randomness (print them: a seed rebuilds its week). */
export function freshSeeds(n: number): number[] {
  return Array.from({ length: n }, () => randomInt(1_000_000, 2 ** 31 - 1));
}

/**
 * The fresh small week of a seed: 3 to 5 people, 3 or 4 workers, care packages at 50-80% of the usual size. A little
 * smaller than the committed 30, so HiGHS proves most within seconds.
 */
export function freshInstance(seed: number): RotaInstance {
  const shape = mulberry32(seed ^ 0x5eed);
  const clients = 3 + shape.int(3);
  const workers = 3 + shape.int(2);
  const intensity = 0.5 + shape.int(4) / 10;
  return generateInstance({ clients, workers, seed, intensity });
}

/** How a plan stands against a proven optimum: same coverage and its weighted gap (%), or different coverage. */
export type OptimumGap = { sameCoverage: true; gapPct: number } | { sameCoverage: false };

/** Compare a plan's objective with the proven optimum's. */
export function gapToOptimum(
  plan: Pick<ObjectiveValue, 'unassignedMinutes' | 'weighted'>,
  optimum: Pick<ObjectiveValue, 'unassignedMinutes' | 'weighted'>,
): OptimumGap {
  if (plan.unassignedMinutes !== optimum.unassignedMinutes) return { sameCoverage: false };
  const gapPct =
    optimum.weighted === 0
      ? plan.weighted === 0
        ? 0
        : 100
      : ((plan.weighted - optimum.weighted) / optimum.weighted) * 100;
  return { sameCoverage: true, gapPct };
}

/** Totals over a set of comparisons, as the bench rows report them. */
export interface GapSummary {
  compared: number;
  within1: number;
  worstGapPct: number;
  coverageDiffers: number;
}

/** Sum up comparisons (a plan with other coverage than the optimum counts as an infinite gap). */
export function summariseGaps(gaps: readonly OptimumGap[]): GapSummary {
  let within1 = 0;
  let worstGapPct = 0;
  let coverageDiffers = 0;
  for (const g of gaps) {
    if (!g.sameCoverage) {
      coverageDiffers++;
      worstGapPct = Number.POSITIVE_INFINITY;
      continue;
    }
    worstGapPct = Math.max(worstGapPct, g.gapPct);
    if (g.gapPct <= 1 + 1e-9) within1++;
  }
  return { compared: gaps.length, within1, worstGapPct, coverageDiffers };
}
