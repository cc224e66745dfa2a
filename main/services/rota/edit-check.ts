import type { Breach } from '@shared/domain/rota/breach';
import type { RotaInstance } from '@shared/domain/rota/instance';
import type { RotaPlan } from '@shared/domain/rota/plan';
import { validatePlan } from '@main/rota';
import { stateOfPlan } from '@main/rota/objective';
import { Change } from '@main/rota/planner/change';
import type { PlanState } from '@main/rota/planner/state';
import { workerIdsOf, type StoredPlan } from './stored-plan';

/** One visit's new workers and start, as an edit places it. */
interface Moved {
  visitId: string;
  workerIds: readonly string[];
  startMinute: number;
}

/**
 * The part of a week an edit can change the hard-rule breaches of: the visits it moves, and every visit of each
 * worker on them before or after. Breaches are found per visit and per worker's week (overlaps, travel, breaks,
 * rest, hours), so outside this part they are the same before and after the edit.
 */
function editScope(stored: StoredPlan, placements: readonly Moved[]): (a: RotaPlan['assignments'][number]) => boolean {
  const visits = new Set(placements.map((p) => p.visitId));
  const workers = new Set<string>();
  for (const p of placements) {
    p.workerIds.forEach((w) => workers.add(w));
    const row = stored.rowById.get(p.visitId);
    if (row) workerIdsOf(row).forEach((w) => workers.add(w));
  }
  return (a) => visits.has(a.visitId) || a.workerIds.some((w) => workers.has(w));
}

/** The plan's assignments (and the instance's pins) within an edit's scope, for the validator. */
function within(
  inScope: (a: RotaPlan['assignments'][number]) => boolean,
  instance: RotaInstance,
  plan: RotaPlan,
): { instance: RotaInstance; plan: RotaPlan } {
  const assignments = plan.assignments.filter(inScope);
  const kept = new Set(assignments.map((a) => a.visitId));
  return {
    instance: { ...instance, pins: instance.pins.filter((p) => kept.has(p.visitId) || inScope(p)) },
    plan: { ...plan, assignments },
  };
}

const breachKey = (b: Breach) => `${b.code}|${b.visitId ?? ''}|${b.workerId ?? ''}|${b.date ?? ''}`;

/**
 * The hard-rule breaches an edit causes (those after it that were not there before), each as the independent
 * validator words it. The validator reads only the edit's scope: a live check of a 4,700-visit week then validates
 * a few workers' weeks, not all of them, and finds the same new breaches.
 */
export function breachesCaused(
  stored: StoredPlan,
  edited: { instance: RotaInstance; plan: RotaPlan },
  placements: readonly Moved[],
): Breach[] {
  const inScope = editScope(stored, placements);
  const scopedAfter = within(inScope, edited.instance, edited.plan);
  const after = validatePlan(scopedAfter.instance, scopedAfter.plan);
  if (after.length === 0) return [];
  // Stored plans are kept valid, so the earlier plan is validated only to tell apart what this edit caused.
  const scopedBefore = within(inScope, stored.instance, stored.plan);
  return breachesNew(after, validatePlan(scopedBefore.instance, scopedBefore.plan));
}

/** The breaches in `after` that were not in `before` (what a change caused), by rule, visit, worker and date. */
export function breachesNew(after: readonly Breach[], before: readonly Breach[]): Breach[] {
  const old = new Set(before.map(breachKey));
  return after.filter((b) => !old.has(breachKey(b)));
}

/** A stored plan scored once: its state and weighted score, kept with the stored plan while that is reused. */
interface ScoredPlan {
  state: PlanState;
  weighted: number;
}

// Keyed by the stored plan itself: a stored plan reused between live checks (stored-plan-cache) is scored once, and a
// fresh load (a changed week) is scored afresh.
const scored = new WeakMap<StoredPlan, ScoredPlan>();

function scoredPlan(stored: StoredPlan): ScoredPlan {
  const hit = scored.get(stored);
  if (hit) return hit;
  const state = stateOfPlan(stored.instance, stored.plan);
  const fresh = { state, weighted: state.weighted() };
  scored.set(stored, fresh);
  return fresh;
}

/**
 * The plan's weighted score before and after an edit (lower is better). The stored plan is scored once, then the
 * moved visits are taken off and put back where the edit places them, which the planner's state updates for the
 * workers and people concerned only (its incremental score is checked against a full recomputation in the tests).
 * The scored state is kept with the stored plan: after each check the moves are undone and the state's sums put back
 * exactly as they were, so the next check starts from the stored plan again.
 */
export function weightedScores(
  instance: RotaInstance,
  stored: StoredPlan,
  placements: readonly Moved[],
): { weightedBefore: number; weightedAfter: number } {
  // The scoring model reads the visits and workers (not the pins): a change of length needs a model of its own.
  if (instance.visits !== stored.instance.visits || instance.workers !== stored.instance.workers) {
    const state = stateOfPlan(instance, stored.plan);
    const weightedBefore = round(state.weighted());
    applyMoves(state, placements);
    return { weightedBefore, weightedAfter: round(state.weighted()) };
  }
  const { state, weighted } = scoredPlan(stored);
  const terms = { ...state.terms };
  const { unassignedMinutes, unassignedVisits } = state;
  const change = new Change(state, movedVisits(state, placements));
  let undone = false;
  try {
    applyMoves(state, placements);
    const weightedAfter = round(state.weighted());
    change.undo();
    // The placements are back as stored; a score that did not come back means the state cannot be trusted again.
    undone = Math.abs(state.weighted() - weighted) < 1e-6;
    return { weightedBefore: round(weighted), weightedAfter };
  } finally {
    if (undone) {
      Object.assign(state.terms, terms);
      state.unassignedMinutes = unassignedMinutes;
      state.unassignedVisits = unassignedVisits;
    } else scored.delete(stored);
  }
}

/** The state's indexes of the visits placements move (unknown ids are skipped). */
function movedVisits(state: PlanState, placements: readonly Moved[]): number[] {
  return placements.flatMap((p) => {
    const vi = state.model.visitIndex.get(p.visitId);
    return vi === undefined ? [] : [vi];
  });
}

/** Move visits in a plan's state as `stateOfPlan` would have loaded them (unknown ids are skipped). */
function applyMoves(state: PlanState, placements: readonly Moved[]): void {
  const { visitIndex, workerIndex } = state.model;
  const moved = placements.flatMap((p) => {
    const vi = visitIndex.get(p.visitId);
    return vi === undefined ? [] : [{ vi, p }];
  });
  // Every moved visit comes off first: a swap puts each visit's workers on the other.
  for (const { vi } of moved) state.unassign(vi);
  for (const { vi, p } of moved) {
    if (p.workerIds.length === 0) continue;
    const ws = p.workerIds.map((id) => workerIndex.get(id)).filter((x): x is number => x !== undefined);
    state.assign(vi, ws, p.startMinute);
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
