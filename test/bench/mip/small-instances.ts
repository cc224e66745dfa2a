import { createHash } from 'node:crypto';
import type { RotaInstance } from '@shared/domain/rota/instance';
import { generateSmallInstance } from '@test/fixtures/rota/instance-generator';

/** Seeds of the 30 small benchmark instances. */
export const SMALL_SEEDS: readonly number[] = Array.from({ length: 30 }, (_, i) => i + 1);

/** Planner settings the bench uses on small instances. */
export const SMALL_PLAN_OPTIONS = { seed: 1, iterations: 60_000 } as const;

/** Stable hash of an instance, so a stale optimum fixture is detected. */
export function instanceHash(instance: RotaInstance): string {
  return createHash('sha256').update(JSON.stringify(instance)).digest('hex').slice(0, 16);
}

/** The small instance for a seed. */
export function smallInstance(seed: number): RotaInstance {
  return generateSmallInstance(seed);
}

/** One proven optimum, as committed in test/fixtures/rota/small-optima.json. */
export interface SmallOptimum {
  seed: number;
  hash: string;
  visits: number;
  proven: boolean;
  status: string;
  unassignedMinutes: number;
  unassignedVisits: number;
  weighted: number;
  breaches: number;
  seconds: number;
}
