// The objective's quality terms, one definition each. The search's incremental bookkeeping (PlanState), its
// what-if deltas (insertionDelta), the full recomputation (recomputeObjective) and the exact MIP model all
// call these functions, so no term is written down twice and a change to one cannot leave the others behind.
import type { ObjectiveTerms, ObjectiveValue } from '@shared/domain/rota/plan';
import type { ObjectiveWeights } from '@shared/domain/rota/instance';
import type { MVisit, MWorker } from './model';

/** What a worker's day contributes to the terms (the fields of a day's evaluation the terms read). */
export interface DayFigures {
  work: number;
  travel: number;
  stretches: number;
}

/** Paid travel minutes of a worker's day: travel between consecutive visits. */
export function dayTravelMinutes(day: DayFigures): number {
  return day.travel;
}

/** Split shifts of a worker's day: each working stretch after the first. */
export function daySplitShifts(day: DayFigures): number {
  return Math.max(0, day.stretches - 1);
}

/** Whether a worker works on a calendar day at all (a visit, training or a meeting): 1 or 0. */
export function dayWorked(day: DayFigures): number {
  return day.work > 0 ? 1 : 0;
}

/** Minutes a worker's week falls short of their guaranteed hours. */
export function weekShortfallMinutes(w: MWorker, work: number): number {
  return Math.max(0, w.guaranteed - work);
}

/** Minutes a worker's week goes above their guaranteed hours (spreads work fairly). */
export function weekExcessMinutes(w: MWorker, work: number): number {
  return Math.max(0, work - w.guaranteed);
}

/** Minutes a worker's week goes more than the long-week margin above their guaranteed hours (a steeper cost). */
export function weekLongMinutes(w: MWorker, work: number): number {
  return Math.max(0, work - w.longWeekFrom);
}

/** 1 when a worker who wants a whole calendar day off in the week works on all seven days. */
export function weekWithoutDayOff(w: MWorker, daysWorked: number): number {
  return w.wantsDayOff && daysWorked >= 7 ? 1 : 0;
}

/** 1 when worker `wi` does a slot of a visit that has preferred workers and is not one of them. */
export function slotNotPreferred(v: MVisit, wi: number): number {
  return v.preferred.size > 0 && !v.preferred.has(wi) ? 1 : 0;
}

/** Start-time deviation of a visit placed at local minute `s`. */
export function visitStartDeviation(v: MVisit, s: number): number {
  return Math.abs(s - v.start);
}

/** Workers a person sees in the week beyond the first. */
export function personExtraWorkers(distinctWorkers: number): number {
  return Math.max(0, distinctWorkers - 1);
}

/** The weight of each term: the one place a term meets its branch setting. */
export const TERM_WEIGHT: Readonly<Record<keyof ObjectiveTerms, keyof ObjectiveWeights>> = {
  extraDistinctWorkers: 'distinctWorker',
  notPreferredSlots: 'notPreferred',
  paidTravelMinutes: 'travelMinute',
  splitShifts: 'splitShift',
  guaranteedShortfallMinutes: 'guaranteedShortfallMinute',
  startDeviationMinutes: 'startDeviationMinute',
  fairnessExcessMinutes: 'fairnessExcessMinute',
  workersWithoutDayOff: 'workerWithoutDayOff',
  longWeekMinutes: 'longWeekMinute',
};

/** Every term's name, in a fixed order. */
export const TERM_NAMES = Object.keys(TERM_WEIGHT) as (keyof ObjectiveTerms)[];

/** All terms at zero. */
export function zeroTerms(): ObjectiveTerms {
  return {
    extraDistinctWorkers: 0,
    notPreferredSlots: 0,
    paidTravelMinutes: 0,
    splitShifts: 0,
    guaranteedShortfallMinutes: 0,
    startDeviationMinutes: 0,
    fairnessExcessMinutes: 0,
    workersWithoutDayOff: 0,
    longWeekMinutes: 0,
  };
}

/** The weighted quality sum of some terms (all of a plan's, or the change a move would make). */
export function weighTerms(weights: ObjectiveWeights, terms: Partial<ObjectiveTerms>): number {
  let sum = 0;
  for (const name of TERM_NAMES) {
    const x = terms[name];
    if (x !== undefined && x !== 0) sum += weights[TERM_WEIGHT[name]] * x;
  }
  return sum;
}

/** Add (`sign` 1) or take away (`sign` -1) what one worker-day contributes. */
export function addDayTerms(terms: ObjectiveTerms, day: DayFigures, sign: number): void {
  terms.paidTravelMinutes += sign * dayTravelMinutes(day);
  terms.splitShifts += sign * daySplitShifts(day);
}

/** Add (`sign` 1) or take away (`sign` -1) what one worker's week contributes, from their work and days worked. */
export function addWorkerWeekTerms(
  terms: ObjectiveTerms,
  w: MWorker,
  work: number,
  daysWorked: number,
  sign: number,
): void {
  terms.guaranteedShortfallMinutes += sign * weekShortfallMinutes(w, work);
  terms.fairnessExcessMinutes += sign * weekExcessMinutes(w, work);
  terms.workersWithoutDayOff += sign * weekWithoutDayOff(w, daysWorked);
  terms.longWeekMinutes += sign * weekLongMinutes(w, work);
}

/** The objective value of a plan from its coverage and terms (weighted sum rounded to 6 decimals). */
export function objectiveValue(
  weights: ObjectiveWeights,
  unassignedMinutes: number,
  unassignedVisits: number,
  terms: ObjectiveTerms,
): ObjectiveValue {
  return {
    unassignedMinutes,
    unassignedVisits,
    weighted: Math.round(weighTerms(weights, terms) * 1e6) / 1e6,
    terms: { ...terms },
  };
}
