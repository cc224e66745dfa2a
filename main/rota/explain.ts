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
  const counts = state.clientCounts[v.client] ?? new Map<number, number>();
  state.unassign(vi);
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
        'keeps every hard rule and gives the lowest cost among the team',
      ].filter((x): x is string => x !== null);
      return { ...base, status: 'assigned' as const, code: null, message: why.join('; '), weightedDelta: 0 };
    }
    const partner = assigned.length === 2 ? assigned.slice(0, 1) : [];
    const facts = instance.workers[wi]?.eligibility;
    const colleagues = partner.map((pi) => instance.workers[pi]?.eligibility);
    const ineligible = facts === undefined ? null : ineligibilityOnVisit(facts, date, colleagues);
    if (ineligible !== null) {
      const message = `${BREACH_MESSAGE.ineligible}: ${ineligible.reason}`;
      return { ...base, status: 'ruled_out' as const, code: 'ineligible' as const, message, weightedDelta: null };
    }
    const code = state.check(vi, wi, at);
    if (code !== null)
      return { ...base, status: 'ruled_out' as const, code, message: BREACH_MESSAGE[code], weightedDelta: null };
    if (v.need === 2 && assigned.length === 0) {
      return {
        ...base,
        status: 'possible' as const,
        code: null,
        message: 'could take it, but no second worker was free at the same time',
        weightedDelta: null,
      };
    }
    state.assign(vi, v.need === 2 ? [...partner, wi] : [wi], at);
    const delta = state.weighted() - reference;
    state.unassign(vi);
    return {
      ...base,
      status: 'possible' as const,
      code: null,
      message:
        assigned.length === 0
          ? 'could take it'
          : `could take it; plan cost would change by ${delta >= 0 ? '+' : ''}${Math.round(delta * 100) / 100}`,
      weightedDelta: Math.round(delta * 100) / 100,
    };
  });
  return {
    visitId,
    assignedWorkerIds: assigned.map((wi) => m.workers[wi]?.id ?? ''),
    startMinute: s >= 0 ? s : null,
    team,
  };
}
