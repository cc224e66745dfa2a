import { Change, keepIfBetter } from './change';
import type { PlanState } from './state';

/**
 * A pass over every person: try to drop each of their workers, least-used first, by handing that worker's
 * visits for them directly to the person's other workers, and keep a drop when the plan gets better
 * (coverage first, then the weighted sum). Deterministic; used once the first plan exists, where
 * construction's visit-by-visit choices leave easy drops behind. During the search `reteamMove` does the
 * harder cases, where the others are busy or off at that time.
 */
export function consolidateSweep(state: PlanState): number {
  let kept = 0;
  for (let client = 0; client < state.model.clientIds.length; client++) {
    const counts = state.clientCounts[client];
    if (counts === undefined) continue;
    for (const out of state.workersByUse(client)) {
      if (counts.size < 2) break;
      if (keepIfBetter(state, 'consolidate sweep', () => consolidate(state, client, out, state.workersByUse(client))))
        kept++;
    }
  }
  return kept;
}

/**
 * Hand all of `client`'s visits on worker `out` to the other workers in `ranked` (most-used tried first); null (plan
 * untouched) if one cannot go.
 */
function consolidate(state: PlanState, client: number, out: number, ranked: readonly number[]): Change | null {
  const keepers = ranked.filter((w) => w !== out).reverse();
  const mine = state.clientVisits(client).filter((vi) => (state.workersOf[vi] ?? []).includes(out));
  if (mine.length === 0 || mine.some((vi) => state.pinned[vi] === 1)) return null;
  const change = new Change(state, mine);
  for (const vi of mine) {
    if (!handOver(state, vi, out, keepers)) {
      change.undo();
      return null;
    }
  }
  return change.seal();
}

/**
 * Move visit `vi` from worker `out` to the first of `keepers` free at the same start; false (visit back as it was) if
 * none is.
 */
function handOver(state: PlanState, vi: number, out: number, keepers: readonly number[]): boolean {
  const s = state.start[vi] ?? -1;
  const old = (state.workersOf[vi] ?? []).slice();
  const v = state.model.visits[vi];
  if (v === undefined || s < 0) return false;
  state.unassign(vi);
  for (const x of keepers) {
    if (old.includes(x) || !v.candidates.includes(x)) continue;
    if (state.check(vi, x, s) === null) {
      state.assign(
        vi,
        old.map((w) => (w === out ? x : w)),
        s,
      );
      return true;
    }
  }
  state.assign(vi, old, s);
  return false;
}
