import type { Rng } from '../prng';
import { Change, keepIfBetter } from './change';
import { IN_THE_WAY_MINUTES, type PlanState } from './state';

/** Widest number of another person's visits a consolidation may push aside to make room. */
const MAX_EJECTED = 2;


/**
 * Consolidation: one of a person's least-used workers hands all of that person's visits to workers who
 * already serve them, so the person sees one worker fewer. Single-visit relocations rarely get there:
 * every step but the last costs, so the search turns back before the saving. When a current worker is
 * busy at that time, another person's visit in the way is pushed aside and re-placed afterwards with
 * `reinsert`; the caller's acceptance test rejects the move if that loses coverage.
 */
export function consolidateMove(state: PlanState, rng: Rng, reinsert: (vi: number) => void): Change | null {
  const nc = state.model.clientIds.length;
  if (nc === 0) return null;
  const client = rng.int(nc);
  const counts = state.clientCounts[client];
  if (counts === undefined || counts.size < 2) return null;
  const ranked = state.workersByUse(client);
  if (ranked.length > 2 && rng.next() < 0.4) return mergeTwo(state, client, ranked, rng, reinsert);
  // Mostly the least-used worker; sometimes the next one, so near-ties get their turn.
  const out = ranked.length > 2 && rng.next() < 0.3 ? ranked[1] : ranked[0];
  if (out === undefined) return null;
  return consolidate(state, client, out, ranked, rng, reinsert);
}

/**
 * The two least-used workers of a person are usually covers for the regulars' days off, one per time
 * of day; one team member who can do both (often a third) saves a worker. Hand both covers' visits for
 * this person to one team member, pushing aside what is in the way.
 */
function mergeTwo(state: PlanState, client: number, ranked: readonly number[], rng: Rng, reinsert: (vi: number) => void): Change | null {
  const [a, b] = ranked;
  if (a === undefined || b === undefined) return null;
  const team = state.model.clientTeams[client] ?? [];
  const serving = state.clientCounts[client];
  const z = rng.pick(team.filter((w) => w !== a && w !== b && !(serving?.has(w) === true && rng.next() < 0.5)).concat([a, b]));
  const mine = state.clientVisits(client).filter((vi) => (state.workersOf[vi] ?? []).some((w) => w === a || w === b));
  if (mine.length === 0 || mine.some((vi) => state.pinned[vi] === 1)) return null;
  const change = new Change(state, mine);
  const ejected: number[] = [];
  for (const vi of mine) {
    const ws = state.workersOf[vi] ?? [];
    if (ws.includes(z)) continue;
    const out = ws.includes(a) ? a : b;
    if (!handOver(state, vi, out, [z], client, rng, change, ejected)) {
      change.undo();
      return null;
    }
  }
  for (const e of ejected) if ((state.start[e] ?? -1) < 0) reinsert(e);
  return change.seal();
}

/** Hand all of `client`'s visits on worker `out` to the other workers in `ranked` (most-used tried first). */
function consolidate(state: PlanState, client: number, out: number, ranked: readonly number[], rng: Rng | null, reinsert: (vi: number) => void): Change | null {
  const keepers = ranked.filter((w) => w !== out).reverse();
  const mine = state.clientVisits(client).filter((vi) => (state.workersOf[vi] ?? []).includes(out));
  if (mine.length === 0 || mine.some((vi) => state.pinned[vi] === 1)) return null;
  const change = new Change(state, mine);
  const ejected: number[] = [];
  for (const vi of mine) {
    if (!handOver(state, vi, out, keepers, client, rng, change, ejected)) {
      change.undo();
      return null;
    }
  }
  for (const e of ejected) if ((state.start[e] ?? -1) < 0) reinsert(e);
  return change.seal();
}

/**
 * A pass over every person: try to drop each of their workers, least-used first, by direct handovers
 * only, and keep a drop when the plan gets better (coverage first, then the weighted sum). Deterministic;
 * used once the first plan exists, where construction's visit-by-visit choices leave easy drops behind.
 */
export function consolidateSweep(state: PlanState): number {
  let kept = 0;
  for (let client = 0; client < state.model.clientIds.length; client++) {
    const counts = state.clientCounts[client];
    if (counts === undefined) continue;
    for (const out of state.workersByUse(client)) {
      if (counts.size < 2) break;
      if (keepIfBetter(state, () => consolidate(state, client, out, state.workersByUse(client), null, () => undefined))) kept++;
    }
  }
  return kept;
}

/** Move visit `vi` from worker `out` to one of `keepers` at the same start; push one or two visits aside if needed. */
function handOver(state: PlanState, vi: number, out: number, keepers: readonly number[], client: number, rng: Rng | null, change: Change, ejected: number[]): boolean {
  const m = state.model;
  const s = state.start[vi] ?? -1;
  const old = (state.workersOf[vi] ?? []).slice();
  const v = m.visits[vi];
  if (v === undefined || s < 0) return false;
  const open = keepers.filter((x) => !old.includes(x) && v.candidates.includes(x));
  if (open.length === 0) return false;
  state.unassign(vi);
  const onto = (x: number): number[] => old.map((w) => (w === out ? x : w));
  for (const x of open) {
    if (state.check(vi, x, s) === null) {
      state.assign(vi, onto(x), s);
      return true;
    }
  }
  // Nobody free: clear the way on one of them, never at this person's own visits.
  if (rng === null) {
    state.assign(vi, old, s);
    return false;
  }
  const x = rng.pick(open);
  const startE = m.elapsed(v.day, s);
  const inWay = (state.days[x]?.[v.day] ?? []).filter(
    (it) => it.visit >= 0 && state.pinned[it.visit] !== 1 && m.visits[it.visit]?.client !== client && it.end + IN_THE_WAY_MINUTES > startE && it.start < startE + v.dur + IN_THE_WAY_MINUTES,
  );
  if (inWay.length === 0 || inWay.length > MAX_EJECTED) {
    state.assign(vi, old, s);
    return false;
  }
  for (const it of inWay) {
    change.add(it.visit);
    state.unassign(it.visit);
    ejected.push(it.visit);
  }
  if (state.check(vi, x, s) !== null) return false;
  state.assign(vi, onto(x), s);
  return true;
}
