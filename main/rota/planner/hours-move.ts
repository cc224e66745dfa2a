import type { Rng } from '../prng';
import type { Model } from './model';
import type { PlanState } from './state';
import { Change, keepIfBetter } from './change';

// Random relocations rarely balance hours: one visit to a worker the person does not see yet costs a face, more
// than an hour short or long is worth. Handing over everything one worker does for a person swaps one face for
// another, so the hours move where continuity stays.

/** Visits each worker could take by the static rules (team, skills, short-visit agreement), per model. */
const candidateVisits = new WeakMap<Model, number[][]>();

function visitsFor(model: Model, wi: number): number[] {
  let lists = candidateVisits.get(model);
  if (lists === undefined) {
    const built: number[][] = model.workers.map(() => []);
    for (const v of model.visits) for (const w of v.candidates) built[w]?.push(v.idx);
    candidateVisits.set(model, built);
    lists = built;
  }
  return lists[wi] ?? [];
}

/** Minutes a worker's planned week is above (positive) or below (negative) their guaranteed hours. */
function loadOf(state: PlanState, wi: number): number {
  return (state.weekWork[wi] ?? 0) - (state.model.workers[wi]?.guaranteed ?? 0);
}

/** The first worker from a random place on whom `wanted` holds, or -1. */
function findWorker(state: PlanState, rng: Rng, wanted: (wi: number) => boolean): number {
  const n = state.model.workers.length;
  const from = rng.int(n);
  for (let k = 0; k < n; k++) {
    const wi = (from + k) % n;
    if (wanted(wi)) return wi;
  }
  return -1;
}

/**
 * Hours balance move: hand what a worker well above their guaranteed hours does for one person to a team member
 * below theirs (or less far above), visit by visit where the rules allow. Half the time it starts from a worker
 * below their guaranteed hours and a visit they could take, half the time from a worker in a long week.
 */
export function hoursMove(state: PlanState, rng: Rng): Change | null {
  const pair = rng.next() < 0.5 ? fromShortWorker(state, rng) : fromLongWeek(state, rng);
  if (pair === null || loadOf(state, pair.taker) >= loadOf(state, pair.giver)) return null;
  return handOver(state, pair.giver, pair.taker, state.model.visits[pair.visit]?.client ?? -1);
}

/** Who hands over to whom, found from one visit. */
interface HandOverPair {
  giver: number;
  taker: number;
  visit: number;
}

/** A worker below their guaranteed hours, a visit they could take, and its busiest worker against their guarantee. */
function fromShortWorker(state: PlanState, rng: Rng): HandOverPair | null {
  const m = state.model;
  const taker = findWorker(state, rng, (wi) => loadOf(state, wi) < 0 && visitsFor(m, wi).length > 0);
  if (taker < 0) return null;
  const options = visitsFor(m, taker);
  const visit = options[rng.int(options.length)] ?? -1;
  const on = state.workersOf[visit] ?? [];
  if (on.length === 0 || on.includes(taker) || state.pinned[visit] === 1) return null;
  return { giver: on.reduce((a, b) => (loadOf(state, b) > loadOf(state, a) ? b : a)), taker, visit };
}

/** A worker in a long week, one of their visits, and the least loaded team member free to take it. */
function fromLongWeek(state: PlanState, rng: Rng): HandOverPair | null {
  const m = state.model;
  const giver = findWorker(state, rng, (wi) => (state.weekWork[wi] ?? 0) > (m.workers[wi]?.longWeekFrom ?? 0));
  if (giver < 0) return null;
  const mine = (state.days[giver] ?? []).flat().filter((it) => it.visit >= 0 && state.pinned[it.visit] !== 1);
  if (mine.length === 0) return null;
  const visit = (mine[rng.int(mine.length)] as { visit: number }).visit;
  const on = state.workersOf[visit] ?? [];
  const s = state.start[visit] ?? -1;
  const free = (m.visits[visit]?.candidates ?? []).filter(
    (wi) => !on.includes(wi) && state.check(visit, wi, s) === null,
  );
  if (free.length === 0) return null;
  return { giver, taker: free.reduce((a, b) => (loadOf(state, b) < loadOf(state, a) ? b : a)), visit };
}

/** Move every unpinned visit `giver` does for `client` to `taker` where `taker` may take it; null if none moved. */
function handOver(state: PlanState, giver: number, taker: number, client: number): Change | null {
  const theirs = state
    .clientVisits(client)
    .filter((vi) => state.pinned[vi] !== 1 && (state.workersOf[vi] ?? []).includes(giver))
    .filter((vi) => !(state.workersOf[vi] ?? []).includes(taker));
  if (theirs.length === 0) return null;
  const change = new Change(state, theirs);
  let moved = 0;
  for (const vi of theirs) {
    const s = state.start[vi] ?? -1;
    // The check reads only the taker's week, which does not hold the visit yet: no need to take it off first.
    if (state.check(vi, taker, s) !== null) continue;
    const crew = (state.workersOf[vi] ?? []).map((w) => (w === giver ? taker : w));
    state.unassign(vi);
    state.assign(vi, crew, s);
    moved++;
  }
  return moved === 0 ? null : change.seal();
}

/**
 * A pass over the workers below their guaranteed hours, furthest below first: for each person they could visit, take
 * over what that person's busiest worker (against their own guarantee) does for them. Then a pass over the workers in
 * a long week, each handing a person over to the least loaded team member who can take them. Each hand-over is kept
 * only when the plan gets better (coverage first). Deterministic; run once the first plan exists, where construction
 * (visit by visit, person by person) leaves hours uneven before the search has had time to even them, and again after
 * the search, whose random moves drift hours back for small gains in travel.
 */
export function hoursSweep(state: PlanState): number {
  const m = state.model;
  const load = (wi: number): number => loadOf(state, wi);
  const byLoad = (a: number, b: number): number => load(a) - load(b) || a - b;
  let kept = 0;
  const short = m.workers.map((w) => w.idx).filter((wi) => load(wi) < 0 && visitsFor(m, wi).length > 0);
  for (const taker of short.sort(byLoad)) {
    const clients = [...new Set(visitsFor(m, taker).map((vi) => m.visits[vi]?.client ?? -1))];
    for (const client of clients) {
      if (load(taker) >= 0) break;
      const givers = [...(state.clientCounts[client]?.keys() ?? [])].filter((w) => w !== taker && load(w) > 0);
      for (const giver of givers.sort(byLoad).reverse())
        if (keepIfBetter(state, 'hours sweep', () => handOver(state, giver, taker, client))) {
          kept++;
          break;
        }
    }
  }
  const longWeek = (wi: number): boolean => (state.weekWork[wi] ?? 0) > (m.workers[wi]?.longWeekFrom ?? 0);
  const long = m.workers.map((w) => w.idx).filter(longWeek);
  for (const giver of long.sort(byLoad).reverse()) {
    const clients = [...new Set((state.days[giver] ?? []).flat().map((it) => m.visits[it.visit]?.client ?? -1))];
    for (const client of clients.filter((c) => c >= 0)) {
      if (!longWeek(giver)) break;
      const takers = (m.clientTeams[client] ?? []).filter((w) => w !== giver && load(w) < load(giver));
      for (const taker of takers.sort(byLoad))
        if (keepIfBetter(state, 'hours sweep', () => handOver(state, giver, taker, client))) {
          kept++;
          break;
        }
    }
  }
  return kept;
}
