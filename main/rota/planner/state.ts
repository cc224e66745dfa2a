import type { BreachCode } from '@shared/domain/rota/breach';
import type { ObjectiveTerms, ObjectiveValue } from '@shared/domain/rota/plan';
import { availableAt, crewAllowed, type MVisit, type MWorker, type Model } from './model';
import type { Rng } from '../prng';
import { startOptions } from './insertion';
import { EMPTY_DAY, dayOrder, evaluateDay, type DayItem, type DayResult } from './worker-day';
import {
  addDayTerms,
  addWorkerWeekTerms,
  dayWorked,
  objectiveValue,
  personExtraWorkers,
  slotNotPreferred,
  visitStartDeviation,
  weighTerms,
  zeroTerms,
} from './terms';

/** Elapsed minute of local midnight starting day `d` (-6..7); prior days are taken as whole 24 h days. */
export function dayStartElapsed(model: Model, d: number): number {
  if (d <= 0) return d * 1440;
  return d >= 7 ? model.weekEnd : model.elapsed(d, 0);
}

/**
 * Planner-side check of "24 hours off in every 7 days": every run of 7 consecutive calendar days
 * that touches this week (starting 6 days before Monday up to Monday) holds an uninterrupted
 * 24-hour gap between working blocks, counting last week's published work.
 */
export function weeklyRestOk(model: Model, w: MWorker, spans: readonly (readonly [number, number] | null)[]): boolean {
  const blocks: [number, number][] = [...w.prior];
  for (const s of spans) if (s !== null) blocks.push([s[0], s[1]]);
  blocks.sort((a, b) => a[0] - b[0]);
  const need = model.settings.weeklyRestMinutes;
  for (let ws = -6; ws <= 0; ws++) {
    const w0 = dayStartElapsed(model, ws);
    const w1 = dayStartElapsed(model, ws + 7);
    let free = w0;
    let ok = false;
    for (const [s, e] of blocks) {
      if (e <= w0) continue;
      if (s >= w1) break;
      if (Math.min(s, w1) - free >= need) {
        ok = true;
        break;
      }
      if (e > free) free = e;
    }
    if (!ok && w1 - free < need) return false;
  }
  return true;
}

/** Minutes either side of a visit within which another visit is in a worker's way (covers most travel). */
const IN_THE_WAY_MINUTES = 30;

/** The mutable plan the search works on, with an incrementally kept objective. */
export class PlanState {
  readonly model: Model;
  readonly start: Int32Array;
  readonly workersOf: number[][];
  readonly days: DayItem[][][];
  readonly dayRes: DayResult[][];
  readonly weekWork: Float64Array;
  /** Calendar days of the week each worker works on. */
  readonly daysWorked: Int8Array;
  readonly clientCounts: Map<number, number>[];
  readonly pinned: Uint8Array;
  /**
   * 1 for a visit on a crew `crewAllowed` refuses (only workers who may work alongside a colleague): it holds their
   * time but covers nothing, so coverage counts it as open and every move that makes one is a loss.
   */
  readonly barred: Uint8Array;
  unassignedMinutes = 0;
  unassignedVisits = 0;
  /** Tests only: after every accepted move, check the tracked score against a full recomputation (score-audit). */
  assertScores = false;
  private lastRes: DayResult = EMPTY_DAY;
  /** The quality terms, kept up to date by every assign and unassign. */
  readonly terms: ObjectiveTerms = zeroTerms();
  /** 1 for visits enough team members are available for at some allowed start: only those can ever be covered. */
  readonly coverable: Uint8Array;
  /** The unassigned coverable visits (in no order) and each one's place in that list (-1 when not in it). */
  private readonly openList: number[] = [];
  private readonly openAt: Int32Array;

  constructor(model: Model) {
    this.model = model;
    const nv = model.visits.length;
    this.start = new Int32Array(nv).fill(-1);
    this.workersOf = Array.from({ length: nv }, () => []);
    this.pinned = new Uint8Array(nv);
    this.barred = new Uint8Array(nv);
    this.days = model.workers.map((w) =>
      w.commitments.map((list) =>
        list.map(([s, e]) => ({ start: s, end: e, place: -1, visit: -1 })).sort((a, b) => a.start - b.start),
      ),
    );
    this.dayRes = model.workers.map((w, wi) =>
      w.commitments.map((_, d) => evaluateDay(model, w, this.days[wi]?.[d] ?? [])),
    );
    this.weekWork = new Float64Array(model.workers.length);
    this.daysWorked = new Int8Array(model.workers.length);
    this.clientCounts = model.clientIds.map(() => new Map());
    this.coverable = Uint8Array.from(model.visits, (v) => (canBeCovered(model, v) ? 1 : 0));
    this.openAt = new Int32Array(nv).fill(-1);
    for (const v of model.visits) {
      this.unassignedMinutes += v.dur;
      this.unassignedVisits++;
      this.setOpen(v.idx, true);
    }
    for (const w of model.workers) {
      let work = 0;
      let worked = 0;
      for (let d = 0; d < 7; d++) {
        const r = this.dayRes[w.idx]?.[d] ?? EMPTY_DAY;
        work += r.work;
        worked += dayWorked(r);
        addDayTerms(this.terms, r, 1);
      }
      this.weekWork[w.idx] = work;
      this.daysWorked[w.idx] = worked;
      addWorkerWeekTerms(this.terms, w, work, worked, 1);
    }
  }

  private byClient: number[][] | null = null;

  /** Visit indexes of one client (cached). */
  clientVisits(client: number): number[] {
    if (this.byClient === null) {
      const lists: number[][] = this.model.clientIds.map(() => []);
      for (const v of this.model.visits) lists[v.client]?.push(v.idx);
      this.byClient = lists;
    }
    return this.byClient[client] ?? [];
  }

  /** The workers a person sees, fewest of their visits first (ties by index), for continuity moves. */
  workersByUse(client: number): number[] {
    return [...(this.clientCounts[client] ?? [])].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([w]) => w);
  }

  /**
   * The visits on worker `w`'s day `day` near a visit of `dur` minutes starting at elapsed minute `startE` (within
   * `IN_THE_WAY_MINUTES` either side): what keeps the worker from taking it there.
   */
  inTheWay(w: number, day: number, startE: number, dur: number): DayItem[] {
    return (this.days[w]?.[day] ?? []).filter(
      (it) => it.visit >= 0 && it.end + IN_THE_WAY_MINUTES > startE && it.start < startE + dur + IN_THE_WAY_MINUTES,
    );
  }

  /** How many unassigned visits some team member could take: what coverage moves can still win. */
  openCount(): number {
    return this.openList.length;
  }

  /** A random unassigned visit some team member could take, or -1 when there is none. */
  pickOpen(rng: Rng): number {
    return this.openList.length === 0 ? -1 : (this.openList[rng.int(this.openList.length)] ?? -1);
  }

  private setOpen(vi: number, open: boolean): void {
    const at = this.openAt[vi] ?? -1;
    if (open && at < 0 && this.coverable[vi] === 1) {
      this.openAt[vi] = this.openList.length;
      this.openList.push(vi);
    } else if (!open && at >= 0) {
      const last = this.openList.pop() as number;
      if (last !== vi) {
        this.openList[at] = last;
        this.openAt[last] = at;
      }
      this.openAt[vi] = -1;
    }
  }

  /** Weighted quality sum of the current plan. */
  weighted(): number {
    return weighTerms(this.model.settings.weights, this.terms);
  }

  /** The lexicographic objective of the current plan. */
  objective(): ObjectiveValue {
    return objectiveValue(this.model.settings.weights, this.unassignedMinutes, this.unassignedVisits, this.terms);
  }

  private withItem(items: readonly DayItem[], it: DayItem): DayItem[] {
    let i = items.length;
    while (i > 0 && dayOrder(items[i - 1] as DayItem, it) > 0) i--;
    const out = items.slice();
    out.splice(i, 0, it);
    return out;
  }

  private spanOf(wi: number, d: number, override?: { day: number; res: DayResult }): readonly [number, number] | null {
    const r = override !== undefined && override.day === d ? override.res : this.dayRes[wi]?.[d];
    if (r === undefined || r.work === 0) return null;
    return [r.first, r.last];
  }

  /** Can worker `wi` take visit `vi` starting at local minute `s`? Returns the first rule it would break, or null. */
  check(vi: number, wi: number, s: number): BreachCode | null {
    const m = this.model;
    const v = m.visits[vi];
    const w = m.workers[wi];
    if (v === undefined || w === undefined) return 'unknown_reference';
    if (!v.candidates.includes(wi)) return v.staticExclusions.find((x) => x.worker === wi)?.code ?? 'not_in_team';
    if (!availableAt(w, v.day, s, v.dur)) return 'unavailable';
    const items = this.days[wi]?.[v.day] ?? [];
    const startE = m.elapsed(v.day, s);
    const it: DayItem = { start: startE, end: startE + v.dur, place: v.client, visit: vi };
    // Cheap neighbour test first: most rejected insertions are plain overlaps.
    let pos = items.length;
    while (pos > 0 && dayOrder(items[pos - 1] as DayItem, it) > 0) pos--;
    const prev = items[pos - 1];
    const next = items[pos];
    if (prev !== undefined && prev.end + (prev.place >= 0 ? m.travel(w.mode, prev.place, v.client) : 0) > startE)
      return 'overlap';
    if (next !== undefined && it.end + (next.place >= 0 ? m.travel(w.mode, v.client, next.place) : 0) > next.start)
      return 'overlap';
    const list = items.slice();
    list.splice(pos, 0, it);
    const res = evaluateDay(m, w, list);
    if (res.code !== null) return res.code;
    this.lastRes = res;
    const old = this.dayRes[wi]?.[v.day] ?? EMPTY_DAY;
    if ((this.weekWork[wi] ?? 0) - old.work + res.work > w.capMinutes) return 'wtr_weekly_cap';
    // Rest rules depend only on the day's span: unchanged span, unchanged verdict.
    if (old.work > 0 && res.first >= old.first && res.last <= old.last) return null;
    const override = { day: v.day, res };
    const prevSpan = v.day === 0 ? priorLast(w) : this.spanOf(wi, v.day - 1);
    if (prevSpan !== null && res.first - prevSpan[1] < w.restMinutes) return 'wtr_daily_rest';
    const nextSpan = v.day < 6 ? this.spanOf(wi, v.day + 1) : null;
    if (nextSpan !== null && nextSpan[0] - res.last < w.restMinutes) return 'wtr_daily_rest';
    const spans = [0, 1, 2, 3, 4, 5, 6].map((d) => this.spanOf(wi, d, override));
    if (!weeklyRestOk(m, w, spans)) return 'wtr_weekly_rest';
    return null;
  }

  /** Weighted objective change of adding visit `vi` to worker `wi` at `s`; call right after a successful `check`. */
  insertionDelta(vi: number, wi: number, s: number): number {
    const m = this.model;
    const v = m.visits[vi] as MVisit;
    const w = m.workers[wi] as MWorker;
    const old = this.dayRes[wi]?.[v.day] ?? EMPTY_DAY;
    const res = this.lastRes;
    const delta = zeroTerms();
    addDayTerms(delta, old, -1);
    addDayTerms(delta, res, 1);
    const work = this.weekWork[wi] ?? 0;
    const worked = this.daysWorked[wi] ?? 0;
    addWorkerWeekTerms(delta, w, work, worked, -1);
    addWorkerWeekTerms(delta, w, work - old.work + res.work, worked - dayWorked(old) + dayWorked(res), 1);
    delta.notPreferredSlots = slotNotPreferred(v, wi);
    const counts = this.clientCounts[v.client];
    if (counts !== undefined && !counts.has(wi))
      delta.extraDistinctWorkers = personExtraWorkers(counts.size + 1) - personExtraWorkers(counts.size);
    delta.startDeviationMinutes = visitStartDeviation(v, s);
    return weighTerms(m.settings.weights, delta);
  }

  private byDay: number[][] | null = null;

  /** Visit indexes of one day (cached). */
  dayVisits(day: number): number[] {
    if (this.byDay === null) {
      const lists: number[][] = [[], [], [], [], [], [], []];
      for (const v of this.model.visits) lists[v.day]?.push(v.idx);
      this.byDay = lists;
    }
    return this.byDay[day] ?? [];
  }

  private refreshDay(wi: number, d: number): void {
    const w = this.model.workers[wi] as MWorker;
    const old = this.dayRes[wi]?.[d] ?? EMPTY_DAY;
    const res = evaluateDay(this.model, w, this.days[wi]?.[d] ?? []);
    (this.dayRes[wi] as DayResult[])[d] = res;
    addDayTerms(this.terms, old, -1);
    addDayTerms(this.terms, res, 1);
    const work = this.weekWork[wi] ?? 0;
    const worked = this.daysWorked[wi] ?? 0;
    addWorkerWeekTerms(this.terms, w, work, worked, -1);
    this.weekWork[wi] = work - old.work + res.work;
    this.daysWorked[wi] = worked - dayWorked(old) + dayWorked(res);
    addWorkerWeekTerms(this.terms, w, this.weekWork[wi] ?? 0, this.daysWorked[wi] ?? 0, 1);
  }

  /** Put a visit on workers at start `s` without checks (callers check first, or it is a pin). */
  assign(vi: number, workers: readonly number[], s: number): void {
    const m = this.model;
    const v = m.visits[vi];
    if (v === undefined || (this.start[vi] ?? -1) >= 0) throw new Error('assign: visit missing or already assigned');
    this.start[vi] = s;
    this.workersOf[vi] = [...workers];
    if (crewAllowed(m, vi, workers)) {
      this.unassignedMinutes -= v.dur;
      this.unassignedVisits--;
    } else this.barred[vi] = 1;
    this.setOpen(vi, false);
    this.terms.startDeviationMinutes += visitStartDeviation(v, s);
    const startE = m.elapsed(v.day, s);
    const counts = this.clientCounts[v.client] as Map<number, number>;
    for (const wi of workers) {
      const list = this.days[wi]?.[v.day];
      if (list === undefined) continue;
      (this.days[wi] as DayItem[][])[v.day] = this.withItem(list, {
        start: startE,
        end: startE + v.dur,
        place: v.client,
        visit: vi,
      });
      this.refreshDay(wi, v.day);
      this.terms.notPreferredSlots += slotNotPreferred(v, wi);
      const c = counts.get(wi) ?? 0;
      if (c === 0)
        this.terms.extraDistinctWorkers += personExtraWorkers(counts.size + 1) - personExtraWorkers(counts.size);
      counts.set(wi, c + 1);
    }
  }

  /** Take a visit off its workers. */
  unassign(vi: number): void {
    const m = this.model;
    const v = m.visits[vi];
    const s = this.start[vi] ?? -1;
    if (v === undefined || s < 0) return;
    const workers = this.workersOf[vi] ?? [];
    this.start[vi] = -1;
    this.workersOf[vi] = [];
    if (this.barred[vi] === 1) this.barred[vi] = 0;
    else {
      this.unassignedMinutes += v.dur;
      this.unassignedVisits++;
    }
    this.setOpen(vi, true);
    this.terms.startDeviationMinutes -= visitStartDeviation(v, s);
    const counts = this.clientCounts[v.client] as Map<number, number>;
    for (const wi of workers) {
      const list = this.days[wi]?.[v.day];
      if (list === undefined) continue;
      (this.days[wi] as DayItem[][])[v.day] = list.filter((it) => it.visit !== vi);
      this.refreshDay(wi, v.day);
      this.terms.notPreferredSlots -= slotNotPreferred(v, wi);
      const c = counts.get(wi) ?? 0;
      if (c <= 1) {
        counts.delete(wi);
        this.terms.extraDistinctWorkers += personExtraWorkers(counts.size) - personExtraWorkers(counts.size + 1);
      } else counts.set(wi, c - 1);
    }
  }
}

/**
 * Whether at least `need` of a visit's possible workers, a crew `crewAllowed` accepts, are available for it at one of
 * its allowed starts.
 */
function canBeCovered(model: Model, v: MVisit): boolean {
  return startOptions(model, v.idx).some((s) => {
    const able = v.candidates.filter((wi) => availableAt(model.workers[wi] as MWorker, v.day, s, v.dur));
    return able.length >= v.need && crewAllowed(model, v.idx, able);
  });
}

function priorLast(w: MWorker): readonly [number, number] | null {
  let best: [number, number] | null = null;
  for (const p of w.prior) if (best === null || p[1] > best[1]) best = p;
  return best;
}

/** Compare two objectives lexicographically: negative when `a` is better. */
export function compareObjective(
  a: Pick<ObjectiveValue, 'unassignedMinutes' | 'unassignedVisits' | 'weighted'>,
  b: typeof a,
): number {
  if (a.unassignedMinutes !== b.unassignedMinutes) return a.unassignedMinutes - b.unassignedMinutes;
  if (a.unassignedVisits !== b.unassignedVisits) return a.unassignedVisits - b.unassignedVisits;
  return a.weighted - b.weighted;
}
