import type { RotaInstance } from '@shared/domain/rota/instance';
import type { ObjectiveValue, RotaPlan } from '@shared/domain/rota/plan';
import { buildModel, type Model } from './planner/model';
import { PlanState } from './planner/state';
import { recomputeObjective } from './planner/recompute';

/** Load a plan into a fresh state without checks (unknown ids are skipped), for scoring and measures. */
export function stateOfPlan(
  instance: RotaInstance,
  plan: Pick<RotaPlan, 'assignments'>,
  model: Model = buildModel(instance),
): PlanState {
  const state = new PlanState(model);
  for (const a of plan.assignments) {
    const vi = model.visitIndex.get(a.visitId);
    if (vi === undefined || (state.start[vi] ?? -1) >= 0) continue;
    const ws = a.workerIds.map((id) => model.workerIndex.get(id)).filter((x): x is number => x !== undefined);
    state.assign(vi, ws, a.startMinute);
  }
  return state;
}

/**
 * THE objective of a plan: coverage first, then the weighted terms, recomputed from the plan alone (not from the
 * search's bookkeeping). The planner's reported objective equals it, and the bench scores with it.
 */
export function computeObjective(instance: RotaInstance, plan: Pick<RotaPlan, 'assignments'>): ObjectiveValue {
  const state = stateOfPlan(instance, plan);
  return recomputeObjective(state.model, state.start, state.workersOf);
}
