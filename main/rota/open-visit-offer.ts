import type { Breach } from '@shared/domain/rota/breach';
import type { RotaInstance, RotaVisit } from '@shared/domain/rota/instance';
import type { Assignment, RotaPlan } from '@shared/domain/rota/plan';
import { validatePlan } from './validator/validate-plan';

/** How one team member stands for an open visit: the hard rules they would break by taking it (none: they may). */
export interface OpenVisitOffer {
  workerId: string;
  breaches: Breach[];
}

const breachKey = (b: Breach): string => `${b.code}|${b.visitId ?? ''}|${b.workerId ?? ''}|${b.date ?? ''}`;

/**
 * Whether each candidate may take an open (unassigned, single-worker) visit, by the independent validator and the
 * eligibility rule it applies. Each candidate is checked against their own week only (their visits, commitments and
 * the week before), which is all a worker-level rule reads, so a 4,500-visit week costs a dozen small validations.
 * Only breaches the visit would add count: the candidate's week as stored is the baseline.
 */
export function offerOpenVisit(
  instance: RotaInstance,
  plan: RotaPlan,
  visitId: string,
  candidateIds: readonly string[],
): OpenVisitOffer[] {
  const visitById = new Map(instance.visits.map((v) => [v.id, v]));
  const visit = visitById.get(visitId);
  if (visit === undefined) throw new Error(`unknown visit ${visitId}`);
  // One pass over the plan for every candidate's own visits.
  const own = new Map(candidateIds.map((id) => [id, [] as Assignment[]]));
  for (const a of plan.assignments) {
    if (a.visitId === visitId) continue;
    for (const id of a.workerIds) own.get(id)?.push(a);
  }
  return candidateIds.map((workerId) => {
    const theirs = own.get(workerId) ?? [];
    const taking: Assignment = { visitId, workerIds: [workerId], startMinute: visit.startMinute };
    const concerns = (b: Breach) => b.workerId === workerId || (b.visitId === visitId && b.workerId === null);
    const before = new Set(validateOwnWeek(instance, visitById, theirs, workerId).filter(concerns).map(breachKey));
    const after = validateOwnWeek(instance, visitById, [...theirs, taking], workerId).filter(concerns);
    return { workerId, breaches: after.filter((b) => !before.has(breachKey(b))) };
  });
}

/** The validator over one worker's share of the plan (a double-up partner comes along, their breaches ignored). */
function validateOwnWeek(
  instance: RotaInstance,
  visitById: ReadonlyMap<string, RotaVisit>,
  assignments: readonly Assignment[],
  workerId: string,
): Breach[] {
  const ids = new Set(assignments.map((a) => a.visitId));
  const workerIds = new Set([workerId, ...assignments.flatMap((a) => a.workerIds)]);
  const sub: RotaInstance = {
    ...instance,
    // The validator looks visits up by the plan's ids; handing it only those keeps a check to the worker's own week.
    visits: [...ids].map((id) => visitById.get(id)).filter((v): v is RotaVisit => v !== undefined),
    workers: instance.workers.filter((w) => workerIds.has(w.id)),
    pins: instance.pins.filter((p) => ids.has(p.visitId)),
  };
  const plan: RotaPlan = {
    isoWeek: instance.isoWeek,
    assignments: [...assignments],
    unassigned: [],
    objective: null,
    stopReason: null,
    seed: null,
    iterations: null,
  };
  return validatePlan(sub, plan);
}
