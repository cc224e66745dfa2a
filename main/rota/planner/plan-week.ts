import type { RotaInstance } from '@shared/domain/rota/instance';
import type { BreachCode } from '@shared/domain/rota/breach';
import type { RotaPlan, StopReason, UnassignedVisit } from '@shared/domain/rota/plan';
import { mulberry32 } from '../prng';
import { buildModel, type Model } from './model';
import { PlanState } from './state';
import { consolidateSweep } from './consolidate-sweep';
import { hoursSweep } from './hours-move';
import { recoverSweep } from './person-recover';
import { chainPolish } from './chain-placement';
import { coverBySearchMoves, coverOpenVisits } from './cover-repair';
import { insertBest } from './insertion';
import { improve, snapshot } from './local-search';
import { splitInTwo } from './regions';
import { applyRegionResults, searchRegion, type RegionResult, type RegionTask } from './region-search';
import type { PlanProgress } from './progress';
import { auditScore } from './score-audit';

export type { PlanProgress } from './progress';

/** Options for `planWeek`. */
export interface PlanOptions {
  seed?: number;
  /**
   * Local-search move budget; the same seed and budget give the same plan. Left out, it follows the week's size
   * and the time given (`moveBudget`).
   */
  iterations?: number;
  /** Optional wall-clock limit; when it stops the search the plan says so. */
  timeLimitMs?: number;
  onProgress?: (p: PlanProgress) => void;
  /** Start from this plan's assignments (pins still win). */
  initial?: RotaPlan;
  /**
   * Tests only: after every accepted move, check the incrementally tracked score against a full recomputation and
   * throw naming the term that drifted (slow; off in production).
   */
  assertScores?: boolean;
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
    // Free, but may work only alongside a colleague who may work in their own right, and none was free.
    else if (state.model.workers[wi]?.alongsideOnly[v.day] === true) add('ineligible', wi);
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
  for (const v of model.visits)
    hardness[v.client] = Math.min(
      hardness[v.client] ?? Number.POSITIVE_INFINITY,
      v.candidates.length - 10 * (v.need - 1),
    );
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
export function toPlan(
  state: PlanState,
  meta: { stopReason: StopReason | null; seed: number | null; iterations: number | null },
): RotaPlan {
  const m = state.model;
  const assignments: RotaPlan['assignments'] = [];
  const unassigned: RotaPlan['unassigned'] = [];
  for (const v of m.visits) {
    const s = state.start[v.idx] ?? -1;
    if (s >= 0)
      assignments.push({
        visitId: v.id,
        workerIds: (state.workersOf[v.idx] ?? []).map((wi) => m.workers[wi]?.id ?? ''),
        startMinute: s,
      });
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

/** Keeps the first plan's repair moves from drawing the same numbers as the search that follows. */
const COVER_SEED_SALT = 0x5bd1e995;

/** From this many visits a week is searched in rounds over two regions, which can run side by side. */
export const REGION_MIN_VISITS = 1_500;

/** Regions a round searches side by side. */
export const REGIONS_PER_ROUND = 2;

/** Moves each region gets per round: long enough to settle, short enough that the boundary turns often. */
const REGION_ROUND_MOVES = 25_000;

/**
 * Moves per visit the whole week gets on one thread before it is searched in regions. Searching the whole week all the
 * time did worse over a minute (4,620 visit-minutes open on the neighbourhood week against 4,500): later, the regions'
 * second core pays.
 */
const WHOLE_WEEK_MOVES_PER_VISIT = 30;

/** Moves per visit when no time is given: the neighbourhood week (~4,600 visits) settles in about half a million. */
const MOVES_PER_VISIT = 110;

/** The fewest moves a week gets by default, however small. */
const MIN_MOVES = 20_000;

/**
 * Moves a second one search thread is allowed when a time is given: about three times what a 2-core machine of
 * 2026 manages, so the time given, not the budget, ends the search unless the machine is much faster.
 */
const MOVES_PER_SECOND_PER_THREAD = 100_000;

/**
 * The move budget of a week when none is given: enough for its size and, with a time limit, enough to use all
 * of that time (a large week with a generous time would otherwise stop early on a budget fixed for a small one).
 */
export function moveBudget(visits: number, timeLimitMs?: number): number {
  const bySize = Math.max(MIN_MOVES, visits * MOVES_PER_VISIT);
  if (timeLimitMs === undefined) return bySize;
  const threads = visits >= REGION_MIN_VISITS ? REGIONS_PER_ROUND : 1;
  return Math.max(bySize, Math.ceil((timeLimitMs / 1000) * MOVES_PER_SECOND_PER_THREAD * threads));
}

/** Passes of the hours sweep after construction: on the demo branch's week the third finds little. */
const HOURS_SWEEP_PASSES = 3;

/** Hours sweeps until one keeps nothing: each hand-over can make room for another (each a fraction of construction). */
function balanceHours(state: PlanState): void {
  for (let pass = 0; pass < HOURS_SWEEP_PASSES; pass++) if (hoursSweep(state) === 0) break;
}

/** Share of a time limit kept for the polish after the search (on the neighbourhood week it takes about 2%). */
const POLISH_SHARE = 0.04;

/** A batch of region searches the plan is waiting for, and the model they belong to. */
export interface RegionBatch {
  model: Model;
  tasks: RegionTask[];
}

/**
 * Plan a week: construction, then local search, then a polish; deterministic for seed + iterations.
 * A large week is searched in rounds: each round splits the neighbourhood in two along a turning line
 * and searches the halves independently (`iterations` is the total over both); the caller runs each
 * yielded batch, one after the other or side by side, and the plan is the same either way.
 */
export function* planSteps(
  instance: RotaInstance,
  options: PlanOptions = {},
): Generator<RegionBatch, RotaPlan, RegionResult[]> {
  const seed = options.seed ?? 1;
  const iterations = options.iterations ?? moveBudget(instance.visits.length, options.timeLimitMs);
  const started = Date.now();
  const deadline = options.timeLimitMs === undefined ? Number.POSITIVE_INFINITY : started + options.timeLimitMs;
  // The search leaves the polish its share of the time: cut short, the search would otherwise leave none.
  const searchDeadline =
    options.timeLimitMs === undefined ? deadline : started + options.timeLimitMs * (1 - POLISH_SHARE);
  const model = buildModel(instance);
  const state = new PlanState(model);
  state.assertScores = options.assertScores ?? false;
  const report = options.onProgress ?? (() => undefined);
  applyPins(state);
  if (options.initial !== undefined) loadPlan(state, options.initial, false);
  auditScore(state, 'pins and the starting plan');
  const order = constructionOrder(model);
  let done = 0;
  for (const vi of order) {
    done++;
    if ((state.start[vi] ?? -1) >= 0) continue;
    if (insertBest(state, vi, true)) auditScore(state, 'construction');
    if (done % 500 === 0)
      report({
        phase: 'construct',
        fraction: done / order.length,
        unassigned: state.unassignedVisits,
        objective: state.weighted(),
      });
  }
  coverOpenVisits(state, order);
  // Then the search's own coverage moves, briefly (the sweeps once more after these found 6 more visits on the
  // neighbourhood week but took the first plan from about 0.6 s to 0.95 s).
  coverBySearchMoves(state, mulberry32(seed ^ COVER_SEED_SALT));
  report({ phase: 'construct', fraction: 1, unassigned: state.unassignedVisits, objective: state.weighted() });
  consolidateSweep(state);
  balanceHours(state);
  let stopReason: StopReason;
  if (model.visits.length < REGION_MIN_VISITS)
    stopReason = improve(state, mulberry32(seed), iterations, searchDeadline, report);
  else {
    // A batch with no tasks says region searches are coming: a caller running them on threads starts its threads
    // now, and they load while the whole week is searched here.
    yield { model, tasks: [] };
    // The start of the search, where most of its gain is, runs on the whole week: no region boundary holds it back,
    // and no round waits for a thread loading the planner and warming its compiler (about 1.7 s of the first round).
    // On the neighbourhood week (2 cores) this left 5,175-5,325 visit-minutes open at 9.5 s instead of 5,865-6,045,
    // and 4,500 at 59.5 s instead of 4,935; on these 2 cores the whole-week phase takes about 8 s.
    const whole = Math.min(iterations, model.visits.length * WHOLE_WEEK_MOVES_PER_VISIT);
    const wholeReport = (p: PlanProgress): void => report({ ...p, fraction: (p.fraction * whole) / iterations });
    stopReason =
      improve(state, mulberry32(seed), whole, searchDeadline, wholeReport) === 'time' ? 'time' : 'iterations';
    const rest = iterations - whole;
    const rounds = rest <= 0 ? 0 : Math.max(1, Math.ceil(rest / (REGIONS_PER_ROUND * REGION_ROUND_MOVES)));
    for (let round = 0; round < rounds && stopReason === 'iterations'; round++) {
      // The golden angle turns the line so no two rounds cut the neighbourhood alike.
      const angle = (seed * 0.7 + round * 2.399963) % Math.PI;
      const placement = snapshot(state);
      const pins = state.pinned.slice();
      const tasks = splitInTwo(state, angle).map((region, k) => ({
        placement,
        pins,
        region,
        seed: (seed * 7_919 + round * 2 + k + 1) >>> 0,
        iterations: Math.floor(rest / rounds / REGIONS_PER_ROUND),
        deadline: searchDeadline,
        assertScores: state.assertScores,
      }));
      const results: RegionResult[] = yield { model, tasks };
      applyRegionResults(state, results);
      auditScore(state, 'region results');
      if (results.some((r) => r.stopReason === 'time')) stopReason = 'time';
      else if (results.every((r) => r.stopReason === 'converged')) stopReason = 'converged';
      report({
        phase: 'improve',
        fraction: (whole + ((round + 1) / rounds) * rest) / iterations,
        unassigned: state.unassignedVisits,
        objective: state.weighted(),
      });
    }
  }
  if (Date.now() < deadline) {
    chainPolish(state);
    recoverSweep(state);
    // The search's random moves trade hours for travel and faces a little at a time; on the demo branch's week it
    // left 23 workers more than 10 hours above their guaranteed hours after 100,000 moves; one more sweep (about
    // 40 ms) brings that to 7, and the workers short of their hours from 11 to 6, for 0.6% more travel.
    balanceHours(state);
  }
  releaseBarredCrews(state);
  auditScore(state, 'crews released');
  report({ phase: 'done', fraction: 1, unassigned: state.unassignedVisits, objective: state.weighted() });
  return toPlan(state, { stopReason, seed, iterations });
}

/**
 * Take off every crew `crewAllowed` refuses that the search left in place (it counts them as open, so nothing is lost)
 * and place each visit again where a proper crew can take it: a plan never puts a worker who may work only alongside
 * a colleague on a visit without one. Pins stay as the manager made them.
 */
function releaseBarredCrews(state: PlanState): void {
  for (let vi = 0; vi < state.barred.length; vi++) {
    if (state.barred[vi] !== 1 || state.pinned[vi] === 1) continue;
    state.unassign(vi);
    insertBest(state, vi, false);
  }
}

/** Plan a week on this thread (region searches one after the other). */
export function planWeek(instance: RotaInstance, options: PlanOptions = {}): RotaPlan {
  const steps = planSteps(instance, options);
  let step = steps.next();
  while (step.done !== true) {
    const { model, tasks } = step.value;
    step = steps.next(tasks.map((task) => searchRegion(model, task)));
  }
  return step.value;
}
