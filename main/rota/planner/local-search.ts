import type { StopReason } from '@shared/domain/rota/plan';
import type { Rng } from '../prng';
import { type PlanState, compareObjective } from './state';
import type { PlanProgress } from './progress';
import { clientRuinMove, randomMove, ruinRecreateMove } from './moves';
import { auditScore } from './score-audit';

/** Where every visit is: start minute (-1 unassigned) and workers, by visit index. */
export interface Snapshot {
  start: Int32Array;
  workers: number[][];
}

export function snapshot(state: PlanState): Snapshot {
  return { start: state.start.slice(), workers: state.workersOf.map((w) => w.slice()) };
}

function restore(state: PlanState, snap: Snapshot): void {
  for (let vi = 0; vi < snap.start.length; vi++) if (!state.pinned[vi]) state.unassign(vi);
  for (let vi = 0; vi < snap.start.length; vi++) {
    const s = snap.start[vi] ?? -1;
    if (s >= 0 && !state.pinned[vi]) state.assign(vi, snap.workers[vi] ?? [], s);
  }
}

/** Moves without a better plan after which a search with visits still open stops as settled. */
const STALE_MOVES = 200_000;
const STALE_MOVES_PER_VISIT = 200;

/**
 * Local search (relocate, swap, shift, chain, continuity, ejection, ruin-and-recreate) with late acceptance; coverage
 * never worsens except in a stagnation kick, and the best plan is kept.
 */
export function improve(
  state: PlanState,
  rng: Rng,
  iterations: number,
  deadline: number,
  report: (p: PlanProgress) => void,
): StopReason {
  const nv = state.model.visits.length;
  if (nv === 0) return 'converged';
  let best = state.objective();
  let bestSnap: Snapshot | null = null;
  let atBest = true;
  const historyLen = 50;
  const history = new Float64Array(historyLen).fill(state.weighted());
  let stop: StopReason = 'iterations';
  let sinceBest = 0;
  let bestAt = 0;
  let stall = 0;
  const stallLimit = Math.max(4_000, nv * 30);
  const stale = Math.max(STALE_MOVES, nv * STALE_MOVES_PER_VISIT);
  for (let it = 0; it < iterations; it++) {
    if (++stall > stallLimit) {
      // Stuck: go back to the best plan and kick it with a few ruin-and-recreate steps.
      if (!atBest && bestSnap !== null) restore(state, bestSnap);
      bestSnap = snapshot(state);
      atBest = false;
      clientRuinMove(state, rng);
      clientRuinMove(state, rng);
      ruinRecreateMove(state, rng);
      history.fill(state.weighted());
      stall = 0;
      auditScore(state, 'stagnation kick');
    }
    if ((it & 255) === 0) {
      if (Date.now() > deadline) {
        stop = 'time';
        break;
      }
      // Visits still open and nothing better for a long while: what is open is almost always what nobody can take.
      if (state.unassignedVisits > 0 && it - bestAt > stale) {
        stop = 'converged';
        break;
      }
      if ((it & 8191) === 0)
        report({
          phase: 'improve',
          fraction: it / iterations,
          unassigned: state.unassignedVisits,
          objective: state.weighted(),
        });
    }
    const before = {
      unassignedMinutes: state.unassignedMinutes,
      unassignedVisits: state.unassignedVisits,
      weighted: state.weighted(),
    };
    const change = randomMove(state, rng);
    if (change === null) continue;
    const after = {
      unassignedMinutes: state.unassignedMinutes,
      unassignedVisits: state.unassignedVisits,
      weighted: state.weighted(),
    };
    const slot = it % historyLen;
    const coverage = compareObjective({ ...after, weighted: 0 }, { ...before, weighted: 0 });
    const accept =
      coverage < 0 ||
      (coverage === 0 && (after.weighted <= before.weighted + 1e-9 || after.weighted <= (history[slot] ?? 0)));
    if (!accept) {
      change.undo();
      continue;
    }
    history[slot] = after.weighted;
    sinceBest++;
    if (compareObjective(after, best) < -1e-9) {
      best = state.objective();
      bestSnap = null;
      atBest = true;
      sinceBest = 0;
      bestAt = it;
      stall = 0;
    } else if (atBest && compareObjective(after, best) > 1e-9) {
      change.undo();
      bestSnap = snapshot(state);
      change.redo();
      atBest = false;
    }
    auditScore(state, change.label);
    if (state.unassignedVisits === 0 && sinceBest > Math.max(50_000, nv * 40)) {
      stop = 'converged';
      break;
    }
  }
  if (bestSnap !== null && compareObjective(state.objective(), best) > 1e-9) restore(state, bestSnap);
  auditScore(state, 'return to the best plan');
  return stop;
}
