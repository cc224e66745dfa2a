// Exact MIP for small rota instances (bench only). Set-partitioning over enumerated worker-day
// schedules: each worker picks one feasible schedule per day; visits are covered by `workersNeeded`
// schedules at one common start, or left unassigned. Week-level rules (weekly cap, daily rest) are
// linear constraints over the chosen schedules. Phase 1 minimises unassigned visit-minutes (then
// visits); phase 2 fixes that and minimises the weighted quality sum. The result is scored by the
// shared objective function and checked by the independent validator, so a modelling slip shows.
import highsLoader from 'highs';
import type { RotaInstance } from '@shared/domain/rota/instance';
import type { RotaPlan } from '@shared/domain/rota/plan';
import { availableAt, buildModel, type Model } from '@main/rota/planner/model';
import { evaluateDay, type DayItem } from '@main/rota/planner/worker-day';
import { startOptions } from '@main/rota/planner/insertion';
import {
  TERM_WEIGHT,
  daySplitShifts,
  dayTravelMinutes,
  slotNotPreferred,
  visitStartDeviation,
  weighTerms,
} from '@main/rota/planner/terms';

interface Schedule {
  worker: number;
  day: number;
  slots: { v: number; s: number }[];
  work: number;
  first: number;
  last: number;
  cost: number;
  clients: Set<number>;
}

/** Outcome of an exact solve. */
export interface MipResult {
  plan: RotaPlan;
  proven: boolean;
  status: string;
  columns: number;
  seconds: number;
}

const MAX_SCHEDULES = 200_000;

function enumerate(model: Model): Schedule[] {
  const out: Schedule[] = [];
  const k = model.settings.weights;
  for (const w of model.workers) {
    for (let d = 0; d < 7; d++) {
      const base: DayItem[] = (w.commitments[d] ?? []).map(([a, b]) => ({ start: a, end: b, place: -1, visit: -1 }));
      const options: { v: number; s: number }[][] = model.visits
        .filter((v) => v.day === d && v.candidates.includes(w.idx))
        .map((v) =>
          startOptions(model, v.idx)
            .filter((s) => availableAt(w, d, s, v.dur))
            .map((s) => ({ v: v.idx, s })),
        )
        .filter((o) => o.length > 0);
      const chosen: { v: number; s: number }[] = [];
      const rec = (i: number): void => {
        if (out.length > MAX_SCHEDULES) throw new Error('too many schedules for the exact model');
        if (i === options.length) {
          const items = [
            ...base,
            ...chosen.map(({ v, s }) => ({
              start: model.elapsed(d, s),
              end: model.elapsed(d, s) + (model.visits[v]?.dur ?? 0),
              place: model.visits[v]?.client ?? -1,
              visit: v,
            })),
          ].sort((a, b) => a.start - b.start);
          const r = evaluateDay(model, w, items);
          // A schedule carries the terms of one worker-day; the week and person terms are linear rows below.
          const cost = weighTerms(k, {
            paidTravelMinutes: dayTravelMinutes(r),
            splitShifts: daySplitShifts(r),
            notPreferredSlots: chosen.reduce((n, { v }) => {
              const mv = model.visits[v];
              return mv === undefined ? n : n + slotNotPreferred(mv, w.idx);
            }, 0),
          });
          out.push({
            worker: w.idx,
            day: d,
            slots: chosen.slice(),
            work: r.work,
            first: r.first,
            last: r.last,
            cost,
            clients: new Set(chosen.map(({ v }) => model.visits[v]?.client ?? -1)),
          });
          return;
        }
        rec(i + 1);
        for (const o of options[i] ?? []) {
          chosen.push(o);
          const items = [
            ...base,
            ...chosen.map(({ v, s }) => ({
              start: model.elapsed(d, s),
              end: model.elapsed(d, s) + (model.visits[v]?.dur ?? 0),
              place: model.visits[v]?.client ?? -1,
              visit: v,
            })),
          ].sort((a, b) => a.start - b.start);
          const r = evaluateDay(model, w, items);
          // Adding work never repairs an overlap, a missing break or a daily cap: prune.
          if (r.code === null && r.work <= w.capMinutes) rec(i + 1);
          chosen.pop();
        }
      };
      rec(0);
    }
  }
  return out;
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(6);
}

function buildLp(
  model: Model,
  schedules: Schedule[],
  phase: 1 | 2,
  coverageBound: number | null,
): { lp: string; uIndex: Map<string, number> } {
  const k = model.settings.weights;
  const obj: string[] = [];
  const rows: string[] = [];
  const binaries: string[] = [];
  const generals: string[] = [];
  const uIndex = new Map<string, number>();
  const uKeys: { v: number; s: number }[] = [];
  for (const v of model.visits) {
    for (const s of startOptions(model, v.idx)) {
      uIndex.set(`${v.idx}:${s}`, uKeys.length);
      uKeys.push({ v: v.idx, s });
    }
  }
  schedules.forEach((_, i) => binaries.push(`x${i}`));
  uKeys.forEach((_, i) => binaries.push(`u${i}`));
  model.visits.forEach((v) => binaries.push(`z${v.idx}`));
  const coverage = model.visits.map((v) => `${fmt(v.dur * 1000 + 1)} z${v.idx}`);
  if (phase === 1) obj.push(...coverage);
  else {
    schedules.forEach((s, i) => {
      if (s.cost !== 0) obj.push(`${fmt(s.cost)} x${i}`);
    });
    uKeys.forEach(({ v, s }, i) => {
      const mv = model.visits[v];
      const cost = mv === undefined ? 0 : weighTerms(k, { startDeviationMinutes: visitStartDeviation(mv, s) });
      if (cost > 0) obj.push(`${fmt(cost)} u${i}`);
    });
    // Linearised terms: each variable's cost is its term's weight (terms.ts), so the two cannot disagree.
    const weight = (term: keyof typeof TERM_WEIGHT): number => k[TERM_WEIGHT[term]];
    model.clientIds.forEach((_, c) => obj.push(`${fmt(weight('extraDistinctWorkers'))} e${c}`));
    model.workers.forEach((w) => {
      obj.push(
        `${fmt(weight('guaranteedShortfallMinutes'))} sh${w.idx}`,
        `${fmt(weight('fairnessExcessMinutes'))} ex${w.idx}`,
        `${fmt(weight('longWeekMinutes'))} lw${w.idx}`,
      );
      if (w.wantsDayOff) obj.push(`${fmt(weight('workersWithoutDayOff'))} nd${w.idx}`);
    });
    rows.push(`cov: ${coverage.join(' + ')} <= ${fmt(coverageBound ?? 0)}`);
  }
  // One schedule per worker-day.
  const byWD = new Map<string, number[]>();
  schedules.forEach((s, i) => {
    const key = `${s.worker}:${s.day}`;
    const l = byWD.get(key) ?? [];
    l.push(i);
    byWD.set(key, l);
  });
  for (const [key, l] of byWD) rows.push(`one_${key.replace(':', '_')}: ${l.map((i) => `x${i}`).join(' + ')} = 1`);
  // Each visit: one start or unassigned; its slots filled by exactly `need` schedules at that start.
  const slotCover = new Map<number, number[]>();
  schedules.forEach((s, i) => {
    for (const sl of s.slots) {
      const u = uIndex.get(`${sl.v}:${sl.s}`) ?? -1;
      const l = slotCover.get(u) ?? [];
      l.push(i);
      slotCover.set(u, l);
    }
  });
  for (const v of model.visits) {
    const us = startOptions(model, v.idx).map((s) => uIndex.get(`${v.idx}:${s}`) ?? -1);
    rows.push(`pick${v.idx}: ${us.map((u) => `u${u}`).join(' + ')} + z${v.idx} = 1`);
    for (const u of us) {
      const l = slotCover.get(u) ?? [];
      rows.push(`fill${u}: ${l.length === 0 ? '' : `${l.map((i) => `x${i}`).join(' + ')} `}- ${v.need} u${u} = 0`);
    }
  }
  // Week-level rules per worker.
  const M = 12_000;
  for (const w of model.workers) {
    const mine = schedules.map((s, i) => ({ s, i })).filter(({ s }) => s.worker === w.idx);
    const work = mine.filter(({ s }) => s.work > 0).map(({ s, i }) => `${fmt(s.work)} x${i}`);
    if (Number.isFinite(w.capMinutes) && work.length > 0)
      rows.push(`cap${w.idx}: ${work.join(' + ')} <= ${fmt(w.capMinutes)}`);
    rows.push(`short${w.idx}: sh${w.idx}${work.length ? ` + ${work.join(' + ')}` : ''} >= ${fmt(w.guaranteed)}`);
    rows.push(`excess${w.idx}: ex${w.idx}${work.length ? ` - ${work.join(' - ')}` : ''} >= ${fmt(-w.guaranteed)}`);
    // Only phase 2 weighs long weeks; phase 1 (coverage) stays the model it was, which HiGHS proves fastest.
    if (phase === 2)
      rows.push(`long${w.idx}: lw${w.idx}${work.length ? ` - ${work.join(' - ')}` : ''} >= ${fmt(-w.longWeekFrom)}`);
    const F = (d: number): string[] =>
      mine.filter(({ s }) => s.day === d && s.work > 0).map(({ s, i }) => `${fmt(s.first)} x${i}`);
    const L = (d: number): string[] =>
      mine.filter(({ s }) => s.day === d && s.work > 0).map(({ s, i }) => `${fmt(s.last)} x${i}`);
    const Y = (d: number): string[] => mine.filter(({ s }) => s.day === d && s.work > 0).map(({ i }) => `x${i}`);
    // No whole day off: nd >= days worked - 6, a day worked being a chosen schedule with work (terms.dayWorked).
    const worked = [0, 1, 2, 3, 4, 5, 6].flatMap(Y);
    if (w.wantsDayOff && worked.length > 0) rows.push(`dayoff${w.idx}: nd${w.idx} - ${worked.join(' - ')} >= -6`);
    for (let d = 0; d < 6; d++) {
      if (Y(d).length === 0 || Y(d + 1).length === 0) continue;
      const terms = [
        ...F(d + 1),
        ...L(d).map((t) => `- ${t}`),
        ...Y(d).map((t) => `- ${M} ${t}`),
        ...Y(d + 1).map((t) => `- ${M} ${t}`),
      ];
      rows.push(`rest${w.idx}_${d}: ${terms.join(' + ').replace(/\+ -/g, '-')} >= ${fmt(w.restMinutes - 2 * M)}`);
    }
    const prior = w.prior.reduce((a, p) => Math.max(a, p[1]), Number.NEGATIVE_INFINITY);
    if (Number.isFinite(prior) && Y(0).length > 0) {
      rows.push(
        `rest${w.idx}_p: ${[...F(0), ...Y(0).map((t) => `- ${M} ${t}`)].join(' + ').replace(/\+ -/g, '-')} >= ${fmt(prior + w.restMinutes - M)}`,
      );
    }
  }
  // Continuity: q[c,w] is 1 when w visits c at all; e[c] >= distinct - 1.
  const qs: string[] = [];
  model.clientIds.forEach((_, c) => {
    const team = model.clientTeams[c] ?? [];
    for (const w of team) {
      const q = `q${c}_${w}`;
      qs.push(q);
      for (let d = 0; d < 7; d++) {
        const l = schedules
          .map((s, i) => ({ s, i }))
          .filter(({ s }) => s.worker === w && s.day === d && s.clients.has(c));
        if (l.length > 0) rows.push(`link${c}_${w}_${d}: ${q} - ${l.map(({ i }) => `x${i}`).join(' - ')} >= 0`);
      }
    }
    rows.push(`dist${c}: e${c}${team.length ? ` - ${team.map((w) => `q${c}_${w}`).join(' - ')}` : ''} >= -1`);
  });
  binaries.push(...qs);
  void generals;
  const lp =
    `Minimize\n obj: ${obj.length ? obj.join(' + ') : '0 z0'}\nSubject ` +
    `To\n${rows.map((r) => ` ${r}`).join('\n')}\nBinary\n ${binaries.join('\n ')}\nEnd\n`;
  return { lp, uIndex };
}

/** Solve a small instance exactly (each phase capped at `timeLimitSec`). */
export async function solveExact(instance: RotaInstance, timeLimitSec = 60): Promise<MipResult> {
  const started = Date.now();
  const model = buildModel(instance);
  if (instance.pins.length > 0) throw new Error('the exact model does not take pins');
  const schedules = enumerate(model);
  const highs = await highsLoader();
  const opts = { time_limit: timeLimitSec, mip_rel_gap: 1e-7, mip_abs_gap: 1e-6, output_flag: false } as const;
  const p1 = buildLp(model, schedules, 1, null);
  const s1 = highs.solve(p1.lp, opts);
  if (s1.Status !== 'Optimal') return fail(instance, s1.Status, schedules.length, started);
  const bound = Math.round(s1.ObjectiveValue);
  const p2 = buildLp(model, schedules, 2, bound);
  const s2 = highs.solve(p2.lp, opts);
  const proven = s2.Status === 'Optimal';
  if (!proven && s2.Status !== 'Time limit reached') return fail(instance, s2.Status, schedules.length, started);
  const col = (name: string): number => (s2.Columns[name] as { Primal?: number } | undefined)?.Primal ?? 0;
  const assignments: RotaPlan['assignments'] = [];
  for (const v of model.visits) {
    for (const s of startOptions(model, v.idx)) {
      const u = p2.uIndex.get(`${v.idx}:${s}`) ?? -1;
      if (col(`u${u}`) < 0.5) continue;
      const ws = schedules
        .map((sc, i) => ({ sc, i }))
        .filter(({ sc, i }) => col(`x${i}`) > 0.5 && sc.slots.some((sl) => sl.v === v.idx && sl.s === s))
        .map(({ sc }) => model.workers[sc.worker]?.id ?? '');
      assignments.push({ visitId: v.id, workerIds: ws, startMinute: s });
    }
  }
  return {
    plan: {
      isoWeek: instance.isoWeek,
      assignments,
      unassigned: [],
      objective: null,
      stopReason: null,
      seed: null,
      iterations: null,
    },
    proven,
    status: s2.Status,
    columns: schedules.length,
    seconds: (Date.now() - started) / 1000,
  };
}

function fail(instance: RotaInstance, status: string, columns: number, started: number): MipResult {
  return {
    plan: {
      isoWeek: instance.isoWeek,
      assignments: [],
      unassigned: [],
      objective: null,
      stopReason: null,
      seed: null,
      iterations: null,
    },
    proven: false,
    status,
    columns,
    seconds: (Date.now() - started) / 1000,
  };
}
