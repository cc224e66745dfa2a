import { Change, keepIfBetter } from './change';
import type { PlanState } from './state';
import { popcount, subsets } from './bitsets';

/** Search nodes one re-cover may spend: a person's week is small, but a hopeless one should give up fast. */
const NODE_BUDGET = 4_000;

/**
 * Re-cover one person's week with fewer team members than now, exactly: take their visits off, then try
 * every set of k team members (k = 1, 2, ... up to one fewer than now; the person's regulars first) that
 * could between them take every visit, and search for an assignment that keeps every rule. Single-visit
 * and hand-over moves get stuck where fewer workers means changing who does which time of day at once
 * (a worker doing Tuesday's late visit cannot do Wednesday's early one: daily rest), which this sees.
 * Nothing else in the plan moves; visits of theirs that were unassigned stay so unless a chosen worker
 * can take them. Returns the change, or null (plan untouched) when no smaller team is found.
 */
export function recoverPerson(state: PlanState, client: number): Change | null {
  const m = state.model;
  const visits = state.clientVisits(client);
  const counts = state.clientCounts[client];
  const current = counts?.size ?? 0;
  if (current < 2 || visits.some((vi) => state.pinned[vi] === 1)) return null;
  const team = (m.clientTeams[client] ?? [])
    .slice()
    .sort((a, b) => (counts?.get(b) ?? 0) - (counts?.get(a) ?? 0) || a - b);
  if (team.length > 30) return null;
  const assigned = visits.filter((vi) => (state.start[vi] ?? -1) >= 0);
  const open = visits.filter((vi) => (state.start[vi] ?? -1) < 0);
  const starts = new Map(
    visits.map((vi) => [vi, [...new Set([state.start[vi] ?? -1, m.visits[vi]?.start ?? 0].filter((s) => s >= 0))]]),
  );
  const change = new Change(state, visits);
  for (const vi of assigned) state.unassign(vi);

  // Which team members could take each visit with the rest of the plan as it is (bit p = team[p]).
  const masks = assigned.map((vi) => {
    let mask = 0;
    team.forEach((wi, p) => {
      if ((starts.get(vi) ?? []).some((s) => state.check(vi, wi, s) === null)) mask |= 1 << p;
    });
    return mask;
  });
  const need = assigned.map((vi) => m.visits[vi]?.need ?? 1);
  let budget = NODE_BUDGET;

  const solve = (subset: number): boolean => {
    const order = assigned
      .map((vi, i) => ({ vi, i, options: popcount((masks[i] ?? 0) & subset) }))
      .sort((a, b) => a.options - b.options || a.vi - b.vi);
    const members = team.filter((_, p) => (subset & (1 << p)) !== 0);
    const place = (k: number): boolean => {
      if (k === order.length) return true;
      if (--budget < 0) return false;
      const { vi } = order[k] as { vi: number };
      const v = m.visits[vi];
      if (v === undefined) return false;
      for (const s of starts.get(vi) ?? []) {
        const free = members.filter((wi) => state.check(vi, wi, s) === null);
        for (const ws of v.need === 2 ? pairs(free) : free.map((wi) => [wi])) {
          state.assign(vi, ws, s);
          if (place(k + 1)) return true;
          state.unassign(vi);
          if (budget < 0) return false;
        }
      }
      return false;
    };
    return place(0);
  };

  for (let k = 1; k < current && budget > 0; k++) {
    for (const subset of subsets(team.length, k)) {
      if (masks.some((mask, i) => popcount(mask & subset) < (need[i] ?? 1))) continue;
      if (solve(subset)) {
        for (const vi of open)
          takeIfFree(
            state,
            vi,
            team.filter((_, p) => (subset & (1 << p)) !== 0),
          );
        return change.seal();
      }
      if (budget <= 0) break;
    }
  }
  change.undo();
  return null;
}

/** Give a still-open visit to chosen members when they are free at its ideal start. */
function takeIfFree(state: PlanState, vi: number, members: readonly number[]): void {
  const v = state.model.visits[vi];
  if (v === undefined) return;
  const free = members.filter((wi) => state.check(vi, wi, v.start) === null);
  if (free.length >= v.need) state.assign(vi, free.slice(0, v.need), v.start);
}

function pairs(list: readonly number[]): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) out.push([list[i] as number, list[j] as number]);
  return out;
}

/**
 * A pass over every person once the search has settled: keep each re-cover that makes the plan better
 * (coverage first, then the weighted sum). Deterministic; returns how many people now see fewer workers.
 */
export function recoverSweep(state: PlanState): number {
  let kept = 0;
  for (let client = 0; client < state.model.clientIds.length; client++)
    if (keepIfBetter(state, 'person re-cover', () => recoverPerson(state, client))) kept++;
  return kept;
}
