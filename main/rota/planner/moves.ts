import type { Rng } from '../prng';
import type { PlanState } from './state';
import { availableAt, type MWorker } from './model';
import { weekWithoutDayOff } from './terms';
import { Change } from './change';
import { reteamMove } from './reteam-move';
import { placeByChain, servingFirst } from './chain-placement';
import { bestWorkers, insertBest, startOptions } from './insertion';
import { hoursMove } from './hours-move';

/** A move of the search: changes the plan and returns the change, or null when nothing changed. */
type Move = (state: PlanState, rng: Rng) => Change | null;

/** Share of the moves that try to cover an open visit while some team member could take one. */
const COVERAGE_SHARE = 0.25;

/**
 * Which coverage move a random draw `r` (0 to 1) picks: ejection three times in four. On the neighbourhood week it
 * covered 178 visits in 138,000 moves against the chains' 61, and a chain that fails costs about as much as an
 * ejection.
 */
export function pickCoverageMove(r: number): Move {
  return r < 0.25 ? chainCoverMove : ejectionMove;
}

/** Which move a random draw `r` picks: coverage moves while visits are open, then the quality moves. */
export function pickMove(state: PlanState, r: number): Move {
  if (state.openCount() > 0 && r < COVERAGE_SHARE) return pickCoverageMove(r / COVERAGE_SHARE);
  // The ruins are rare: each costs about ten ordinary moves (0.5 ms). At 1.5% each they took a fifth of the search's
  // time, and the neighbourhood week had 4,695-4,755 visit-minutes open at 10 s and 4,200 at 60 s; at 0.4% each,
  // 4,275-4,335 and 4,110.
  if (r > 0.996) return ruinRecreateMove;
  if (r > 0.992) return clientRuinMove;
  if (r < 0.4) return relocateMove;
  if (r < 0.47) return chainMove;
  if (r < 0.5 && state.terms.workersWithoutDayOff > 0) return dayOffMove;
  if (r < 0.53) return emptyDayMove;
  if (r < 0.6) return clientMove;
  if (r < 0.66 && state.terms.guaranteedShortfallMinutes + state.terms.longWeekMinutes > 0) return hoursMove;
  if (r < 0.75) return reteamAndReinsert;
  if (r < 0.85) return swapMove;
  return shiftMove;
}

/** Apply one random move; return its change (labelled with the move's name), or null when nothing changed. */
export function randomMove(state: PlanState, rng: Rng): Change | null {
  const move = pickMove(state, rng.next());
  const change = move(state, rng);
  if (change !== null) change.label = move.name;
  return change;
}

function reteamAndReinsert(state: PlanState, rng: Rng): Change | null {
  return reteamMove(state, rng, (vi) => void insertBest(state, vi, false));
}

function pickAssigned(state: PlanState, rng: Rng): number {
  for (let k = 0; k < 8; k++) {
    const vi = rng.int(state.model.visits.length);
    if ((state.start[vi] ?? -1) >= 0 && !state.pinned[vi]) return vi;
  }
  return -1;
}

function relocateMove(state: PlanState, rng: Rng): Change | null {
  const vi = pickAssigned(state, rng);
  if (vi < 0) return null;
  const v = state.model.visits[vi];
  if (v === undefined || v.candidates.length < 2) return null;
  const s = state.start[vi] ?? -1;
  const old = (state.workersOf[vi] ?? []).slice();
  const out = rng.pick(old);
  const inW = rng.pick(v.candidates);
  if (old.includes(inW)) return null;
  const change = new Change(state, [vi]);
  state.unassign(vi);
  if (state.check(vi, inW, s) !== null) {
    state.assign(vi, old, s);
    return null;
  }
  state.assign(vi, [...old.filter((w) => w !== out), inW], s);
  return change.seal();
}

/** Chain move: put a visit on another worker, ejecting what is in the way there, then re-place the ejected visits. */
function chainMove(state: PlanState, rng: Rng): Change | null {
  const vi = pickAssigned(state, rng);
  if (vi < 0) return null;
  const m = state.model;
  const v = m.visits[vi];
  if (v === undefined || v.candidates.length < 2) return null;
  const s = state.start[vi] ?? -1;
  const old = (state.workersOf[vi] ?? []).slice();
  const w = rng.pick(v.candidates);
  if (old.includes(w)) return null;
  const out = rng.pick(old);
  const w0 = m.elapsed(v.day, s) - 120;
  const w1 = m.elapsed(v.day, s) + v.dur + 120;
  const ejected: number[] = [];
  for (const it of state.days[w]?.[v.day] ?? []) {
    if (it.visit >= 0 && !state.pinned[it.visit] && it.end > w0 && it.start < w1) ejected.push(it.visit);
  }
  if (ejected.length > 2) return null;
  const change = new Change(state, [vi, ...ejected]);
  state.unassign(vi);
  for (const e of ejected) state.unassign(e);
  if (state.check(vi, w, s) !== null) {
    change.undo();
    return null;
  }
  state.assign(vi, [...old.filter((x) => x !== out), w], s);
  for (const e of ejected) insertBest(state, e, false);
  return change.seal();
}

/** Ruin and recreate: clear a few workers' day around one visit (plus that day's unassigned visits) and rebuild it. */
export function ruinRecreateMove(state: PlanState, rng: Rng): Change | null {
  const m = state.model;
  let d = rng.int(7);
  let wA = rng.int(m.workers.length);
  let wB = rng.int(m.workers.length);
  let days = [d];
  if (state.openCount() > 0 && rng.next() < 0.6) {
    // Aim at an uncovered visit: clear two of its candidates around that day (rest links neighbouring days).
    const u = state.pickOpen(rng);
    const uv = m.visits[u];
    if (uv !== undefined && uv.candidates.length > 0) {
      d = uv.day;
      wA = rng.pick(uv.candidates);
      wB = rng.pick(uv.candidates);
      days = [d - 1, d, d + 1].filter((x) => x >= 0 && x < 7);
    }
  }
  const ruined: number[] = [];
  const wC = rng.int(m.workers.length);
  for (const day of days)
    for (const wi of [wA, wB, wC])
      for (const it of state.days[wi]?.[day] ?? [])
        if (it.visit >= 0 && !state.pinned[it.visit] && !ruined.includes(it.visit)) ruined.push(it.visit);
  for (const day of days)
    for (const vi of state.dayVisits(day))
      if ((state.start[vi] ?? -1) < 0 && ruined.length < 30 && !ruined.includes(vi)) ruined.push(vi);
  if (ruined.length === 0) return null;
  const change = new Change(state, ruined);
  for (const vi of ruined) state.unassign(vi);
  const keyed = ruined.map((vi) => ({ vi, k: (m.visits[vi]?.dur ?? 0) * (m.visits[vi]?.need ?? 1) + rng.next() * 30 }));
  keyed.sort((a, b) => b.k - a.k);
  for (const { vi } of keyed) insertBest(state, vi, false);
  return change.seal();
}

/** Ruin and recreate by person: clear every visit of one or two people, and rebuild them with continuity in mind. */
export function clientRuinMove(state: PlanState, rng: Rng): Change | null {
  const m = state.model;
  const nc = m.clientIds.length;
  if (nc === 0) return null;
  const clients = [rng.int(nc), rng.int(nc)];
  const ruined = [...new Set(clients.flatMap((c) => state.clientVisits(c)))].filter((vi) => !state.pinned[vi]);
  if (ruined.length === 0 || ruined.length > 60) return null;
  const change = new Change(state, ruined);
  for (const vi of ruined) state.unassign(vi);
  // Double-ups first, then each time of day across the week, so one worker can take the same slot every day.
  const keyed = ruined.map((vi) => ({
    vi,
    k:
      (m.visits[vi]?.need ?? 1) * 10_000 - (m.visits[vi]?.start ?? 0) * 7 - (m.visits[vi]?.day ?? 0) + rng.next() * 0.5,
  }));
  keyed.sort((a, b) => b.k - a.k);
  for (const { vi } of keyed) insertBest(state, vi, false);
  return change.seal();
}

/** Hand a run of a worker's visits on one day to others (saves splits and travel). */
function emptyDayMove(state: PlanState, rng: Rng): Change | null {
  const m = state.model;
  const wi = rng.int(m.workers.length);
  const d = rng.int(7);
  const all = (state.days[wi]?.[d] ?? [])
    .filter((it) => it.visit >= 0 && !state.pinned[it.visit])
    .map((it) => it.visit);
  if (all.length === 0) return null;
  // A run of up to three consecutive visits: handing a whole block away is what removes a split.
  const k = 1 + rng.int(Math.min(3, all.length));
  const from = rng.int(all.length - k + 1);
  const visits = all.slice(from, from + k);
  const change = new Change(state, visits);
  const placed = visits.map((vi) => ({
    vi,
    s: state.start[vi] ?? -1,
    keep: (state.workersOf[vi] ?? []).filter((x) => x !== wi),
  }));
  for (const vi of visits) state.unassign(vi);
  const exclude = new Set([wi]);
  for (const p of placed) {
    const r = bestWorkers(state, p.vi, p.s, exclude, p.keep);
    if (r === null) {
      change.undo();
      return null;
    }
    state.assign(p.vi, r.workers, p.s);
  }
  return change.seal();
}

/**
 * Give a worker who works all seven days (and wants a day off) their lightest day off: hand each of that day's
 * visits to someone else, pushing aside what is in the way if need be; null (plan untouched) if one cannot go.
 */
function dayOffMove(state: PlanState, rng: Rng): Change | null {
  const m = state.model;
  const n = m.workers.length;
  const from = rng.int(n);
  let wi = -1;
  for (let k = 0; k < n && wi < 0; k++) {
    const x = (from + k) % n;
    if (weekWithoutDayOff(m.workers[x] as MWorker, state.daysWorked[x] ?? 0) === 1) wi = x;
  }
  if (wi < 0) return null;
  // Only visits can be handed away: a day with training or a meeting stays worked, and so does one with a pin.
  const days = [0, 1, 2, 3, 4, 5, 6].filter((d) =>
    (state.days[wi]?.[d] ?? []).every((it) => it.visit >= 0 && state.pinned[it.visit] !== 1),
  );
  if (days.length === 0) return null;
  const load = (d: number): number => (state.days[wi]?.[d] ?? []).reduce((a, it) => a + it.end - it.start, 0);
  const d = days.sort((a, b) => load(a) - load(b) || a - b)[rng.int(Math.min(2, days.length))] as number;
  const visits = (state.days[wi]?.[d] ?? []).map((it) => it.visit);
  const change = new Change(state, visits);
  const placed = visits.map((vi) => ({ vi, keep: (state.workersOf[vi] ?? []).filter((x) => x !== wi) }));
  for (const vi of visits) state.unassign(vi);
  const exclude = new Set([wi]);
  for (const { vi, keep } of placed) {
    let done = false;
    for (const s of startOptions(m, vi)) {
      const r = bestWorkers(state, vi, s, exclude, keep);
      if (r === null) continue;
      state.assign(vi, r.workers, s);
      done = true;
      break;
    }
    if (!done && keep.length === 0) {
      const others = servingFirst(state, vi).filter((x) => x !== wi);
      done = placeByChain(state, vi, startOptions(m, vi), 2, others, change, 'anyone') !== null;
    }
    if (!done) {
      change.undo();
      return null;
    }
  }
  return change.seal();
}

/** Continuity move: give one worker as many of a person's visits as the rules allow. */
function clientMove(state: PlanState, rng: Rng): Change | null {
  const seedVisit = pickAssigned(state, rng);
  if (seedVisit < 0) return null;
  const m = state.model;
  const v0 = m.visits[seedVisit];
  if (v0 === undefined) return null;
  const w = rng.pick(v0.candidates);
  const mine = state
    .clientVisits(v0.client)
    .filter((vi) => (state.start[vi] ?? -1) >= 0 && !state.pinned[vi] && !(state.workersOf[vi] ?? []).includes(w));
  if (mine.length === 0) return null;
  const change = new Change(state, mine);
  let moved = 0;
  for (const vi of mine) {
    const s = state.start[vi] ?? -1;
    const old = (state.workersOf[vi] ?? []).slice();
    const out = rng.pick(old);
    state.unassign(vi);
    if (state.check(vi, w, s) === null) {
      state.assign(vi, [...old.filter((x) => x !== out), w], s);
      moved++;
    } else state.assign(vi, old, s);
  }
  if (moved === 0) return null;
  return change.seal();
}

function shiftMove(state: PlanState, rng: Rng): Change | null {
  const vi = pickAssigned(state, rng);
  if (vi < 0) return null;
  const v = state.model.visits[vi];
  if (v === undefined || v.flex === 0) return null;
  const ns = rng.pick(startOptions(state.model, vi));
  const s = state.start[vi] ?? -1;
  if (ns === s) return null;
  const old = (state.workersOf[vi] ?? []).slice();
  const change = new Change(state, [vi]);
  state.unassign(vi);
  if (old.some((w) => state.check(vi, w, ns) !== null)) {
    state.assign(vi, old, s);
    return null;
  }
  state.assign(vi, old, ns);
  return change.seal();
}

function swapMove(state: PlanState, rng: Rng): Change | null {
  const a = pickAssigned(state, rng);
  if (a < 0) return null;
  const va = state.model.visits[a];
  if (va === undefined) return null;
  const wa = rng.pick(state.workersOf[a] ?? []);
  const wb = rng.pick(va.candidates);
  if ((state.workersOf[a] ?? []).includes(wb)) return null;
  const dayItems = (state.days[wb]?.[va.day] ?? []).filter((it) => it.visit >= 0 && !state.pinned[it.visit]);
  if (dayItems.length === 0) return null;
  const b = rng.pick(dayItems).visit;
  const vb = state.model.visits[b];
  if (vb === undefined || !vb.candidates.includes(wa) || (state.workersOf[b] ?? []).includes(wa)) return null;
  const sa = state.start[a] ?? -1;
  const sb = state.start[b] ?? -1;
  const newA = (state.workersOf[a] ?? []).map((w) => (w === wa ? wb : w));
  const newB = (state.workersOf[b] ?? []).map((w) => (w === wb ? wa : w));
  const change = new Change(state, [a, b]);
  state.unassign(a);
  state.unassign(b);
  if (state.check(a, wb, sa) !== null) {
    change.undo();
    return null;
  }
  state.assign(a, newA, sa);
  if (state.check(b, wa, sb) !== null) {
    change.undo();
    return null;
  }
  state.assign(b, newB, sb);
  return change.seal();
}

/** Take an unassigned visit, free worker(s) by ejecting the visits in the way, then re-place those. */
function ejectionMove(state: PlanState, rng: Rng): Change | null {
  const m = state.model;
  const vi = state.pickOpen(rng);
  const v = m.visits[vi];
  if (v === undefined || v.candidates.length < v.need) return null;
  const change = new Change(state, [vi]);
  if (insertBest(state, vi, false)) return change.seal();
  const s = rng.pick(startOptions(m, vi));
  // Only a worker available then can be freed by ejecting what is in their way.
  const able = v.candidates.filter((wi) => availableAt(m.workers[wi] as MWorker, v.day, s, v.dur));
  if (able.length < v.need) return null;
  const targets = v.need === 2 ? pickTwo(able, rng) : [rng.pick(able)];
  if (targets.length !== v.need) return null;
  const ejected: number[] = [];
  const eject = (x: number): void => {
    if (x >= 0 && x !== vi && !state.pinned[x] && !ejected.includes(x)) ejected.push(x);
  };
  for (const wi of targets) {
    const code = state.check(vi, wi, s);
    if (code === null) continue;
    const dayOf = (d: number): number[] =>
      (state.days[wi]?.[d] ?? []).filter((it) => it.visit >= 0).map((it) => it.visit);
    if (code === 'wtr_weekly_cap') {
      // Free weekly hours: drop one visit elsewhere in the worker's week.
      const all = [0, 1, 2, 3, 4, 5, 6].flatMap(dayOf);
      if (all.length > 0) eject(rng.pick(all));
    } else if (code === 'wtr_daily_rest') {
      const prev = dayOf(v.day - 1);
      const next = dayOf(v.day + 1);
      eject(prev[prev.length - 1] ?? -1);
      eject(next[0] ?? -1);
    } else if (code === 'wtr_weekly_rest') {
      const other = rng.int(7);
      if (other !== v.day) for (const x of dayOf(other)) eject(x);
    } else if (code === 'unavailable' || code === 'skill_missing' || code === 'not_in_team' || code === 'short_visit') {
      return null;
    } else {
      // Only what is in the way, with room for the travel. Clearing three hours either side found more than three
      // visits in most tries, so most ejections gave up: with this (and one hop for a pushed visit with no free
      // worker) the neighbourhood week had 4,350-4,470 visit-minutes open at 10 s instead of 4,965.
      for (const it of state.inTheWay(wi, v.day, m.elapsed(v.day, s), v.dur)) eject(it.visit);
    }
  }
  if (ejected.length === 0 || ejected.length > 3) return null;
  for (const e of ejected) {
    change.add(e);
    state.unassign(e);
  }
  if (targets.every((wi) => state.check(vi, wi, s) === null)) state.assign(vi, targets, s);
  // A pushed visit with no free worker may push one more aside: one hop, so the move stays cheap.
  for (const e of ejected)
    if (!insertBest(state, e, false) && m.visits[e]?.need === 1)
      placeByChain(state, e, startOptions(m, e), 1, servingFirst(state, e), change, 'anyone');
  return change.seal();
}

function pickTwo(list: readonly number[], rng: Rng): number[] {
  if (list.length < 2) return [];
  const a = rng.pick(list);
  let b = rng.pick(list);
  for (let k = 0; k < 5 && b === a; k++) b = rng.pick(list);
  return a === b ? [] : [a, b];
}

/**
 * Cover an unassigned visit along an augmenting chain. A visit pushed along may go to anyone in its person's team at
 * any start they agreed (coverage comes first, and the search restores continuity after). Kept to the workers the
 * person already sees, the neighbourhood week had 5,100-5,385 visit-minutes open at 10 s; with anyone, 4,965.
 */
function chainCoverMove(state: PlanState, rng: Rng): Change | null {
  const vi = state.pickOpen(rng);
  const v = state.model.visits[vi];
  if (v === undefined || v.need !== 1) return null;
  const choices = servingFirst(state, vi, () => rng.next() - 0.5);
  const change = new Change(state, [vi]);
  for (const s of startOptions(state.model, vi))
    if (placeByChain(state, vi, [s], 3, choices, change, 'anyone') !== null) return change.seal();
  return null;
}
