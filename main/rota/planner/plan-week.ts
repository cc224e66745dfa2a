import type { RotaInstance } from '../../../shared/domain/rota/instance';
import type { BreachCode } from '../../../shared/domain/rota/breach';
import type { RotaPlan, StopReason, UnassignedVisit } from '../../../shared/domain/rota/plan';
import { mulberry32, type Rng } from '../prng';
import { buildModel, type Model } from './model';
import { PlanState, compareObjective } from './state';
import { Change } from './change';
import { consolidateMove, consolidateSweep } from './continuity-moves';
import { recoverSweep } from './person-recover';
import { chainPolish, placeByChain, servingFirst } from './chain-placement';

/** Progress of a running plan. */
export interface PlanProgress {
  phase: 'construct' | 'improve' | 'done';
  fraction: number;
  unassigned: number;
  objective: number;
}

/** Options for `planWeek`. */
export interface PlanOptions {
  seed?: number;
  /** Local-search move budget; the same seed and budget give the same plan. */
  iterations?: number;
  /** Optional wall-clock limit; when it stops the search the plan says so. */
  timeLimitMs?: number;
  onProgress?: (p: PlanProgress) => void;
  /** Start from this plan's assignments (pins still win). */
  initial?: RotaPlan;
}

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
export function bestWorkers(state: PlanState, vi: number, s: number, exclude: ReadonlySet<number> = new Set(), keep: readonly number[] = []): { workers: number[]; weighted: number } | null {
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
  // Estimated objective after insertion; exact scoring happens when the move is judged.
  const weighted = state.weighted() + top.reduce((a, x) => a + x.cost, 0);
  return { workers: [...keep, ...top.map((x) => x.w)], weighted };
}

/** Insert a visit at its best start and workers; false when nobody can take it. */
export function insertBest(state: PlanState, vi: number, firstFeasible: boolean): boolean {
  let best: { workers: number[]; s: number; weighted: number } | null = null;
  for (const s of startOptions(state.model, vi)) {
    const r = bestWorkers(state, vi, s);
    if (r !== null && (best === null || r.weighted < best.weighted)) best = { workers: r.workers, s, weighted: r.weighted };
    if (best !== null && firstFeasible) break;
  }
  if (best === null) return false;
  state.assign(vi, best.workers, best.s);
  return true;
}

/** Why nobody could take a visit: each rule with the team members it ruled out. */
export function unassignedReasons(state: PlanState, vi: number): UnassignedVisit['reasons'] {
  const v = state.model.visits[vi];
  if (v === undefined) return [];
  const byCode = new Map<BreachCode, string[]>();
  const add = (code: BreachCode, wi: number): void => {
    const id = state.model.workers[wi]?.id ?? '';
    const list = byCode.get(code) ?? [];
    list.push(id);
    byCode.set(code, list);
  };
  for (const x of v.staticExclusions) add(x.code, x.worker);
  for (const wi of v.candidates) {
    const code = state.check(vi, wi, v.start);
    if (code !== null) add(code, wi);
  }
  if (byCode.size === 0 && v.need === 2) byCode.set('double_up', []);
  if ((state.model.clientTeams[v.client] ?? []).length === 0) byCode.set('not_in_team', []);
  return [...byCode].map(([code, workerIds]) => ({ code, workerIds }));
}

/** Put pinned assignments in place first: they are never moved. */
export function applyPins(state: PlanState): void {
  const m = state.model;
  for (const p of m.instance.pins) {
    const vi = m.visitIndex.get(p.visitId);
    if (vi === undefined || (state.start[vi] ?? -1) >= 0) continue;
    const ws = p.workerIds.map((id) => m.workerIndex.get(id)).filter((x): x is number => x !== undefined);
    state.assign(vi, ws, p.startMinute);
    state.pinned[vi] = 1;
  }
}

/** Construction order: hardest first (double-ups, few candidates, skills, long visits). */
function constructionOrder(model: Model): number[] {
  // A person's visits go in together, hardest people first, each time of day across the week in turn:
  // the worker who took Monday's morning is then the cheapest for Tuesday's, which is what continuity
  // needs; visit-by-visit across all people scatters each person over whoever was free.
  const hardness = model.clientIds.map(() => Number.POSITIVE_INFINITY);
  for (const v of model.visits) hardness[v.client] = Math.min(hardness[v.client] ?? Number.POSITIVE_INFINITY, v.candidates.length - 10 * (v.need - 1));
  return model.visits
    .map((v) => v.idx)
    .sort((a, b) => {
      const va = model.visits[a];
      const vb = model.visits[b];
      if (va === undefined || vb === undefined) return 0;
      return (
        vb.need - va.need ||
        (hardness[va.client] ?? 0) - (hardness[vb.client] ?? 0) ||
        va.client - vb.client ||
        va.start - vb.start ||
        va.day - vb.day ||
        a - b
      );
    });
}

/** Build the RotaPlan view of a state. */
export function toPlan(state: PlanState, meta: { stopReason: StopReason | null; seed: number | null; iterations: number | null }): RotaPlan {
  const m = state.model;
  const assignments: RotaPlan['assignments'] = [];
  const unassigned: RotaPlan['unassigned'] = [];
  for (const v of m.visits) {
    const s = state.start[v.idx] ?? -1;
    if (s >= 0) assignments.push({ visitId: v.id, workerIds: (state.workersOf[v.idx] ?? []).map((wi) => m.workers[wi]?.id ?? ''), startMinute: s });
    else unassigned.push({ visitId: v.id, reasons: unassignedReasons(state, v.idx) });
  }
  return { isoWeek: m.instance.isoWeek, assignments, unassigned, objective: state.objective(), ...meta };
}

/** Load a plan's assignments into a state (pins first, then the plan's own, checked unless `trust`). */
export function loadPlan(state: PlanState, plan: RotaPlan, trust: boolean): void {
  const m = state.model;
  for (const a of plan.assignments) {
    const vi = m.visitIndex.get(a.visitId);
    if (vi === undefined || (state.start[vi] ?? -1) >= 0) continue;
    const ws = a.workerIds.map((id) => m.workerIndex.get(id)).filter((x): x is number => x !== undefined);
    if (!trust && ws.some((wi) => state.check(vi, wi, a.startMinute) !== null)) continue;
    if (!trust && new Set(ws).size !== (m.visits[vi]?.need ?? 1)) continue;
    state.assign(vi, ws, a.startMinute);
  }
}

const DEFAULT_ITERATIONS = 200_000;

/** Plan a week: construction then local search, deterministic for seed + iterations. */
export function planWeek(instance: RotaInstance, options: PlanOptions = {}): RotaPlan {
  const seed = options.seed ?? 1;
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const started = Date.now();
  const deadline = options.timeLimitMs === undefined ? Number.POSITIVE_INFINITY : started + options.timeLimitMs;
  const model = buildModel(instance);
  const state = new PlanState(model);
  const rng = mulberry32(seed);
  const report = options.onProgress ?? (() => undefined);
  applyPins(state);
  if (options.initial !== undefined) loadPlan(state, options.initial, false);
  const order = constructionOrder(model);
  let done = 0;
  for (const vi of order) {
    done++;
    if ((state.start[vi] ?? -1) >= 0) continue;
    insertBest(state, vi, true);
    if (done % 500 === 0) report({ phase: 'construct', fraction: done / order.length, unassigned: state.unassignedVisits, objective: state.weighted() });
  }
  report({ phase: 'construct', fraction: 1, unassigned: state.unassignedVisits, objective: state.weighted() });
  consolidateSweep(state);
  const stopReason = improve(state, rng, iterations, deadline, report);
  if (Date.now() < deadline) {
    chainPolish(state);
    recoverSweep(state);
  }
  report({ phase: 'done', fraction: 1, unassigned: state.unassignedVisits, objective: state.weighted() });
  return toPlan(state, { stopReason, seed, iterations });
}

interface Snapshot {
  start: Int32Array;
  workers: number[][];
}

function snapshot(state: PlanState): Snapshot {
  return { start: state.start.slice(), workers: state.workersOf.map((w) => w.slice()) };
}

function restore(state: PlanState, snap: Snapshot): void {
  for (let vi = 0; vi < snap.start.length; vi++) if (!state.pinned[vi]) state.unassign(vi);
  for (let vi = 0; vi < snap.start.length; vi++) {
    const s = snap.start[vi] ?? -1;
    if (s >= 0 && !state.pinned[vi]) state.assign(vi, snap.workers[vi] ?? [], s);
  }
}

/** Local search (relocate, swap, shift, chain, continuity, ejection, ruin-and-recreate) with late acceptance; coverage never worsens except in a stagnation kick, and the best plan is kept. */
function improve(state: PlanState, rng: Rng, iterations: number, deadline: number, report: (p: PlanProgress) => void): StopReason {
  const nv = state.model.visits.length;
  if (nv === 0) return 'converged';
  let best = state.objective();
  let bestSnap: Snapshot | null = null;
  let atBest = true;
  const historyLen = 50;
  const history = new Float64Array(historyLen).fill(state.weighted());
  let stop: StopReason = 'iterations';
  let sinceBest = 0;
  let stall = 0;
  const stallLimit = Math.max(4_000, nv * 30);
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
    }
    if ((it & 255) === 0) {
      if (Date.now() > deadline) {
        stop = 'time';
        break;
      }
      if ((it & 8191) === 0) report({ phase: 'improve', fraction: it / iterations, unassigned: state.unassignedVisits, objective: state.weighted() });
    }
    const before = { unassignedMinutes: state.unassignedMinutes, unassignedVisits: state.unassignedVisits, weighted: state.weighted() };
    const change = randomMove(state, rng);
    if (change === null) continue;
    const after = { unassignedMinutes: state.unassignedMinutes, unassignedVisits: state.unassignedVisits, weighted: state.weighted() };
    const slot = it % historyLen;
    const coverage = compareObjective({ ...after, weighted: 0 }, { ...before, weighted: 0 });
    const accept = coverage < 0 || (coverage === 0 && (after.weighted <= before.weighted + 1e-9 || after.weighted <= (history[slot] ?? 0)));
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
      stall = 0;
    } else if (atBest && compareObjective(after, best) > 1e-9) {
      change.undo();
      bestSnap = snapshot(state);
      change.redo();
      atBest = false;
    }
    if (state.unassignedVisits === 0 && sinceBest > Math.max(50_000, nv * 40)) {
      stop = 'converged';
      break;
    }
  }
  if (bestSnap !== null && compareObjective(state.objective(), best) > 1e-9) restore(state, bestSnap);
  return stop;
}

/** Apply one random move; return its change, or null when nothing changed. */
function randomMove(state: PlanState, rng: Rng): Change | null {
  const r = rng.next();
  if (state.unassignedVisits > 0 && r < 0.25) return r < 0.1 ? chainCoverMove(state, rng) : ejectionMove(state, rng);
  if (r > 0.985) return ruinRecreateMove(state, rng);
  if (r > 0.97) return clientRuinMove(state, rng);
  if (r < 0.4) return relocateMove(state, rng);
  if (r < 0.47) return chainMove(state, rng);
  if (r < 0.53) return emptyDayMove(state, rng);
  if (r < 0.6) return clientMove(state, rng);
  if (r < 0.75) return consolidateMove(state, rng, (vi) => void insertBest(state, vi, false));
  if (r < 0.85) return swapMove(state, rng);
  return shiftMove(state, rng);
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
function ruinRecreateMove(state: PlanState, rng: Rng): Change | null {
  const m = state.model;
  let d = rng.int(7);
  let wA = rng.int(m.workers.length);
  let wB = rng.int(m.workers.length);
  let days = [d];
  if (state.unassignedVisits > 0 && rng.next() < 0.6) {
    // Aim at an uncovered visit: clear two of its candidates around that day (rest links neighbouring days).
    const u = pickUnassigned(state, rng);
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
  for (const day of days) for (const wi of [wA, wB, wC]) for (const it of state.days[wi]?.[day] ?? []) if (it.visit >= 0 && !state.pinned[it.visit] && !ruined.includes(it.visit)) ruined.push(it.visit);
  for (const day of days) for (const vi of state.dayVisits(day)) if ((state.start[vi] ?? -1) < 0 && ruined.length < 30 && !ruined.includes(vi)) ruined.push(vi);
  if (ruined.length === 0) return null;
  const change = new Change(state, ruined);
  for (const vi of ruined) state.unassign(vi);
  const keyed = ruined.map((vi) => ({ vi, k: (m.visits[vi]?.dur ?? 0) * (m.visits[vi]?.need ?? 1) + rng.next() * 30 }));
  keyed.sort((a, b) => b.k - a.k);
  for (const { vi } of keyed) insertBest(state, vi, false);
  return change.seal();
}

/** Ruin and recreate by person: clear every visit of one or two people, and rebuild them with continuity in mind. */
function clientRuinMove(state: PlanState, rng: Rng): Change | null {
  const m = state.model;
  const nc = m.clientIds.length;
  if (nc === 0) return null;
  const clients = [rng.int(nc), rng.int(nc)];
  const ruined = [...new Set(clients.flatMap((c) => state.clientVisits(c)))].filter((vi) => !state.pinned[vi]);
  if (ruined.length === 0 || ruined.length > 60) return null;
  const change = new Change(state, ruined);
  for (const vi of ruined) state.unassign(vi);
  // Double-ups first, then each time of day across the week, so one worker can take the same slot every day.
  const keyed = ruined.map((vi) => ({ vi, k: (m.visits[vi]?.need ?? 1) * 10_000 - (m.visits[vi]?.start ?? 0) * 7 - (m.visits[vi]?.day ?? 0) + rng.next() * 0.5 }));
  keyed.sort((a, b) => b.k - a.k);
  for (const { vi } of keyed) insertBest(state, vi, false);
  return change.seal();
}

/** Hand a run of a worker's visits on one day to others (saves splits and travel). */
function emptyDayMove(state: PlanState, rng: Rng): Change | null {
  const m = state.model;
  const wi = rng.int(m.workers.length);
  const d = rng.int(7);
  const all = (state.days[wi]?.[d] ?? []).filter((it) => it.visit >= 0 && !state.pinned[it.visit]).map((it) => it.visit);
  if (all.length === 0) return null;
  // A run of up to three consecutive visits: handing a whole block away is what removes a split.
  const k = 1 + rng.int(Math.min(3, all.length));
  const from = rng.int(all.length - k + 1);
  const visits = all.slice(from, from + k);
  const change = new Change(state, visits);
  const placed = visits.map((vi) => ({ vi, s: state.start[vi] ?? -1, keep: (state.workersOf[vi] ?? []).filter((x) => x !== wi) }));
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

/** Continuity move: give one worker as many of a person's visits as the rules allow. */
function clientMove(state: PlanState, rng: Rng): Change | null {
  const seedVisit = pickAssigned(state, rng);
  if (seedVisit < 0) return null;
  const m = state.model;
  const v0 = m.visits[seedVisit];
  if (v0 === undefined) return null;
  const w = rng.pick(v0.candidates);
  const mine = state.clientVisits(v0.client).filter((vi) => (state.start[vi] ?? -1) >= 0 && !state.pinned[vi] && !(state.workersOf[vi] ?? []).includes(w));
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
  let vi = -1;
  for (let k = 0; k < 16 && vi < 0; k++) {
    const x = rng.int(m.visits.length);
    if ((state.start[x] ?? -1) < 0) vi = x;
  }
  if (vi < 0) {
    const un: number[] = [];
    for (let x = 0; x < m.visits.length; x++) if ((state.start[x] ?? -1) < 0) un.push(x);
    if (un.length === 0) return null;
    vi = rng.pick(un);
  }
  const v = m.visits[vi];
  if (v === undefined || v.candidates.length < v.need) return null;
  const change = new Change(state, [vi]);
  if (insertBest(state, vi, false)) return change.seal();
  const s = rng.pick(startOptions(m, vi));
  const targets = v.need === 2 ? pickTwo(v.candidates, rng) : [rng.pick(v.candidates)];
  if (targets.length !== v.need) return null;
  const ejected: number[] = [];
  const eject = (x: number): void => {
    if (x >= 0 && x !== vi && !state.pinned[x] && !ejected.includes(x)) ejected.push(x);
  };
  for (const wi of targets) {
    const code = state.check(vi, wi, s);
    if (code === null) continue;
    const dayOf = (d: number): number[] => (state.days[wi]?.[d] ?? []).filter((it) => it.visit >= 0).map((it) => it.visit);
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
      const w0 = m.elapsed(v.day, s) - 180;
      const w1 = m.elapsed(v.day, s) + v.dur + 180;
      for (const it of state.days[wi]?.[v.day] ?? []) if (it.visit >= 0 && it.end > w0 && it.start < w1) eject(it.visit);
    }
  }
  if (ejected.length === 0 || ejected.length > 3) return null;
  for (const e of ejected) {
    change.add(e);
    state.unassign(e);
  }
  if (targets.every((wi) => state.check(vi, wi, s) === null)) state.assign(vi, targets, s);
  for (const e of ejected) insertBest(state, e, false);
  return change.seal();
}

function pickUnassigned(state: PlanState, rng: Rng): number {
  const n = state.model.visits.length;
  for (let k = 0; k < 32; k++) {
    const x = rng.int(n);
    if ((state.start[x] ?? -1) < 0) return x;
  }
  for (let x = 0; x < n; x++) if ((state.start[x] ?? -1) < 0) return x;
  return -1;
}

function pickTwo(list: readonly number[], rng: Rng): number[] {
  if (list.length < 2) return [];
  const a = rng.pick(list);
  let b = rng.pick(list);
  for (let k = 0; k < 5 && b === a; k++) b = rng.pick(list);
  return a === b ? [] : [a, b];
}

/** Cover an unassigned visit along an augmenting chain (people whose visits make room keep the workers they see). */
function chainCoverMove(state: PlanState, rng: Rng): Change | null {
  const vi = pickUnassigned(state, rng);
  const v = state.model.visits[vi];
  if (v === undefined || v.need !== 1) return null;
  const choices = servingFirst(state, vi, () => rng.next() - 0.5);
  const change = new Change(state, [vi]);
  for (const s of startOptions(state.model, vi)) if (placeByChain(state, vi, s, 3, choices, change) !== null) return change.seal();
  return null;
}
