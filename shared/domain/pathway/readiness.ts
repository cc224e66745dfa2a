import { z } from 'zod';
import { addMonths, wholeMonthsBetween } from '@shared/domain/time/calendar';
import { qualificationTitle } from './qualifications';
import { formatDate } from '@shared/domain/time/format';

/** One line of a readiness checklist: what is needed, whether it is met, and what to do if not. */
export const ChecklistItem = z.object({
  kind: z.enum(['course', 'qualification', 'time', 'signOff']),
  label: z.string(),
  met: z.boolean(),
  detail: z.string(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

/** A worker's readiness for one step: the checklist and whether every item is met. */
export const Readiness = z.object({
  stepId: z.string(),
  stepName: z.string(),
  ready: z.boolean(),
  metCount: z.number().int(),
  items: z.array(ChecklistItem),
});
export type Readiness = z.infer<typeof Readiness>;

/** What the rule needs to know about a step. */
export interface StepRequirements {
  id: string;
  name: string;
  previousStepId: string | null;
  minMonthsInPrevious: number;
  requiresSignOff: boolean;
  requiredCourses: { courseId: string; label: string }[];
  requiredQualifications: number[];
}

/** What the rule needs to know about a worker, gathered from their records on `today`. */
export interface WorkerFacts {
  /** The step they are on now and since when; null if not yet placed. */
  current: { stepId: string; stepName: string; since: string } | null;
  validCourseIds: ReadonlySet<string>;
  /**
   * Required courses only other courses meet for this worker: Oliver McGowan Tier 1 → the Tier 2 courses, for someone
   * who gives face-to-face care (`tier2InPlaceOfTier1`); empty for anyone else.
   */
  coursesInPlaceOf: ReadonlyMap<string, readonly string[]>;
  qualificationCodes: ReadonlySet<number>;
  /** Step ids someone allowed to has signed off for this worker, with the date. */
  signOffs: ReadonlyMap<string, string>;
}

/**
 * Readiness for a step, computed only from records so it is never a matter of opinion. Time in the previous step
 * counts whole calendar months on the current step (when the worker is on the step's usual previous step, or on any
 * step when the step names none).
 */
export function readinessFor(step: StepRequirements, facts: WorkerFacts, today: string): Readiness {
  const items: ChecklistItem[] = [];
  for (const course of step.requiredCourses) {
    const instead = facts.coursesInPlaceOf.get(course.courseId);
    if (instead !== undefined) {
      const met = instead.some((id) => facts.validCourseIds.has(id));
      items.push({
        kind: 'course',
        label: `${course.label}: Tier 2 for face-to-face care`,
        met,
        detail: met
          ? 'Valid Tier 2 training record'
          : 'Tier 1 alone does not count for someone who gives face-to-face care: book and complete Tier 2',
      });
      continue;
    }
    const met = facts.validCourseIds.has(course.courseId);
    items.push({
      kind: 'course',
      label: course.label,
      met,
      detail: met ? 'Valid training record' : 'Book and complete this course (or renew it if it has expired)',
    });
  }
  for (const code of step.requiredQualifications) {
    const met = facts.qualificationCodes.has(code);
    items.push({
      kind: 'qualification',
      label: qualificationTitle(code),
      met,
      detail: met ? 'Achieved' : 'Not yet achieved: ask about enrolling on it',
    });
  }
  if (step.minMonthsInPrevious > 0) {
    items.push(timeItem(step, facts, today));
  }
  if (step.requiresSignOff) {
    const signedOn = facts.signOffs.get(step.id);
    items.push({
      kind: 'signOff',
      label: 'Supervisor sign-off',
      met: signedOn !== undefined,
      detail: signedOn
        ? `Signed off on ${formatDate(signedOn)}`
        : 'Your supervisor or manager signs off when they agree you are ready',
    });
  }
  const metCount = items.filter((i) => i.met).length;
  return { stepId: step.id, stepName: step.name, ready: metCount === items.length, metCount, items };
}

function timeItem(step: StepRequirements, facts: WorkerFacts, today: string): ChecklistItem {
  const label = `${step.minMonthsInPrevious} months in the previous step`;
  const current = facts.current;
  if (!current) return { kind: 'time', label, met: false, detail: 'Not yet placed on the pathway' };
  if (step.previousStepId !== null && current.stepId !== step.previousStepId) {
    return {
      kind: 'time',
      label,
      met: false,
      detail: `Time counts on the step before this one, not on ${current.stepName}`,
    };
  }
  const months = wholeMonthsBetween(current.since, today);
  if (months >= step.minMonthsInPrevious)
    return { kind: 'time', label, met: true, detail: `${months} months as ${current.stepName}` };
  return {
    kind: 'time',
    label,
    met: false,
    detail: `${months} months so far; met on ${formatDate(addMonths(current.since, step.minMonthsInPrevious))}`,
  };
}

/**
 * The steps that follow a worker's current step (their next steps, core first); the entry steps when not placed.
 */
export function nextSteps<
  T extends {
    id: string;
    previousStepId: string | null;
    route: 'core' | 'specialist';
    archived: boolean;
    sortOrder: number;
  },
>(steps: readonly T[], currentStepId: string | null): T[] {
  return steps
    .filter((s) => !s.archived && s.previousStepId === currentStepId && s.id !== currentStepId)
    .sort((a, b) => (a.route === b.route ? a.sortOrder - b.sortOrder : a.route === 'core' ? -1 : 1));
}
