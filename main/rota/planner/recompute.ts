import type { ObjectiveValue } from '@shared/domain/rota/plan';
import { crewAllowed, type Model } from './model';
import { dayOrder, evaluateDay, type DayItem } from './worker-day';
import {
  addDayTerms,
  addWorkerWeekTerms,
  dayWorked,
  objectiveValue,
  personExtraWorkers,
  slotNotPreferred,
  visitStartDeviation,
  zeroTerms,
} from './terms';

/**
 * The objective of a placement (start minute per visit, -1 when unassigned, and its workers) worked out from
 * scratch: every worker-day rebuilt and evaluated, every term summed by its one definition in `terms.ts`. It
 * keeps no state, so it is the reference the search's incremental bookkeeping is checked against.
 */
export function recomputeObjective(
  model: Model,
  start: ArrayLike<number>,
  workersOf: readonly (readonly number[])[],
): ObjectiveValue {
  const terms = zeroTerms();
  let unassignedMinutes = 0;
  let unassignedVisits = 0;
  const days: DayItem[][][] = model.workers.map((w) =>
    w.commitments.map((list) => list.map(([s, e]) => ({ start: s, end: e, place: -1, visit: -1 }))),
  );
  const seen = model.clientIds.map(() => new Set<number>());
  for (const v of model.visits) {
    const s = start[v.idx] ?? -1;
    if (s < 0 || !crewAllowed(model, v.idx, workersOf[v.idx] ?? [])) {
      unassignedMinutes += v.dur;
      unassignedVisits++;
    }
    if (s < 0) continue;
    terms.startDeviationMinutes += visitStartDeviation(v, s);
    const startE = model.elapsed(v.day, s);
    for (const wi of workersOf[v.idx] ?? []) {
      days[wi]?.[v.day]?.push({ start: startE, end: startE + v.dur, place: v.client, visit: v.idx });
      terms.notPreferredSlots += slotNotPreferred(v, wi);
      seen[v.client]?.add(wi);
    }
  }
  for (const w of model.workers) {
    let work = 0;
    let worked = 0;
    for (const items of days[w.idx] ?? []) {
      const day = evaluateDay(model, w, items.sort(dayOrder));
      addDayTerms(terms, day, 1);
      work += day.work;
      worked += dayWorked(day);
    }
    addWorkerWeekTerms(terms, w, work, worked, 1);
  }
  for (const workers of seen) terms.extraDistinctWorkers += personExtraWorkers(workers.size);
  return objectiveValue(model.settings.weights, unassignedMinutes, unassignedVisits, terms);
}
