import type { RotaInstance } from '@shared/domain/rota/instance';
import type { RotaPlan } from '@shared/domain/rota/plan';
import { stateOfPlan } from './objective';
import { toPlan } from './planner/plan-week';
import { startOptions } from './planner/insertion';
import { buildModel, crewAllowed } from './planner/model';
import { auditScore } from './planner/score-audit';

/** A worker off sick from one local date/minute to another (end exclusive). */
export interface Absence {
  workerId: string;
  from: { date: string; minute: number };
  to: { date: string; minute: number };
}

/** One alternative worker for an affected visit, best first. */
export interface RepairAlternative {
  workerId: string;
  /** Change of the weighted objective if this worker takes the visit. */
  weightedDelta: number;
}

/** What happened to one of the sick worker's visits. */
export interface RepairedVisit {
  visitId: string;
  newWorkerId: string | null;
  startMinute: number;
  alternatives: RepairAlternative[];
}

/** Result of a sickness repair: the new plan and, per affected visit, who covers it and the ranked options. */
export interface SicknessRepair {
  plan: RotaPlan;
  repaired: RepairedVisit[];
  uncoverable: string[];
}

const key = (date: string, minute: number): string => `${date}T${String(minute).padStart(4, '0')}`;

/** The instance with the absence removed from the sick worker's availability. */
function withAbsence(instance: RotaInstance, a: Absence): RotaInstance {
  const from = key(a.from.date, a.from.minute);
  const to = key(a.to.date, a.to.minute);
  return {
    ...instance,
    workers: instance.workers.map((w) => {
      if (w.id !== a.workerId) return w;
      const availability = w.availability.flatMap((x) => {
        const out: typeof w.availability = [];
        const ws = key(x.date, x.startMinute);
        const we = key(x.date, x.endMinute);
        if (we <= from || ws >= to) return [x];
        if (ws < from) out.push({ ...x, endMinute: a.from.minute });
        if (we > to) out.push({ ...x, startMinute: a.to.minute });
        return out;
      });
      return { ...w, availability };
    }),
  };
}

/**
 * Repair a plan for a sickness: only the sick worker's visits inside the absence move, each to another
 * member of that person's team (never outside it); everything else is pinned. Visits nobody can take
 * are listed as uncoverable.
 */
export function repairSickness(
  instance: RotaInstance,
  plan: RotaPlan,
  absence: Absence,
  options: { assertScores?: boolean } = {},
): SicknessRepair {
  const inst = withAbsence(instance, absence);
  const model = buildModel(inst);
  const state = stateOfPlan(inst, plan, model);
  state.assertScores = options.assertScores ?? false;
  const sick = model.workerIndex.get(absence.workerId);
  const from = key(absence.from.date, absence.from.minute);
  const to = key(absence.to.date, absence.to.minute);
  const affected: number[] = [];
  for (const v of model.visits) {
    state.pinned[v.idx] = 1;
    const s = state.start[v.idx] ?? -1;
    if (sick === undefined || s < 0 || !(state.workersOf[v.idx] ?? []).includes(sick)) continue;
    const date = inst.days[v.day]?.date ?? '';
    if (key(date, s + v.dur) > from && key(date, s) < to) affected.push(v.idx);
  }
  affected.sort(
    (a, b) =>
      (model.visits[a]?.day ?? 0) - (model.visits[b]?.day ?? 0) || (state.start[a] ?? 0) - (state.start[b] ?? 0),
  );
  const repaired: RepairedVisit[] = [];
  const uncoverable: string[] = [];
  for (const vi of affected) {
    const v = model.visits[vi];
    if (v === undefined) continue;
    const s0 = state.start[vi] ?? v.start;
    const keep = (state.workersOf[vi] ?? []).filter((w) => w !== sick);
    state.unassign(vi);
    const base = state.weighted();
    // A double-up keeps its partner and start; a single visit may move inside its flexibility.
    const starts = keep.length > 0 ? [s0] : [s0, ...startOptions(model, vi).filter((s) => s !== s0)];
    const alts: (RepairAlternative & { s: number; w: number })[] = [];
    for (const wi of v.candidates) {
      // A partner who may work only alongside a colleague needs one who may work in their own right.
      if (wi === sick || keep.includes(wi) || !crewAllowed(model, vi, [...keep, wi])) continue;
      for (const s of starts) {
        if (state.check(vi, wi, s) !== null) continue;
        state.assign(vi, [...keep, wi], s);
        const d = state.weighted() - base;
        state.unassign(vi);
        alts.push({ workerId: model.workers[wi]?.id ?? '', weightedDelta: Math.round(d * 100) / 100, s, w: wi });
        break;
      }
    }
    alts.sort((a, b) => a.weightedDelta - b.weightedDelta || a.w - b.w);
    const best = alts[0];
    if (best === undefined) {
      uncoverable.push(v.id);
      repaired.push({ visitId: v.id, newWorkerId: null, startMinute: s0, alternatives: [] });
      continue;
    }
    state.assign(vi, [...keep, best.w], best.s);
    auditScore(state, 'sickness repair');
    repaired.push({
      visitId: v.id,
      newWorkerId: best.workerId,
      startMinute: best.s,
      alternatives: alts.map(({ workerId, weightedDelta }) => ({ workerId, weightedDelta })),
    });
  }
  // Affected double-ups that lost a worker and found none are unassigned whole (rule 4).
  const out = toPlan(state, { stopReason: plan.stopReason, seed: plan.seed, iterations: plan.iterations });
  return { plan: out, repaired, uncoverable };
}
