import type { Rng } from '../prng';
import { Change } from './change';
import { placeByChain, servingFirst } from './chain-placement';
import { insertBest, startOptions } from './insertion';
import { availableAt, type MWorker } from './model';
import { pickCoverageMove } from './moves';
import { auditScore } from './score-audit';
import { compareObjective, type PlanState } from './state';

/** Most visits one ejection may push aside to make room for an open visit. */
const MAX_EJECTED = 2;

/**
 * Cover what construction left open, coverage first (continuity is the search's job): augmenting chains over anyone
 * in the people's teams, then ejections of up to two visits in a worker's way, then chains again for what the
 * ejections moved. Greedy insertion leaves open the visits whose team members it gave to other people at that
 * time; a few pushes aside usually free one, so the first complete plan is one a coordinator could use. Visits are
 * taken in `order`; deterministic; returns how many it covered.
 */
export function coverOpenVisits(state: PlanState, order: readonly number[]): number {
  return coverByChains(state, order) + coverByEjection(state, order) + coverByChains(state, order);
}

/**
 * Coverage moves of the search tried after the sweeps. On the neighbourhood week 1,500 left 237 visits open instead
 * of 260 and took about 100 ms; three thousand found only two more. The sweeps insist that everything pushed aside
 * finds a place; these also keep a swap of a long open visit for a shorter one, which makes room for the next.
 */
const COVER_BURST_MOVES = 1_500;

/**
 * Try the search's coverage moves (ejections and chains) a fixed number of times, keeping each only when fewer
 * visit-minutes, or as many minutes and fewer visits, are left open: the first plan a coordinator sees is already
 * part-repaired by the moves that repair best. Deterministic for `rng`'s seed; returns the moves kept.
 */
export function coverBySearchMoves(state: PlanState, rng: Rng, moves = COVER_BURST_MOVES): number {
  let kept = 0;
  for (let k = 0; k < moves && state.openCount() > 0; k++) {
    const before = openNow(state);
    const change = pickCoverageMove(rng.next())(state, rng);
    if (change === null) continue;
    if (compareObjective(openNow(state), before) < 0) {
      kept++;
      auditScore(state, 'cover by search moves');
    } else change.undo();
  }
  return kept;
}

/** What is left open, compared as the objective compares it (coverage only). */
function openNow(state: PlanState): Parameters<typeof compareObjective>[0] {
  return { unassignedMinutes: state.unassignedMinutes, unassignedVisits: state.unassignedVisits, weighted: 0 };
}

/** Cover open single-worker visits by augmenting chains of up to `depth` hops, at any allowed start. */
function coverByChains(state: PlanState, order: readonly number[], depth = 3): number {
  let covered = 0;
  for (const vi of order) {
    if (!isOpen(state, vi) || state.model.visits[vi]?.need !== 1) continue;
    const change = new Change(state, [vi]);
    if (placeByChain(state, vi, startOptions(state.model, vi), depth, servingFirst(state, vi), change, 'anyone')) {
      covered++;
      auditScore(state, 'cover by chains');
    } else change.undo();
  }
  return covered;
}

/**
 * Cover open single-worker visits by giving each to a worker available then, pushing aside the one or two visits in
 * that worker's way, and placing those elsewhere (best insertion, else a short chain). Kept only when every pushed
 * visit finds a place, so coverage only grows.
 */
function coverByEjection(state: PlanState, order: readonly number[]): number {
  const m = state.model;
  let covered = 0;
  for (const vi of order) {
    const v = m.visits[vi];
    if (v === undefined || !isOpen(state, vi) || v.need !== 1) continue;
    search: for (const s of startOptions(m, vi)) {
      const startE = m.elapsed(v.day, s);
      for (const w of v.candidates) {
        if (!availableAt(m.workers[w] as MWorker, v.day, s, v.dur) || state.check(vi, w, s) !== 'overlap') continue;
        const inWay = state.inTheWay(w, v.day, startE, v.dur).map((it) => it.visit);
        if (inWay.length === 0 || inWay.length > MAX_EJECTED || inWay.some((b) => state.pinned[b] === 1)) continue;
        const change = new Change(state, [vi, ...inWay]);
        for (const b of inWay) state.unassign(b);
        if (state.check(vi, w, s) === null) {
          state.assign(vi, [w], s);
          if (inWay.every((b) => placeElsewhere(state, b, change))) {
            covered++;
            auditScore(state, 'cover by ejection');
            break search;
          }
        }
        change.undo();
      }
    }
  }
  return covered;
}

/** Place a pushed-aside visit: best insertion, or for a single-worker visit a two-hop chain. */
function placeElsewhere(state: PlanState, vi: number, change: Change): boolean {
  if (insertBest(state, vi, false)) return true;
  if (state.model.visits[vi]?.need !== 1) return false;
  const starts = startOptions(state.model, vi);
  return placeByChain(state, vi, starts, 2, servingFirst(state, vi), change, 'anyone') !== null;
}

function isOpen(state: PlanState, vi: number): boolean {
  return (state.start[vi] ?? -1) < 0 && state.pinned[vi] !== 1 && state.coverable[vi] === 1;
}
