import { z } from 'zod';
import { ObjectiveWeights } from '../rota/instance';

/**
 * How long the planner may search. Longer covers more visits and, with a high continuity weight, keeps each
 * person's team smaller (measured on the neighbourhood week: see the rota issue's closing note).
 */
export const PlanningTime = z.enum(['quick', 'thorough'], { message: 'Choose how long the planner may take' });
/** How long the planner may search. */
export type PlanningTime = z.infer<typeof PlanningTime>;

/** The move budget and wall-clock cap of each planning time. */
export const PLANNING_BUDGETS: Record<PlanningTime, { iterations: number; timeLimitMs: number }> = {
  quick: { iterations: 500_000, timeLimitMs: 8_000 },
  thorough: { iterations: 2_000_000, timeLimitMs: 60_000 },
};

/** What each planning time means to the coordinator waiting for it. */
export const PLANNING_TIME_LABELS: Record<PlanningTime, string> = {
  quick: 'Quick: up to 8 seconds',
  thorough: 'Thorough: up to a minute, covers more visits',
};

function weight(what: string) {
  return z
    .number({ message: `Enter a number for ${what.toLowerCase()}` })
    .min(0, `${what} cannot be below 0`)
    .max(100_000, `${what} must be 100,000 or less`);
}

/** The branch's planning priorities after coverage (the objective's weights), one field per term. */
export const PlannerWeightsInput = z.object({
  distinctWorker: weight('Each extra worker a person sees'),
  notPreferred: weight('A visit not done by a preferred worker'),
  travelMinute: weight('Each minute of paid travel'),
  splitShift: weight('Each split shift'),
  guaranteedShortfallMinute: weight('Each minute below guaranteed hours'),
  startDeviationMinute: weight('Each minute a visit moves from its ideal time'),
  fairnessExcessMinute: weight('Each minute above guaranteed hours'),
  // Not on the settings page yet: a save keeps the planner's default.
  workerWithoutDayOff: weight('A worker with no whole day off in the week').default(
    ObjectiveWeights.parse({}).workerWithoutDayOff,
  ),
  // Planner settings saved before this priority existed keep the planner's default.
  longWeekMinute: weight('Each minute far above guaranteed hours').default(ObjectiveWeights.parse({}).longWeekMinute),
}) satisfies z.ZodType<ObjectiveWeights>;

/** The planner settings a branch keeps: its priorities and how long a plan may take. */
export const PlannerSettings = z.object({ weights: PlannerWeightsInput, planningTime: PlanningTime });
/** The planner settings a branch keeps. */
export type PlannerSettings = z.infer<typeof PlannerSettings>;
