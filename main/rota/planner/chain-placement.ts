import { Change, keepIfBetter } from './change';
import { auditScore } from './score-audit';
import type { PlanState } from './state';
import { startOptions } from './insertion';

/**
 * Where a visit pushed aside by a chain may go: only to workers its person already sees, at its own start (the
 * polish, which must not scatter people), or to any of its possible workers at any allowed start (covering
 * construction's open visits, where coverage comes first).
 */
export type ChainReach = 'serving' | 'anyone';

/**
 * Place visit `vi` (unassigned, single-worker) at one of `starts` by an augmenting chain: a worker who is free
 * takes it; otherwise one visit in a worker's way moves on to another worker (as `reach` allows), and so on, up to
 * `depth` hops. `firstChoices` orders the workers tried for `vi` itself. On failure the plan is exactly as it was.
 * Every visit it may touch is first recorded in `change`, so the caller can undo the whole move. Returns the visits
 * moved (including `vi`), or null.
 */
export function placeByChain(
  state: PlanState,
  vi: number,
  starts: readonly number[],
  depth: number,
  firstChoices: readonly number[],
  change: Change,
  reach: ChainReach = 'serving',
): number[] | null {
  const moved: number[] = [];
  change.add(vi);
  const ok = place(state, vi, starts, depth, firstChoices, reach, { moved, busy: new Set([vi]), change });
  return ok ? moved : null;
}

/** What one chain carries along its hops. */
interface ChainTrail {
  moved: number[];
  busy: Set<number>;
  change: Change;
}

function place(
  state: PlanState,
  vi: number,
  starts: readonly number[],
  depth: number,
  choices: readonly number[],
  reach: ChainReach,
  trail: ChainTrail,
): boolean {
  const m = state.model;
  const v = m.visits[vi];
  if (v === undefined || v.need !== 1) return false;
  for (const s of starts)
    for (const w of choices) {
      if (state.check(vi, w, s) === null) {
        state.assign(vi, [w], s);
        trail.moved.push(vi);
        return true;
      }
    }
  if (depth <= 0) return false;
  for (const s of starts) {
    const startE = m.elapsed(v.day, s);
    for (const w of choices) {
      const inWay = state.inTheWay(w, v.day, startE, v.dur);
      if (inWay.length !== 1) continue;
      const b = inWay[0]?.visit ?? -1;
      const vb = m.visits[b];
      if (vb === undefined || trail.busy.has(b) || state.pinned[b] === 1 || vb.need !== 1) continue;
      const sb = state.start[b] ?? -1;
      trail.change.add(b);
      state.unassign(b);
      if (state.check(vi, w, s) !== null) {
        state.assign(b, [w], sb);
        continue;
      }
      state.assign(vi, [w], s);
      trail.busy.add(b);
      const next =
        reach === 'serving'
          ? { starts: [sb], choices: [...(state.clientCounts[vb.client]?.keys() ?? [])] }
          : { starts: [sb, ...startOptions(m, b).filter((x) => x !== sb)], choices: servingFirst(state, b) };
      const choicesB = next.choices.filter((x) => x !== w && vb.candidates.includes(x));
      const mark = trail.moved.length;
      if (choicesB.length > 0 && place(state, b, next.starts, depth - 1, choicesB, reach, trail)) {
        trail.moved.splice(mark, 0, vi);
        return true;
      }
      trail.busy.delete(b);
      state.unassign(vi);
      state.assign(b, [w], sb);
    }
  }
  return false;
}

/**
 * A visit's possible workers, those its person already sees first. `tieBreak` orders workers within each group:
 * worker index by default; the search passes a random one so its chains do not always try the same worker first.
 */
export function servingFirst(
  state: PlanState,
  vi: number,
  tieBreak: (a: number, b: number) => number = (a, b) => a - b,
): number[] {
  const v = state.model.visits[vi];
  if (v === undefined) return [];
  const serving = state.clientCounts[v.client];
  return v.candidates
    .slice()
    .sort((a, b) => Number(serving?.has(b) ?? false) - Number(serving?.has(a) ?? false) || tieBreak(a, b));
}

/**
 * Polish after the search: cover what chains can cover (a covered visit always wins), then for each person try
 * to drop their least-used worker by handing each of that worker's visits along a chain to workers the person
 * already sees, kept only when the plan gets better. Deterministic.
 */
export function chainPolish(state: PlanState, depth = 3): void {
  const m = state.model;
  for (const v of m.visits) {
    if ((state.start[v.idx] ?? -1) >= 0 || v.need !== 1 || state.pinned[v.idx] === 1) continue;
    const change = new Change(state, [v.idx]);
    if (placeByChain(state, v.idx, [v.start], depth, servingFirst(state, v.idx), change) === null) change.undo();
    else auditScore(state, 'chain cover');
  }
  for (let client = 0; client < m.clientIds.length; client++) {
    for (const out of state.workersByUse(client).slice(0, 2))
      keepIfBetter(state, 'hand along chains', () => handAlong(state, client, out, depth));
  }
}

/**
 * Hand every visit `out` does for `client` to the person's other workers along chains; null (plan untouched) if one
 * cannot go.
 */
function handAlong(state: PlanState, client: number, out: number, depth: number): Change | null {
  const counts = state.clientCounts[client];
  if (counts === undefined || counts.size < 2 || !counts.has(out)) return null;
  const mine = state.clientVisits(client).filter((vi) => (state.workersOf[vi] ?? []).includes(out));
  if (mine.some((vi) => state.pinned[vi] === 1 || (state.workersOf[vi] ?? []).length !== 1)) return null;
  const keepers = [...counts.keys()]
    .filter((w) => w !== out)
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a - b);
  const change = new Change(state, mine);
  for (const vi of mine) {
    const s = state.start[vi] ?? -1;
    state.unassign(vi);
    if (placeByChain(state, vi, [s], depth, keepers, change) === null) {
      change.undo();
      return null;
    }
  }
  return change.seal();
}
