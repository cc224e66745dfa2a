import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, optionalText, requiredText } from '../common';
import { daysBetween } from '@shared/domain/time/iso-week';
import { QualificationCode } from '../pathway/qualifications';
import { minimumDuration } from './rules';

/** An apprenticeship standard reference such as ST0005. */
export const StandardCode = z
  .string({ message: 'Enter a standard reference' })
  .trim()
  .toUpperCase()
  .regex(/^ST\d{4}$/, 'Enter a standard reference like ST0005');

/** A standard the branch uses, with its published minimum OTJ hours (kept as editable data). */
export const ApprenticeshipStandard = z.object({
  code: z.string(),
  title: z.string(),
  level: z.number().int(),
  qualificationCode: z.number().int(),
  typicalMonths: z.number().int(),
  minimumOtjHours: z.number(),
  minimumOtjNote: z.string().nullable(),
});
export type ApprenticeshipStandard = z.infer<typeof ApprenticeshipStandard>;

/** Add or edit a standard ("another" standard, or the published minimum once known). */
export const ApprenticeshipStandardInput = z.object({
  code: StandardCode,
  title: requiredText('the standard title', 120),
  level: z.number({ message: 'Enter the level' }).int().min(2, 'Level must be 2 to 7').max(7, 'Level must be 2 to 7'),
  qualificationCode: QualificationCode,
  typicalMonths: z
    .number({ message: 'Enter the typical duration' })
    .int()
    .min(8, 'At least 8 months')
    .max(60, 'At most 60 months'),
  minimumOtjHours: z
    .number({ message: 'Enter the minimum OTJ hours' })
    .min(0, 'Hours cannot be negative')
    .max(5000, 'Enter 5,000 hours or fewer'),
  minimumOtjNote: optionalText('note', 300),
});
export type ApprenticeshipStandardInput = z.infer<typeof ApprenticeshipStandardInput>;

/** Where functional skills English or maths stand for an apprentice. */
export const FunctionalSkillStatus = z.enum(['not_started', 'in_progress', 'achieved', 'exempt', 'not_taking']);
export type FunctionalSkillStatus = z.infer<typeof FunctionalSkillStatus>;

/** Labels for functional skills status. */
export const FUNCTIONAL_SKILL_LABELS: Record<FunctionalSkillStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  achieved: 'Achieved',
  exempt: 'Exempt (prior achievement)',
  not_taking: 'Not taking (optional)',
};

/** Whether both dates of an enrolment parsed, so the cross-field date rules can run. */
function datesParsed(payload: { issues: readonly { path?: readonly PropertyKey[] }[] }): boolean {
  return !payload.issues.some((issue) => issue.path?.[0] === 'startDate' || issue.path?.[0] === 'plannedEndDate');
}

/** Enrol a worker on a standard. */
export const EnrolmentInput = z
  .object({
    staffId: Id,
    standardCode: StandardCode,
    providerName: requiredText('the training provider', 120),
    startDate: IsoDate,
    plannedEndDate: IsoDate,
    mentorStaffId: Id.nullable(),
    weeklyHours: z
      .number({ message: 'Enter the weekly working hours' })
      .min(1, 'Enter at least 1 hour a week')
      .max(48, 'Enter 48 hours a week or fewer'),
    ageAtStart: z
      .number({ message: 'Enter the age at start' })
      .int('Enter the age in whole years')
      .min(16, 'Apprentices are 16 or over')
      .max(80, 'Enter an age of 80 or under'),
    englishStatus: FunctionalSkillStatus,
    mathsStatus: FunctionalSkillStatus,
  })
  // `when` lets the date rules run even while other fields are missing, so the error summary lists every problem at
  // once.
  .refine((value) => value.plannedEndDate > value.startDate, {
    path: ['plannedEndDate'],
    message: 'The planned end date must be after the start date',
    when: datesParsed,
  })
  .refine(
    (value) =>
      value.plannedEndDate <= value.startDate || value.plannedEndDate >= minimumDuration(value.startDate).earliestEnd,
    {
      path: ['plannedEndDate'],
      message:
        'An apprenticeship must last at least 12 months (8 months for a start from 1 Aug 2025): ' +
        'choose a later planned end date',
      when: datesParsed,
    },
  )
  .refine(
    (value) => value.plannedEndDate <= value.startDate || daysBetween(value.startDate, value.plannedEndDate) <= 6 * 366,
    {
      path: ['plannedEndDate'],
      message: 'The planned end date must be within 6 years of the start',
      when: datesParsed,
    },
  );
export type EnrolmentInput = z.infer<typeof EnrolmentInput>;

/** Apprenticeship lifecycle. */
export const ApprenticeshipStatus = z.enum(['active', 'completed', 'withdrawn']);
export type ApprenticeshipStatus = z.infer<typeof ApprenticeshipStatus>;

/** End-point assessment grades. */
export const EpaResult = z.enum(['fail', 'pass', 'merit', 'distinction'], { message: 'Choose the result' });
export type EpaResult = z.infer<typeof EpaResult>;

/** OTJ entry lifecycle: an apprentice's own entries wait for their mentor or a manager. */
export const OtjEntryStatus = z.enum(['pending', 'approved', 'rejected']);
export type OtjEntryStatus = z.infer<typeof OtjEntryStatus>;

/** Where an OTJ entry came from. */
export const OtjSource = z.enum(['manual', 'training_session']);
export type OtjSource = z.infer<typeof OtjSource>;

/** Log off-the-job hours on a day. */
export const OtjEntryInput = z.object({
  apprenticeshipId: Id,
  date: IsoDate,
  hours: z
    .number({ message: 'Enter the hours' })
    .gt(0, 'Hours must be more than 0')
    .max(24, 'Hours cannot be more than 24 in a day')
    .refine((h) => Number.isInteger(h * 4), 'Enter hours in quarters (e.g. 1.25)'),
  activity: requiredText('the activity', 200),
  evidence: optionalText('evidence note', 500),
});
export type OtjEntryInput = z.infer<typeof OtjEntryInput>;

/** One OTJ entry. */
export const OtjEntry = z.object({
  id: Id,
  apprenticeshipId: Id,
  date: IsoDate,
  hours: z.number(),
  activity: z.string(),
  evidence: z.string().nullable(),
  source: OtjSource,
  sessionId: z.string().nullable(),
  status: OtjEntryStatus,
  loggedBy: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: IsoDateTime.nullable(),
});
export type OtjEntry = z.infer<typeof OtjEntry>;

/** A progress review with all three parties. */
export const ReviewInput = z.object({
  apprenticeshipId: Id,
  reviewDate: IsoDate,
  apprenticePresent: z.boolean().refine((present) => present, 'The apprentice must take part in the review'),
  employerRep: requiredText('who attended for the employer', 120),
  providerRep: requiredText('who attended for the training provider', 120),
  progressSummary: requiredText('a summary of progress', 2000),
  actions: requiredText('the actions agreed', 2000),
});
export type ReviewInput = z.infer<typeof ReviewInput>;

/** A recorded review. */
export const Review = z.object({
  id: Id,
  apprenticeshipId: Id,
  reviewDate: IsoDate,
  employerRep: z.string(),
  providerRep: z.string(),
  progressSummary: z.string(),
  actions: z.string(),
  recordedBy: z.string(),
});
export type Review = z.infer<typeof Review>;

/** The gateway checklist items a manager ticks (OTJ hours and English/maths are computed, not ticked). */
export const GATEWAY_ITEMS = [
  { key: 'diploma', label: 'Mandatory diploma achieved' },
  { key: 'care_certificate', label: 'Care Certificate standards completed (Level 2 and 3)' },
  { key: 'portfolio', label: 'Self-assessment or portfolio ready for the professional discussion' },
  { key: 'testimonies', label: 'Testimonies from people who use services' },
  { key: 'three_party_agreement', label: 'Employer, provider and apprentice agree the apprentice is ready' },
] as const;

/** A gateway item key. */
export const GatewayItemKey = z.enum(GATEWAY_ITEMS.map((i) => i.key) as ['diploma', ...string[]]);
export type GatewayItemKey = z.infer<typeof GatewayItemKey>;

/** Tick (or untick) a gateway item. */
export const GatewayItemInput = z.object({
  apprenticeshipId: Id,
  key: GatewayItemKey,
  doneOn: IsoDate.nullable(),
});
export type GatewayItemInput = z.infer<typeof GatewayItemInput>;

/** A gateway checklist line. */
export const GatewayLine = z.object({
  key: z.string(),
  label: z.string(),
  met: z.boolean(),
  detail: z.string(),
  manual: z.boolean(),
});
export type GatewayLine = z.infer<typeof GatewayLine>;

/** Record the end-point assessment; a pass at any grade completes the apprenticeship and adds the qualification. */
export const EpaInput = z.object({
  apprenticeshipId: Id,
  epaDate: IsoDate,
  result: EpaResult,
  /** Record the result even though the gateway checklist is incomplete; the reason is audited. */
  overrideReason: optionalText('override reason', 500),
});
export type EpaInput = z.infer<typeof EpaInput>;

/** Update English/maths tracking. */
export const FunctionalSkillsInput = z.object({
  apprenticeshipId: Id,
  englishStatus: FunctionalSkillStatus,
  mathsStatus: FunctionalSkillStatus,
});
export type FunctionalSkillsInput = z.infer<typeof FunctionalSkillsInput>;

/** OTJ planned vs actual as the screens show it. */
export const OtjSummary = z.object({
  ruleSummary: z.string(),
  plannedTotal: z.number(),
  plannedToDate: z.number(),
  actualToDate: z.number(),
  pendingHours: z.number(),
  status: z.enum(['on_track', 'behind', 'met']),
  catchUpPerWeek: z.number(),
  /** Weeks of the planned duration less statutory leave (the weeks the percentage and weekly rules count). */
  weeksLessLeave: z.number(),
  /** The minimum duration for the start date, in months, and whether the planned end meets it. */
  minimumMonths: z.number().int(),
  meetsMinimumDuration: z.boolean(),
});
export type OtjSummary = z.infer<typeof OtjSummary>;

/** One apprenticeship in lists and the dashboard. */
export const ApprenticeshipRow = z.object({
  id: Id,
  staffId: Id,
  name: z.string(),
  standardCode: z.string(),
  standardTitle: z.string(),
  level: z.number().int(),
  startDate: IsoDate,
  plannedEndDate: IsoDate,
  status: ApprenticeshipStatus,
  otjStatus: z.enum(['on_track', 'behind', 'met']),
  otjActual: z.number(),
  otjPlannedToDate: z.number(),
  catchUpPerWeek: z.number(),
  nextReviewDue: IsoDate,
  reviewDaysLeft: z.number().int(),
});
export type ApprenticeshipRow = z.infer<typeof ApprenticeshipRow>;

/** The full apprenticeship page. */
export const ApprenticeshipDetail = z.object({
  id: Id,
  staffId: Id,
  name: z.string(),
  standard: ApprenticeshipStandard,
  providerName: z.string(),
  startDate: IsoDate,
  plannedEndDate: IsoDate,
  mentorStaffId: Id.nullable(),
  mentorName: z.string().nullable(),
  weeklyHours: z.number(),
  ageAtStart: z.number().int(),
  status: ApprenticeshipStatus,
  englishMaths: z.object({
    requirement: z.enum(['required', 'optional']),
    targetLevel: z.number().int(),
    englishStatus: FunctionalSkillStatus,
    mathsStatus: FunctionalSkillStatus,
  }),
  otj: OtjSummary,
  entries: z.array(OtjEntry),
  reviews: z.array(Review),
  nextReviewDue: IsoDate,
  reviewDaysLeft: z.number().int(),
  gateway: z.array(GatewayLine),
  gatewayReady: z.boolean(),
  epaDate: IsoDate.nullable(),
  epaResult: EpaResult.nullable(),
  completedOn: IsoDate.nullable(),
  /** Whether the caller may approve pending OTJ entries (manager, or the named mentor). */
  canApprove: z.boolean(),
  canManage: z.boolean(),
});
export type ApprenticeshipDetail = z.infer<typeof ApprenticeshipDetail>;

/** The apprenticeships dashboard. */
export const ApprenticeshipDashboard = z.object({
  activeByStandard: z.array(z.object({ standardCode: z.string(), title: z.string(), count: z.number().int() })),
  active: z.array(ApprenticeshipRow),
  behind: z.array(ApprenticeshipRow),
  reviewsDue: z.array(ApprenticeshipRow),
  gatewaysSoon: z.array(ApprenticeshipRow),
  startsByMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
  completionsByMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
  pendingOtjEntries: z.number().int(),
});
export type ApprenticeshipDashboard = z.infer<typeof ApprenticeshipDashboard>;
