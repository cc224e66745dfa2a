import type { RotaInstance } from '@shared/domain/rota/instance';
import type { RotaPlan } from '@shared/domain/rota/plan';
import { ineligibilityOnVisit } from '@shared/domain/staff/eligibility';
import { stateOfPlan } from './objective';
import type { MemberEffect } from './explain';

/** A way to cover a visit: who takes it, at what start, and what it does to each of their weeks. */
export interface CoverCandidate {
  startMinute: number;
  workerIds: string[];
  /** Per worker, in the order of workerIds. */
  effects: (MemberEffect & { visitsToPerson: number; preferred: boolean })[];
  /** Weighted objective change against leaving the visit uncovered: ranks the options, never shown. */
  weightedDelta: number;
}

/** How many options to keep for each start time (best fit first). */
const PER_START = 3;

/**
 * The ways to cover a visit at each of the given starts: every worker of `pool` (default: whoever may visit it,
 * the team plus any consented outside worker) free and keeping every hard rule there, or every such pair for a
 * double-up, best fit first, at most three per start. Pure: reads the instance and plan only.
 */
export function coverCandidates(
  instance: RotaInstance,
  plan: RotaPlan,
  visitId: string,
  starts: readonly number[],
  pool?: readonly string[],
): CoverCandidate[] {
  const state = stateOfPlan(instance, plan);
  const m = state.model;
  const vi = m.visitIndex.get(visitId);
  const v = vi === undefined ? undefined : m.visits[vi];
  if (vi === undefined || v === undefined) throw new Error(`unknown visit ${visitId}`);
  const date = instance.days[v.day]?.date ?? '';
  const counts = new Map(state.clientCounts[v.client] ?? []);
  state.unassign(vi);
  const reference = state.weighted();
  const members = pool
    ? pool.map((id) => m.workerIndex.get(id)).filter((x): x is number => x !== undefined)
    : v.candidates;
  const eligible = members.filter((wi) => {
    const facts = instance.workers[wi]?.eligibility;
    return facts === undefined || ineligibilityOnVisit(facts, date, []) === null;
  });
  const out: CoverCandidate[] = [];
  for (const start of starts) {
    const free = eligible.filter((wi) => state.check(vi, wi, start) === null);
    const groups: number[][] =
      v.need === 1 ? free.map((wi) => [wi]) : free.flatMap((a, i) => free.slice(i + 1).map((b) => [a, b]));
    const here = groups.map((workers) => {
      const before = workers.map((wi) => state.dayRes[wi]?.[v.day]);
      state.assign(vi, workers, start);
      const delta = state.weighted() - reference;
      const effects = workers.map((wi, i) => {
        const after = state.dayRes[wi]?.[v.day];
        return {
          travelMinutes: (after?.travel ?? 0) - (before[i]?.travel ?? 0),
          splitShifts: Math.max(0, (after?.stretches ?? 0) - 1) - Math.max(0, (before[i]?.stretches ?? 0) - 1),
          weekMinutes: Math.round(state.weekWork[wi] ?? 0),
          guaranteedMinutes: m.workers[wi]?.guaranteed ?? 0,
          visitsToPerson: counts.get(wi) ?? 0,
          preferred: v.preferred.has(wi),
        };
      });
      state.unassign(vi);
      return {
        startMinute: start,
        workerIds: workers.map((wi) => m.workers[wi]?.id ?? ''),
        effects,
        weightedDelta: Math.round(delta * 100) / 100,
      };
    });
    here.sort((a, b) => a.weightedDelta - b.weightedDelta);
    out.push(...here.slice(0, PER_START));
  }
  return out;
}
