import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, optionalText, requiredText } from '../common';
import { CwpCategory } from './cwp';
import { QualificationCode } from './qualifications';

/** Whether a step is on the main ladder or a specialist route (e.g. Dementia Lead). */
export const StepRoute = z.enum(['core', 'specialist']);
export type StepRoute = z.infer<typeof StepRoute>;

/** A course the step needs, by the training domain's course id (text; the training tables are another domain's). */
const CourseRequirement = z.object({
  courseId: requiredText('a course id', 64),
  label: requiredText('the course name', 120),
});

/** What a manager types to define one of the branch's progression steps on the CWP backbone. */
export const PathwayStepInput = z.object({
  name: requiredText('a step name', 80),
  cwpCategory: CwpCategory,
  route: StepRoute,
  /** The step a worker usually comes from; null for an entry step. */
  previousStepId: Id.nullable(),
  description: optionalText('description', 500),
  minMonthsInPrevious: z
    .number({ message: 'Enter the months in the previous step' })
    .int('Enter whole months')
    .min(0, 'Months cannot be negative')
    .max(120, 'Enter 120 months or fewer'),
  requiresSignOff: z.boolean(),
  requiredCourses: z.array(CourseRequirement).max(30, 'A step can require at most 30 courses'),
  requiredQualifications: z.array(QualificationCode).max(10, 'A step can require at most 10 qualifications'),
  sortOrder: z.number().int().min(0).max(1000),
});
export type PathwayStepInput = z.infer<typeof PathwayStepInput>;

/** A progression step as the backend returns it. */
export const PathwayStep = z.object({
  id: Id,
  name: z.string(),
  cwpCategory: z.number().int(),
  route: StepRoute,
  previousStepId: Id.nullable(),
  description: z.string().nullable(),
  minMonthsInPrevious: z.number().int(),
  requiresSignOff: z.boolean(),
  requiredCourses: z.array(z.object({ courseId: z.string(), label: z.string() })),
  requiredQualifications: z.array(z.number().int()),
  sortOrder: z.number().int(),
  archived: z.boolean(),
});
export type PathwayStep = z.infer<typeof PathwayStep>;

/** Whether a worker joined the step from outside (appointed) or moved up inside the branch (progressed). */
export const PlacementKind = z.enum(['appointed', 'progressed']);
export type PlacementKind = z.infer<typeof PlacementKind>;

/**
 * A manager records a worker's move onto a step: dated, with any pay change, and a reason when overriding readiness.
 */
export const ProgressionInput = z.object({
  staffId: Id,
  stepId: Id,
  kind: PlacementKind,
  effectiveDate: IsoDate,
  /** New hourly rate in pence from `effectiveDate`; null when pay does not change. */
  newHourlyRatePence: z
    .number({ message: 'Enter the new rate in pounds and pence, for example 14.20' })
    .int('Enter the rate in whole pence')
    .min(1, 'Enter a rate above zero')
    .max(100_000, 'Enter a rate below £1,000 an hour')
    .nullable(),
  note: optionalText('note', 500),
  /** Needed when the step's requirements are not all met: the manager's recorded reason for going ahead. */
  overrideReason: optionalText('override reason', 500),
});
export type ProgressionInput = z.infer<typeof ProgressionInput>;

/** One step in a worker's history. */
export const Placement = z.object({
  id: Id,
  staffId: Id,
  stepId: Id,
  stepName: z.string(),
  cwpCategory: z.number().int(),
  kind: PlacementKind,
  startDate: IsoDate,
  endDate: IsoDate.nullable(),
  newHourlyRatePence: z.number().int().nullable(),
  note: z.string().nullable(),
  overrideReason: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: IsoDateTime,
});
export type Placement = z.infer<typeof Placement>;

/** Who supervises a worker on the pathway, and the borough-resident flag the career view counts. */
export const PathwayMemberInput = z.object({
  staffId: Id,
  supervisorStaffId: Id.nullable(),
  boroughResident: z.boolean().nullable(),
});
export type PathwayMemberInput = z.infer<typeof PathwayMemberInput>;

/** A supervisor's (or manager's) sign-off that a worker is ready for a step. */
export const SignOffInput = z.object({
  staffId: Id,
  stepId: Id,
  signedOn: IsoDate,
  note: optionalText('note', 500),
});
export type SignOffInput = z.infer<typeof SignOffInput>;
