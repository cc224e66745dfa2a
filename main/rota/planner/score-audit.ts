import { recomputeObjective } from './recompute';
import type { PlanState } from './state';
import { TERM_NAMES } from './terms';

/** The incrementally tracked score no longer equals a full recomputation: a bookkeeping bug, named by its term. */
export class ScoreDriftError extends Error {
  constructor(
    readonly where: string,
    readonly term: string,
    readonly tracked: number,
    readonly recomputed: number,
  ) {
    super(`score drift after ${where}: ${term} is tracked as ${tracked} but recomputes to ${recomputed}`);
    this.name = 'ScoreDriftError';
  }
}

/**
 * In assert mode (`state.assertScores`, set by tests and off in production), check that the tracked coverage and
 * every tracked term equal a recomputation from the placements alone; throw naming the first that drifted.
 * `where` says which move or phase was just accepted.
 */
export function auditScore(state: PlanState, where: string): void {
  if (!state.assertScores) return;
  const full = recomputeObjective(state.model, state.start, state.workersOf);
  const tracked = state.objective();
  const pairs: [string, number, number][] = [
    ['unassignedMinutes', tracked.unassignedMinutes, full.unassignedMinutes],
    ['unassignedVisits', tracked.unassignedVisits, full.unassignedVisits],
    ...TERM_NAMES.map((name): [string, number, number] => [name, tracked.terms[name], full.terms[name]]),
  ];
  for (const [term, a, b] of pairs) if (Math.abs(a - b) > 1e-6) throw new ScoreDriftError(where, term, a, b);
}
