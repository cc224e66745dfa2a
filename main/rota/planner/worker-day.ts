import type { BreachCode } from '@shared/domain/rota/breach';
import type { MWorker, Model } from './model';

/** Something in a worker's day: a visit slot or a commitment (visit = -1, place = -1). */
export interface DayItem {
  start: number;
  end: number;
  place: number;
  visit: number;
}

/** The order of a worker's day: by start, commitments before visits, visits by index (ties matter only in pins). */
export function dayOrder(a: DayItem, b: DayItem): number {
  return a.start - b.start || a.visit - b.visit;
}

/** What a worker's day costs and whether it keeps the day-local rules. */
export interface DayResult {
  code: BreachCode | null;
  first: number;
  last: number;
  work: number;
  travel: number;
  stretches: number;
}

/** A day with nothing in it. */
export const EMPTY_DAY: DayResult = { code: null, first: 0, last: 0, work: 0, travel: 0, stretches: 0 };

/** Evaluate one worker-day: overlap with travel, breaks, under-18 daily cap; paid work and travel. */
export function evaluateDay(model: Model, w: MWorker, items: readonly DayItem[]): DayResult {
  if (items.length === 0) return EMPTY_DAY;
  const gapMax = model.settings.stretchGapMinutes;
  let code: BreachCode | null = null;
  let work = 0;
  let travel = 0;
  let stretches = 1;
  let prev = items[0] as DayItem;
  let stretchStart = prev.start;
  let segStart = prev.start;
  if (prev.end - segStart > w.breakAfter) code = 'wtr_break';
  for (let i = 1; i < items.length; i++) {
    const it = items[i] as DayItem;
    const t = prev.place >= 0 && it.place >= 0 ? model.travel(w.mode, prev.place, it.place) : 0;
    const idle = it.start - prev.end - t;
    if (idle < 0 && code === null) code = 'overlap';
    travel += t;
    if (idle > gapMax) {
      work += prev.end - stretchStart + t;
      stretches++;
      stretchStart = it.start;
      segStart = it.start;
    } else if (idle >= w.breakMinutes) {
      segStart = it.start;
    }
    if (it.end - segStart > w.breakAfter && code === null) code = 'wtr_break';
    prev = it;
  }
  work += prev.end - stretchStart;
  if (work > w.dailyCap && code === null) code = 'wtr_daily_cap_under18';
  return { code, first: (items[0] as DayItem).start, last: prev.end, work, travel, stretches };
}
