import type { RotaInstance } from '@shared/domain/rota/instance';
import type { PlanMeasures } from '@shared/domain/rota/measures';
import type { RotaPlan } from '@shared/domain/rota/plan';
import { stateOfPlan } from './objective';
import type { PlanState } from './planner/state';
import { validatePlan } from './validator/validate-plan';

function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

/** The measures shown for every plan (rota.md "Measures shown for every plan"). */
export function computeMeasures(instance: RotaInstance, plan: RotaPlan): PlanMeasures {
  const state = stateOfPlan(instance, plan);
  const m = state.model;
  const distinct = distinctWorkerCounts(state);
  let prefSlots = 0;
  let prefHit = 0;
  let under30 = 0;
  for (const v of m.visits) {
    const ws = state.workersOf[v.idx] ?? [];
    if (ws.length === 0) continue;
    if (v.dur < 30) under30++;
    if (v.preferred.size === 0) continue;
    for (const w of ws) {
      prefSlots++;
      if (v.preferred.has(w)) prefHit++;
    }
  }
  const workerHours = m.workers.map((w) => {
    const planned = Math.round(state.weekWork[w.idx] ?? 0);
    return {
      workerId: w.id,
      plannedMinutes: planned,
      guaranteedMinutes: w.guaranteed,
      maxMinutes: instance.workers[w.idx]?.maxWeeklyMinutes ?? 0,
      payPence: Math.round((planned / 60) * w.rate),
    };
  });
  return {
    unassignedVisits: state.unassignedVisits,
    unassignedMinutes: state.unassignedMinutes,
    distinctWorkersPerClientMedian: quantile(distinct, 0.5),
    distinctWorkersPerClientP90: quantile(distinct, 0.9),
    preferredShare: prefSlots === 0 ? 1 : Math.round((prefHit / prefSlots) * 1000) / 1000,
    paidTravelMinutes: state.terms.paidTravelMinutes,
    visitsUnder30: under30,
    workerHours,
    wtrExceptions: validatePlan(instance, plan).filter((b) => b.rule === 6).length,
    estimatedPayPence: workerHours.reduce((a, w) => a + w.payPence, 0),
  };
}

/** How many different workers each person with planned visits sees in the week, ascending. */
export function distinctWorkerCounts(state: PlanState): number[] {
  return state.clientCounts
    .map((c) => c.size)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
}
