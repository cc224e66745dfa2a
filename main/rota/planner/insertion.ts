import { crewAllowed, type Model } from './model';
import type { PlanState } from './state';

/** Start minutes to try for a visit: the ideal first, then alternating shifts inside the flexibility. */
export function startOptions(model: Model, vi: number): number[] {
  const v = model.visits[vi];
  if (v === undefined) return [];
  const out = [v.start];
  const step = model.settings.flexStepMinutes;
  for (let k = step; k <= v.flex; k += step) {
    if (v.start - k >= 0) out.push(v.start - k);
    if (v.start + k + v.dur <= 1440) out.push(v.start + k);
  }
  if (v.flex > 0 && v.flex % step !== 0) {
    if (v.start - v.flex >= 0) out.push(v.start - v.flex);
    if (v.start + v.flex + v.dur <= 1440) out.push(v.start + v.flex);
  }
  return out;
}

/** Best feasible workers (by objective) for a visit at start `s`, or null when too few can take it. */
export function bestWorkers(
  state: PlanState,
  vi: number,
  s: number,
  exclude: ReadonlySet<number> = new Set(),
  keep: readonly number[] = [],
): { workers: number[]; weighted: number } | null {
  const v = state.model.visits[vi];
  if (v === undefined) return null;
  const need = v.need - keep.length;
  const scored: { w: number; cost: number }[] = [];
  for (const wi of v.candidates) {
    if (exclude.has(wi) || keep.includes(wi)) continue;
    if (state.check(vi, wi, s) !== null) continue;
    scored.push({ w: wi, cost: state.insertionDelta(vi, wi, s) });
  }
  if (scored.length < need) return null;
  scored.sort((a, b) => a.cost - b.cost || a.w - b.w);
  const top = scored.slice(0, need);
  if (!crewAllowed(state.model, vi, [...keep, ...top.map((x) => x.w)])) {
    // Only workers who may work alongside a colleague: the cheapest one who may work in their own right replaces the
    // dearest of them, or nobody can take it.
    const own = scored.slice(need).find((x) => crewAllowed(state.model, vi, [x.w]));
    if (own === undefined || need === 0) return null;
    top[need - 1] = own;
  }
  // Estimated objective after insertion; exact scoring happens when the move is judged.
  const weighted = state.weighted() + top.reduce((a, x) => a + x.cost, 0);
  return { workers: [...keep, ...top.map((x) => x.w)], weighted };
}

/** Insert a visit at its best start and workers; false when nobody can take it. */
export function insertBest(state: PlanState, vi: number, firstFeasible: boolean): boolean {
  let best: { workers: number[]; s: number; weighted: number } | null = null;
  for (const s of startOptions(state.model, vi)) {
    const r = bestWorkers(state, vi, s);
    if (r !== null && (best === null || r.weighted < best.weighted))
      best = { workers: r.workers, s, weighted: r.weighted };
    if (best !== null && firstFeasible) break;
  }
  if (best === null) return false;
  state.assign(vi, best.workers, best.s);
  return true;
}
