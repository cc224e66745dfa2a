import { BREACH_MESSAGE, type BreachCode } from '@shared/domain/rota/breach';
import type { RotaInstance } from '@shared/domain/rota/instance';
import type { RotaPlan } from '@shared/domain/rota/plan';
import { ineligibilityOnVisit } from '@shared/domain/staff/eligibility';
import { stateOfPlan } from './objective';

/** How one team member stands for a visit. */
export interface TeamMemberExplanation {
  workerId: string;
  status: 'assigned' | 'ruled_out' | 'possible';
  /** The rule that rules them out (status ruled_out). */
  code: BreachCode | null;
  /** Human reason: the rule, or why they were (not) chosen. */
  message: string;
  /** Weighted objective change against the plan if this member took the visit instead (possible only). */
  weightedDelta: number | null;
  /** Other visits this member makes to the same person this week. */
  visitsToPerson: number;
  preferred: boolean;
  /** What doing the visit means for this member's own week (assigned and free members; null when ruled out). */
  effect: MemberEffect | null;
}

/**
 * What one member doing a visit changes in their own week, against the visit left undone: the paid travel and the
 * working stretches of that day, and their working time for the week after it.
 */
export interface MemberEffect {
  travelMinutes: number;
  splitShifts: number;
  weekMinutes: number;
  guaranteedMinutes: number;
}

/** Why a visit went to whom, and every team member ruled out with the rule. */
export interface VisitExplanation {
  visitId: string;
  assignedWorkerIds: string[];
  startMinute: number | null;
  team: TeamMemberExplanation[];
}

/** Explain a visit in a plan: why this worker, and for each team member, the rule that rules them out. */
export function explainVisit(instance: RotaInstance, plan: RotaPlan, visitId: string): VisitExplanation {
  const state = stateOfPlan(instance, plan);
  const m = state.model;
  const vi = m.visitIndex.get(visitId);
  if (vi === undefined) throw new Error(`unknown visit ${visitId}`);
  const v = m.visits[vi];
  if (v === undefined) throw new Error(`unknown visit ${visitId}`);
  const s = state.start[vi] ?? -1;
  const assigned = (state.workersOf[vi] ?? []).slice();
  const at = s >= 0 ? s : v.start;
  const date = instance.days[v.day]?.date ?? '';
  // A copy: unassigning the visit below changes the state's own counts.
  const counts = new Map(state.clientCounts[v.client] ?? []);
  state.unassign(vi);
  const effectOf = (wi: number, workers: readonly number[]): MemberEffect => {
    const before = state.dayRes[wi]?.[v.day];
    state.assign(vi, workers, at);
    const after = state.dayRes[wi]?.[v.day];
    const effect = {
      travelMinutes: (after?.travel ?? 0) - (before?.travel ?? 0),
      splitShifts: Math.max(0, (after?.stretches ?? 0) - 1) - Math.max(0, (before?.stretches ?? 0) - 1),
      weekMinutes: Math.round(state.weekWork[wi] ?? 0),
      guaranteedMinutes: m.workers[wi]?.guaranteed ?? 0,
    };
    state.unassign(vi);
    return effect;
  };
  const reference = (() => {
    if (assigned.length === 0) return state.weighted();
    state.assign(vi, assigned, at);
    const x = state.weighted();
    state.unassign(vi);
    return x;
  })();
  const team: TeamMemberExplanation[] = (m.clientTeams[v.client] ?? []).map((wi) => {
    const base = {
      workerId: m.workers[wi]?.id ?? '',
      visitsToPerson: (counts.get(wi) ?? 0) - (assigned.includes(wi) ? 1 : 0),
      preferred: v.preferred.has(wi),
    };
    if (assigned.includes(wi)) {
      const why = [
        base.preferred ? 'a preferred worker' : null,
        base.visitsToPerson > 0 ? `already visits this person ${base.visitsToPerson} time(s) this week` : null,
        'keeps every hard rule and fits the planning priorities best among the team',
      ].filter((x): x is string => x !== null);
      const effect = effectOf(wi, assigned);
      return { ...base, status: 'assigned' as const, code: null, message: why.join('; '), weightedDelta: 0, effect };
    }
    const partner = assigned.length === 2 ? assigned.slice(0, 1) : [];
    const facts = instance.workers[wi]?.eligibility;
    const colleagues = partner.map((pi) => instance.workers[pi]?.eligibility);
    const ineligible = facts === undefined ? null : ineligibilityOnVisit(facts, date, colleagues);
    if (ineligible !== null) {
      const message = `${BREACH_MESSAGE.ineligible}: ${ineligible.reason}`;
      const ruledOut = { status: 'ruled_out' as const, weightedDelta: null, effect: null };
      return { ...base, ...ruledOut, code: 'ineligible' as const, message };
    }
    const code = state.check(vi, wi, at);
    if (code !== null)
      return {
        ...base,
        status: 'ruled_out' as const,
        code,
        message: BREACH_MESSAGE[code],
        weightedDelta: null,
        effect: null,
      };
    if (v.need === 2 && assigned.length === 0) {
      return {
        ...base,
        status: 'possible' as const,
        code: null,
        message: 'could take it, but no second worker was free at the same time',
        weightedDelta: null,
        effect: null,
      };
    }
    const workers = v.need === 2 ? [...partner, wi] : [wi];
    state.assign(vi, workers, at);
    const delta = state.weighted() - reference;
    state.unassign(vi);
    // The weighted change ranks the free members; it is never shown (the screen says the effect in words).
    return {
      ...base,
      status: 'possible' as const,
      code: null,
      message: 'free and keeps every rule',
      weightedDelta: Math.round(delta * 100) / 100,
      effect: effectOf(wi, workers),
    };
  });
  return {
    visitId,
    assignedWorkerIds: assigned.map((wi) => m.workers[wi]?.id ?? ''),
    startMinute: s >= 0 ? s : null,
    team,
  };
}
