import type { RotaInstance } from '@shared/domain/rota/instance';
import type { RotaPlan } from '@shared/domain/rota/plan';
import type { Breach } from '@shared/domain/rota/breach';
import { validatePlan } from '@main/rota';

/** Identity of a breach for comparing two validations of the same instance. */
function breachKey(breach: Breach): string {
  return `${breach.code}|${breach.workerId ?? ''}|${breach.date ?? ''}|${breach.visitId ?? ''}`;
}

/**
 * The hard-rule breaches a plan causes. Breaches that stand in an empty plan come from the data itself (a worker's own
 * overlapping commitments, say), not from any assignment: the coordinator sees them as warnings, and they never stop
 * a week being planned or published.
 */
export function breachesCausedByPlan(instance: RotaInstance, plan: RotaPlan): { caused: Breach[]; standing: Breach[] } {
  const standing = validatePlan(instance, { ...plan, assignments: [], unassigned: [] });
  const keys = new Set(standing.map(breachKey));
  return { caused: validatePlan(instance, plan).filter((breach) => !keys.has(breachKey(breach))), standing };
}
