import type { RotaInstance } from '@shared/domain/rota/instance';
import type { RotaPlan } from '@shared/domain/rota/plan';
import { stateOfPlan } from './objective';
import { availableAt, type MWorker, type Model } from './planner/model';
import { startOptions } from './planner/insertion';

/** How a plan's hours sit against each worker's guaranteed hours. */
export interface HoursBalance {
  /** Workers planned below their guaranteed hours although the visits they could take would reach them. */
  belowReachable: number;
  /** Workers planned below their guaranteed hours whose possible visits could not reach them in any plan. */
  belowUnreachable: number;
  /** Workers planned more than `overMarginMinutes` above their guaranteed hours. */
  over: number;
  /** Minutes below guaranteed hours over all workers, and over those who could have reached them. */
  shortMinutes: number;
  shortReachableMinutes: number;
}

/**
 * The most a worker could be paid for in the week whatever anyone else does: on each day, the visits they may take
 * (in the person's team, skills held, available for the whole visit at one of its allowed starts) spread over their
 * whole allowed span, joined where less than a paid stretch's gap plus the longest journey between them apart (as a
 * stretch would be paid through), plus training and meetings; no more than their weekly cap. It leaves out rest rules,
 * travel limits and colleagues, so it is an upper bound: a worker below it may have lost visits to others.
 */
export function reachableMinutes(model: Model, w: MWorker): number {
  let total = 0;
  for (let d = 0; d < 7; d++) {
    const spans: [number, number][] = [];
    const places = new Set<number>();
    for (const v of model.visits) {
      if (v.day !== d || !v.candidates.includes(w.idx)) continue;
      const starts = startOptions(model, v.idx).filter((s) => availableAt(w, d, s, v.dur));
      if (starts.length === 0) continue;
      spans.push([Math.min(...starts), Math.max(...starts) + v.dur]);
      places.add(v.client);
    }
    const midnight = model.elapsed(d, 0);
    for (const [s, e] of w.commitments[d] ?? []) spans.push([s - midnight, e - midnight]);
    let longest = 0;
    for (const a of places) for (const b of places) longest = Math.max(longest, model.travel(w.mode, a, b));
    const join = model.settings.stretchGapMinutes + longest;
    spans.sort((a, b) => a[0] - b[0]);
    let from = -1;
    let to = -1;
    for (const [s, e] of spans) {
      if (from >= 0 && s - to <= join) to = Math.max(to, e);
      else {
        if (from >= 0) total += to - from;
        from = s;
        to = e;
      }
    }
    if (from >= 0) total += to - from;
  }
  return Math.min(total, w.capMinutes);
}

/** Count the workers below and far above their guaranteed hours in a plan (`overMarginMinutes` above counts). */
export function hoursBalance(
  instance: RotaInstance,
  plan: Pick<RotaPlan, 'assignments'>,
  overMarginMinutes: number,
): HoursBalance {
  const state = stateOfPlan(instance, plan);
  const result: HoursBalance = {
    belowReachable: 0,
    belowUnreachable: 0,
    over: 0,
    shortMinutes: 0,
    shortReachableMinutes: 0,
  };
  for (const w of state.model.workers) {
    const work = state.weekWork[w.idx] ?? 0;
    if (work > w.guaranteed + overMarginMinutes) result.over++;
    if (work >= w.guaranteed) continue;
    result.shortMinutes += w.guaranteed - work;
    if (reachableMinutes(state.model, w) >= w.guaranteed) {
      result.belowReachable++;
      result.shortReachableMinutes += w.guaranteed - work;
    } else result.belowUnreachable++;
  }
  return result;
}
