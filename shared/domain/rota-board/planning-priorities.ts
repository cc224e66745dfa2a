import { z } from 'zod';
import { ObjectiveWeights } from '../rota/instance';

/** How much a planning priority matters, in the coordinator's words. */
export const PriorityLevel = z.enum(['a_lot', 'some', 'a_little'], { message: 'Choose how much it matters' });
/** How much a planning priority matters. */
export type PriorityLevel = z.infer<typeof PriorityLevel>;

/** The words for each level. */
export const PRIORITY_LEVEL_LABELS: Record<PriorityLevel, string> = {
  a_lot: 'A lot',
  some: 'Some',
  a_little: 'A little',
};

// Each level scales the planner's default weight: "some" is the default balance; "a lot" and "a little" move it a
// factor of four either way, enough to change plans visibly without one priority swamping every other.
const LEVEL_FACTOR: Record<PriorityLevel, number> = { a_lot: 4, some: 1, a_little: 0.25 };

const DEFAULT_WEIGHTS = ObjectiveWeights.parse({});

/** One planning priority: what it is, and what each level makes the planner do. */
export interface PlanningPriority {
  name: keyof ObjectiveWeights;
  /** Completes "… matters": "Keeping the same workers for each person". */
  label: string;
  levels: Record<PriorityLevel, string>;
}

/** Every priority after coverage, in the order a coordinator weighs them. */
export const PLANNING_PRIORITIES: readonly PlanningPriority[] = [
  {
    name: 'distinctWorker',
    label: 'Keeping the same workers for each person',
    levels: {
      a_lot: 'each person sees as few of their team as the rules allow, even if workers travel more',
      some: 'fewer faces for each person, balanced against travel and hours',
      a_little: 'travel and hours come first; a person may see more of their team',
    },
  },
  {
    name: 'notPreferred',
    label: 'Visits by the workers a person prefers',
    levels: {
      a_lot: 'a preferred worker takes the visit whenever one can',
      some: 'a preferred worker where it costs little elsewhere',
      a_little: 'any worker in the team is as good as a preferred one',
    },
  },
  {
    name: 'travelMinute',
    label: 'Less travel between visits',
    levels: {
      a_lot: 'workers’ days are kept close together, even if a person sees more faces',
      some: 'travel is cut where it does not cost continuity',
      a_little: 'longer journeys are accepted for the other priorities',
    },
  },
  {
    name: 'splitShift',
    label: 'Avoiding split shifts',
    levels: {
      a_lot: 'a worker’s day is one stretch wherever possible',
      some: 'split shifts only where they save a lot elsewhere',
      a_little: 'days may be split to meet the other priorities',
    },
  },
  {
    name: 'guaranteedShortfallMinute',
    label: 'Giving every worker their guaranteed hours',
    levels: {
      a_lot: 'workers below their guaranteed hours get visits first',
      some: 'guaranteed hours are filled where the team allows',
      a_little: 'hours may fall short (the shortfall is still paid)',
    },
  },
  {
    name: 'startDeviationMinute',
    label: 'Visits at the time the person asked for',
    levels: {
      a_lot: 'visits keep their ideal time; the agreed flexibility is a last resort',
      some: 'times move within the agreed flexibility where it helps',
      a_little: 'the whole agreed flexibility is used freely',
    },
  },
  {
    name: 'fairnessExcessMinute',
    label: 'Sharing extra hours fairly',
    levels: {
      a_lot: 'hours above the guarantee are spread evenly across the team',
      some: 'extra hours are spread where it costs little',
      a_little: 'extra hours go wherever suits the plan',
    },
  },
  {
    name: 'longWeekMinute',
    label: 'Keeping any worker from working far above their guaranteed hours',
    levels: {
      a_lot: 'hours far above a worker’s guarantee go to colleagues in the team whenever they can take them',
      some: 'hours far above the guarantee go to colleagues where it costs little continuity',
      a_little: 'a worker may work far above their guaranteed hours to suit the other priorities',
    },
  },
  {
    name: 'workerWithoutDayOff',
    label: 'A whole day off each week for workers who want one',
    levels: {
      a_lot: 'a worker who wants a day off keeps it unless a visit would go uncovered',
      some: 'a day off is kept unless it costs several people their regular workers',
      a_little: 'a day off gives way to the other priorities (the legal rest is always kept)',
    },
  },
];

/** The weight a level stands for. */
export function weightOf(name: keyof ObjectiveWeights, level: PriorityLevel): number {
  return DEFAULT_WEIGHTS[name] * LEVEL_FACTOR[level];
}

/** The level nearest a stored weight (a weight set by hand before the levels reads as the closest one). */
export function levelOf(name: keyof ObjectiveWeights, weight: number): PriorityLevel {
  const ratio = Math.log(Math.max(weight, 1e-9) / DEFAULT_WEIGHTS[name]);
  const levels = PriorityLevel.options;
  return levels.reduce((best, l) =>
    Math.abs(ratio - Math.log(LEVEL_FACTOR[l])) < Math.abs(ratio - Math.log(LEVEL_FACTOR[best])) ? l : best,
  );
}
