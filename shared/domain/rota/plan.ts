import { z } from 'zod';
import { BreachCode } from './breach';
import { DayMinute } from './instance';

/** A visit given to one or two workers at an actual start minute (inside its flexibility). */
export const Assignment = z.object({
  visitId: z.string(),
  workerIds: z.array(z.string()).min(1).max(2),
  startMinute: DayMinute,
});
/** A visit given to worker(s). */
export type Assignment = z.infer<typeof Assignment>;

/** Why a visit is unassigned: each rule that ruled out team members, with those members. */
export const UnassignedReason = z.object({ code: BreachCode, workerIds: z.array(z.string()) });
/** Why a visit is unassigned. */
export type UnassignedReason = z.infer<typeof UnassignedReason>;

/** A visit the planner could not cover without breaking a hard rule. */
export const UnassignedVisit = z.object({ visitId: z.string(), reasons: z.array(UnassignedReason) });
/** A visit left unassigned. */
export type UnassignedVisit = z.infer<typeof UnassignedVisit>;

/** The quality terms of the objective, raw (before weights). */
export const ObjectiveTerms = z.object({
  extraDistinctWorkers: z.number(),
  notPreferredSlots: z.number(),
  paidTravelMinutes: z.number(),
  splitShifts: z.number(),
  guaranteedShortfallMinutes: z.number(),
  startDeviationMinutes: z.number(),
  fairnessExcessMinutes: z.number(),
  /** Workers who want a whole day off in the week but work all seven days (0 in plans written before the term). */
  workersWithoutDayOff: z.number().default(0),
  /**
   * Minutes workers are planned more than the long-week margin above their guaranteed hours (0 in plans written
   * before the term).
   */
  longWeekMinutes: z.number().default(0),
});
/** The quality terms of the objective, raw. */
export type ObjectiveTerms = z.infer<typeof ObjectiveTerms>;

/** Lexicographic objective: coverage first, then the weighted quality sum. Lower is better. */
export const ObjectiveValue = z.object({
  unassignedMinutes: z.number().int(),
  unassignedVisits: z.number().int(),
  weighted: z.number(),
  terms: ObjectiveTerms,
});
/** Lexicographic objective value. */
export type ObjectiveValue = z.infer<typeof ObjectiveValue>;

/** Which limit ended the search. */
export const StopReason = z.enum(['iterations', 'time', 'converged']);
/** Which limit ended the search. */
export type StopReason = z.infer<typeof StopReason>;

/** A planned week: what the planner returns and the validator checks. */
export const RotaPlan = z.object({
  isoWeek: z.string(),
  assignments: z.array(Assignment),
  unassigned: z.array(UnassignedVisit).default([]),
  objective: ObjectiveValue.nullable().default(null),
  stopReason: StopReason.nullable().default(null),
  seed: z.number().int().nullable().default(null),
  iterations: z.number().int().nullable().default(null),
});
/** A planned week. */
export type RotaPlan = z.infer<typeof RotaPlan>;
/** A plan as written in JSON (defaults may be omitted). */
export type RotaPlanInput = z.input<typeof RotaPlan>;
