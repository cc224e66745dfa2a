import { Change } from './change';
import { compareObjective, type PlanState } from './state';

/** Minutes either side of a visit within which another visit is in a worker's way (covers most travel). */
const REACH = 30;

/**
 * Place visit `vi` (unassigned, single-worker) at start `s` by an augmenting chain: a worker who is free takes
 * it; otherwise one visit in a worker's way moves on to a worker who already serves *its* person, and so on,
 * up to `depth` hops. Only the first worker may be new to a person, so covering a visit does not scatter the
 * people whose visits make room for it. `firstChoices` orders the workers tried for `vi` itself.
 * On failure the plan is exactly as it was. Every visit it may touch is first recorded in `change`, so the caller
 * can undo the whole move. Returns the visits moved (including `vi`), or null.
 */
export function placeByChain(state: PlanState, vi: number, s: number, depth: number, firstChoices: readonly number[], change: Change): number[] | null {
  const moved: number[] = [];
  change.add(vi);
  const ok = place(state, vi, s, depth, firstChoices, moved, new Set([vi]), change);
  return ok ? moved : null;
}

function place(state: PlanState, vi: number, s: number, depth: number, choices: readonly number[], moved: number[], busy: Set<number>, change: Change): boolean {
  const m = state.model;
  const v = m.visits[vi];
  if (v === undefined || v.need !== 1) return false;
  for (const w of choices) {
    if (state.check(vi, w, s) === null) {
      state.assign(vi, [w], s);
      moved.push(vi);
      return true;
    }
  }
  if (depth <= 0) return false;
  const startE = m.elapsed(v.day, s);
  for (const w of choices) {
    const inWay = (state.days[w]?.[v.day] ?? []).filter((it) => it.visit >= 0 && it.end + REACH > startE && it.start < startE + v.dur + REACH);
    if (inWay.length !== 1) continue;
    const b = inWay[0]?.visit ?? -1;
    const vb = m.visits[b];
    if (vb === undefined || busy.has(b) || state.pinned[b] === 1 || vb.need !== 1) continue;
    const sb = state.start[b] ?? -1;
    change.add(b);
    state.unassign(b);
    if (state.check(vi, w, s) !== null) {
      state.assign(b, [w], sb);
      continue;
    }
    state.assign(vi, [w], s);
    busy.add(b);
    // The pushed-aside visit may go only to workers its person already sees.
    const serving = [...(state.clientCounts[vb.client]?.keys() ?? [])].filter((x) => x !== w && vb.candidates.includes(x));
    const mark = moved.length;
    if (serving.length > 0 && place(state, b, sb, depth - 1, serving, moved, busy, change)) {
      moved.splice(mark, 0, vi);
      return true;
    }
    busy.delete(b);
    state.unassign(vi);
    state.assign(b, [w], sb);
  }
  return false;
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
    const serving = state.clientCounts[v.client];
    const choices = v.candidates.slice().sort((a, b) => Number(serving?.has(b) ?? false) - Number(serving?.has(a) ?? false) || a - b);
    const change = new Change(state, [v.idx]);
    if (placeByChain(state, v.idx, v.start, depth, choices, change) === null) change.undo();
  }
  for (let client = 0; client < m.clientIds.length; client++) {
    const counts = state.clientCounts[client];
    if (counts === undefined || counts.size < 2) continue;
    const ranked = [...counts].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([w]) => w);
    for (const out of ranked.slice(0, 2)) dropWorker(state, client, out, depth);
  }
}

/** Hand every visit `out` does for `client` to the person's other workers along chains; keep it only if the plan improves. */
function dropWorker(state: PlanState, client: number, out: number, depth: number): void {
  const counts = state.clientCounts[client];
  if (counts === undefined || counts.size < 2 || !counts.has(out)) return;
  const mine = state.clientVisits(client).filter((vi) => (state.workersOf[vi] ?? []).includes(out));
  if (mine.some((vi) => state.pinned[vi] === 1 || (state.workersOf[vi] ?? []).length !== 1)) return;
  const keepers = [...counts.keys()].filter((w) => w !== out).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a - b);
  const before = state.objective();
  const change = new Change(state, mine);
  for (const vi of mine) {
    const s = state.start[vi] ?? -1;
    state.unassign(vi);
    if (placeByChain(state, vi, s, depth, keepers, change) === null) {
      change.undo();
      return;
    }
  }
  change.seal();
  if (compareObjective(state.objective(), before) >= -1e-9) change.undo();
}
