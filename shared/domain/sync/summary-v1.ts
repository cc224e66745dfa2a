import { z } from 'zod';
import { IsoDateTime } from '../common';
import { ProviderKind, Strand } from '../training/catalogue';
import { CharterStatus } from '../staff/charter';
import type { JobRoleGroup } from '../staff/job-roles';
import { Count, Measure, Share, breakdownOf } from './counts';
import { Period } from './period';

// Summary version 1 (council-sync.md). Every figure is about groups, never a person: counts go through
// suppression.ts, so a count from 1 to 4 is "<5" and anything that would reveal one is "withheld".
//
// "Capacity Tracker" below is the national home care Capacity Tracker return (monthly, mandatory since 31 July 2022
// under section 277A of the Health and Social Care Act 2012); "ASC-WDS" is the Adult Social Care Workforce Data Set
// (its bulk-upload field names in capitals). Where a figure names one, it is counted the same way, so a commissioner
// can reconcile the two without asking.

/** ASC-WDS job role groups (MAINJOBROLE grouped as the staff file does). */
export const RoleGroup = z.enum(['care_providing', 'managerial', 'professional', 'it_digital', 'other']);
export type RoleGroup = z.infer<typeof RoleGroup>;
// The staff file's groups and the summary's must stay one list.
const _roleGroupsMatch: [RoleGroup, JobRoleGroup] extends [JobRoleGroup, RoleGroup] ? true : never = true;
void _roleGroupsMatch;

/** Contract types as ASC-WDS EMPLSTATUS: 1 permanent, 2 temporary, 3 pool or bank, 4 agency, 7 other. */
export const ContractType = z.enum(['permanent', 'temporary', 'bank', 'agency', 'other']);
export type ContractType = z.infer<typeof ContractType>;

/** Care Workforce Pathway role categories as ASC-WDS CWPCATEGORY 1–7, 998 (none of these) and 999 (not known). */
export const PathwayCategory = z.enum([
  'new_to_care',
  'care_or_support_worker',
  'enhanced_care_worker',
  'supervisor_or_leader',
  'practice_leader',
  'deputy_manager',
  'registered_manager',
  'none_of_these',
  'not_known',
]);
export type PathwayCategory = z.infer<typeof PathwayCategory>;

/** Ethnic group (the five ONS groups over the ASC-WDS ETHNICITY codes 31–47; 98, 99 and "prefer not to say"). */
export const EthnicGroup = z.enum(['white', 'mixed', 'asian', 'black', 'other', 'not_known']);
export type EthnicGroup = z.infer<typeof EthnicGroup>;

/** Sex as ASC-WDS GENDER (1 male, 2 female, 4 other, 3 not known). */
export const SexGroup = z.enum(['female', 'male', 'other', 'not_known']);
export type SexGroup = z.infer<typeof SexGroup>;

/** Disability as ASC-WDS DISABLED (1 yes, 0 no, else not known). */
export const DisabilityGroup = z.enum(['yes', 'no', 'not_known']);
export type DisabilityGroup = z.infer<typeof DisabilityGroup>;

/** Age on the last day of the period, in bands wide enough that a band rarely holds fewer than five. */
export const AgeBand = z.enum(['under_25', '25_to_34', '35_to_44', '45_to_54', '55_to_64', '65_and_over', 'not_known']);
export type AgeBand = z.infer<typeof AgeBand>;

/** The training sets reported: the five specialist strands and the mandatory set (the Care Certificate standards). */
export const TrainingSet = z.enum([...Strand.options, 'mandatory']);
export type TrainingSet = z.infer<typeof TrainingSet>;

/** The kinds of organisation whose staff book desks and sign in at the hub. */
export const VisitingOrgType = z.enum(['nhs_community', 'nhs_primary_care', 'council', 'voluntary', 'other']);
export type VisitingOrgType = z.infer<typeof VisitingOrgType>;

/** Where the lowest hourly rate paid in the period falls, as a band; never one person's figure. */
export const LowestRateBand = z.enum(['below_floor', 'floor_to_london_living_wage', 'at_or_above_london_living_wage']);
export type LowestRateBand = z.infer<typeof LowestRateBand>;

/** An apprenticeship standard reference as published by Skills England (e.g. ST0005, Adult care worker). */
export const StandardReference = z.string().regex(/^ST\d{4}$/, 'A standard reference looks like ST0005');

/** What a provider or branch id may hold: letters, digits, . _ - (as the council's token CLI takes it). */
export const SUMMARY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The branch that sent a summary. */
export const SummaryBranch = z.object({
  /** The provider organisation's id (its CQC provider id), the same for every branch of one provider. */
  providerId: z.string().regex(SUMMARY_ID_PATTERN, 'A provider id is letters, digits, . _ -'),
  /** The provider organisation's registered name. */
  providerName: z.string().trim().min(1).max(200),
  /** The branch's id, as the council issued its token for (`council:token create --branch <id>`). */
  branchId: z.string().regex(SUMMARY_ID_PATTERN, 'A branch id is letters, digits, . _ -'),
  /** The branch's name as the council knows it. */
  branchName: z.string().trim().min(1).max(200),
  /** The neighbourhood the branch serves (the council's own neighbourhood name). */
  neighbourhood: z.string().trim().min(1).max(120),
});
export type SummaryBranch = z.infer<typeof SummaryBranch>;

/** Workforce on the last day of a calendar month. */
export const WorkforceV1 = z.object({
  /**
   * Everyone on the staff file employed on the last day of the month: started by then, not left by then (ASC-WDS
   * workers). The Capacity Tracker's directly employed headcount is this less the bank and agency cells of
   * byContractType, and its agency or bank headcount those two cells (capacity-tracker.ts adds them up).
   */
  headcount: Count,
  /**
   * Headcount by ASC-WDS job role group (MAINJOBROLE grouped); care_providing is the Capacity Tracker's
   * care-providing staff, the other groups together its non-care-providing staff.
   */
  byRoleGroup: breakdownOf(RoleGroup),
  /** Full-time equivalents by role group (contracted hours ÷ 37.5; ASC-WDS CONTHOURS), withheld where the group's
   * headcount is suppressed. */
  fteByRoleGroup: z.record(RoleGroup, Measure),
  /** Headcount by contract type (ASC-WDS EMPLSTATUS). */
  byContractType: breakdownOf(ContractType),
  /** Workers on zero-hours contracts (ASC-WDS ZEROHRCONT = yes) of all workers; the Charter wants none. */
  zeroHours: Share,
  /** People who started in the 12 months to the period's end (ASC-WDS STARTERS). */
  starters12Months: Count,
  /** People who left in the 12 months to the period's end (ASC-WDS LEAVERS). */
  leavers12Months: Count,
  /** Leavers in 12 months ÷ headcount on the last day (the ASC-WDS / Skills for Care turnover rate; can pass 1). */
  turnover12Months: Measure,
  /** Posts advertised and not filled on the last day (ASC-WDS VACANCIES; Capacity Tracker vacancies). */
  vacancies: Count,
  /** Workers whose home is in the borough, of all workers with a home address recorded. */
  livingInBorough: Share,
  /** Headcount by Care Workforce Pathway role category (ASC-WDS CWPCATEGORY). */
  byPathwayCategory: breakdownOf(PathwayCategory),
  /** Headcount by ethnic group, sex, disability and age band (ASC-WDS ETHNICITY, GENDER, DISABLED, DOB as bands). */
  equality: z.object({
    /** By ethnic group. */
    ethnicGroup: breakdownOf(EthnicGroup),
    /** By sex. */
    sex: breakdownOf(SexGroup),
    /** By disability. */
    disability: breakdownOf(DisabilityGroup),
    /** By age band. */
    ageBand: breakdownOf(AgeBand),
  }),
});
export type WorkforceV1 = z.infer<typeof WorkforceV1>;

/** Pay in a calendar month, measured against the branch's pay policy (its floor and the London Living Wage). */
export const PayV1 = z.object({
  /** The band the lowest hourly rate paid falls in; null when no pay was recorded. */
  lowestRateBand: LowestRateBand.nullable(),
  /** Workers paid at or above the policy floor for every hour, of all paid workers. */
  atOrAboveFloor: Share,
  /** Shifts whose travel time was paid at the full hourly rate, of all shifts with travel. */
  travelPaidFullRate: Share,
  /** Whether an occupational sick pay scheme (beyond SSP) covers every worker; null when not recorded. */
  occupationalSickPay: z.boolean().nullable(),
  /**
   * Working days lost to sickness in the month: ASC-WDS DAYSSICK (half days) summed over the workers employed on the
   * last day and rounded to whole days (Capacity Tracker days lost to sickness).
   */
  sickDays: Count,
  /**
   * Sick pay (SSP and occupational) for the month's qualifying days, in hours at each worker's hourly rate; withheld
   * when the sick days are suppressed.
   */
  sickPayHours: Measure,
});
export type PayV1 = z.infer<typeof PayV1>;

/** One training set's compliance at the end of the month. */
export const TrainingSetV1 = z.object({
  /** Workers whose role requires the set and who hold every required course in date, of those required. */
  compliant: Share,
  /** Required workers with a course expiring within 90 days of the period's end. */
  expiringWithin90Days: Count,
  /** Course completions in the month, by kind of training provider (ASC-WDS training records, counted). */
  completionsByProvider: breakdownOf(ProviderKind),
});
export type TrainingSetV1 = z.infer<typeof TrainingSetV1>;

/** Training for each specialist strand and the mandatory set. */
export const TrainingV1 = z.record(TrainingSet, TrainingSetV1);
export type TrainingV1 = z.infer<typeof TrainingV1>;

/** Apprenticeships in a calendar month. */
export const ApprenticeshipsV1 = z.object({
  /** Apprentices on programme on the last day, by standard (ASC-WDS APPRENTICE = yes, by standard). */
  activeByStandard: breakdownOf(StandardReference),
  /** Apprenticeships started in the month. */
  starts: Count,
  /** Apprenticeships completed (end-point assessment passed) in the month. */
  completions: Count,
  /** Active apprentices on track for their off-the-job training hours, of all active. */
  offTheJobOnTrack: Share,
  /** Active apprentices whose progress review is overdue. */
  reviewsOverdue: Count,
});
export type ApprenticeshipsV1 = z.infer<typeof ApprenticeshipsV1>;

/** Care delivery over an ISO week, from the published rota. */
export const CareDeliveryV1 = z.object({
  /** People with at least one planned visit in the week (Capacity Tracker: people receiving home care). */
  peopleSupported: Count,
  /** Visits planned in the published rota. */
  plannedVisits: Count,
  /** Hours of care planned (Capacity Tracker: hours of home care delivered, from plans until actuals are held). */
  plannedHours: Measure,
  /** Visits planned for under 30 minutes, of all planned visits. */
  visitsUnder30Minutes: Share,
  /** Continuity of care: how few different workers each person sees. */
  continuity: z.object({
    /** The median, over people supported, of the distinct workers visiting them in the week. */
    medianWorkersPerPerson: Measure,
    /** The 90th percentile of the same. */
    p90WorkersPerPerson: Measure,
    /** Visits made by the person's chosen team, of all visits; must be every one. */
    byChosenTeam: Share,
  }),
  /** Visits with no worker assigned (or short of a second worker) when the rota was published, of all visits. */
  unassignedVisits: Share,
  /** Minutes of travel between visits paid in the week. */
  paidTravelMinutes: Measure,
  /** Shifts breaking a Working Time Regulations rule (rest, breaks, weekly hours) without a recorded opt-out. */
  workingTimeExceptions: Count,
});
export type CareDeliveryV1 = z.infer<typeof CareDeliveryV1>;

/** The hub over an ISO week. */
export const HubV1 = z.object({
  /** Desk bookings by the visitor's kind of organisation. */
  bookingsByOrgType: breakdownOf(VisitingOrgType),
  /** Sign-ins by the visitor's kind of organisation. */
  signInsByOrgType: breakdownOf(VisitingOrgType),
  /** Desk-hours booked ÷ desk-hours open in the week; null when the hub had no desks open. */
  deskUtilisation: z.number().min(0).max(1).nullable(),
});
export type HubV1 = z.infer<typeof HubV1>;

/** One Ethical Care Charter commitment as the branch computed it. */
export const CharterCommitmentV1 = z.object({
  /** The Charter stage, 1 to 3. */
  stage: z.number().int().min(1).max(3),
  /** The commitment's number within its stage. */
  number: z.number().int().min(1).max(20),
  /** The commitment in plain words. */
  commitment: z.string().trim().min(1).max(300),
  /** met / not met / not measured. */
  status: CharterStatus,
  /** `data`: computed from records; `declared`: the manager's answer; `none`: nothing to go on yet. */
  basis: z.enum(['data', 'declared', 'none']),
  /** The figure behind the status (how many of how many), or null for a declared or unmeasured commitment. */
  figure: Share.nullable(),
});
export type CharterCommitmentV1 = z.infer<typeof CharterCommitmentV1>;

/** The fields of a version 1 summary, before its strictness and section checks (later versions build on them). */
export const SUMMARY_V1_FIELDS = {
  /** The summary format's version; the council accepts the versions it knows. */
  schemaVersion: z.literal(1),
  /** The summary's id (UUIDv7), also the Idempotency-Key it is sent with. */
  summaryId: z
    .string()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'Not a UUIDv7 in lower case'),
  /** The branch that sent it. */
  branch: SummaryBranch,
  /** The ISO week (care delivery, hub) or calendar month (workforce, pay, training, apprenticeships, Charter). */
  period: Period,
  /** When the branch built it (UTC). */
  generatedAt: IsoDateTime,
  /** The branch app's version that built it. */
  appVersion: z.string().regex(/^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/, 'A version looks like 1.2.3'),
  /** The keyed hash of the branch's latest audit entry when it was built (security.md): the council keeps it. */
  auditHead: z.string().regex(/^[0-9a-f]{64}$/, 'An audit head is 64 hexadecimal characters'),
  /** Monthly. */
  workforce: WorkforceV1.optional(),
  /** Monthly. */
  pay: PayV1.optional(),
  /** Monthly. */
  training: TrainingV1.optional(),
  /** Monthly. */
  apprenticeships: ApprenticeshipsV1.optional(),
  /** Monthly. */
  charter: z.array(CharterCommitmentV1).min(1).max(40).optional(),
  /** Weekly. */
  careDelivery: CareDeliveryV1.optional(),
  /** Weekly. */
  hub: HubV1.optional(),
};

/** Everything a version 1 summary can carry; which sections are present depends on the period (see below). */
export const SummaryV1 = z.object(SUMMARY_V1_FIELDS).strict().superRefine(checkSections);
export type SummaryV1 = z.infer<typeof SummaryV1>;

/** Each section a summary of its period needs is present, and no other (every version checks this). */
export function checkSections(
  summary: { period: Period } & Partial<Record<SummarySection, unknown>>,
  ctx: z.RefinementCtx,
): void {
  const expected = SECTIONS_FOR[summary.period.kind];
  for (const section of ALL_SECTIONS) {
    const present = summary[section] !== undefined;
    if (expected.includes(section) && !present)
      ctx.addIssue({
        code: 'custom',
        path: [section],
        message: `A ${PERIOD_WORD[summary.period.kind]} summary needs ${section}`,
      });
    if (!expected.includes(section) && present)
      ctx.addIssue({
        code: 'custom',
        path: [section],
        message: `${section} belongs in a ${PERIOD_WORD[OTHER[summary.period.kind]]} summary`,
      });
  }
}

/** The sections a summary can carry. */
export type SummarySection = 'workforce' | 'pay' | 'training' | 'apprenticeships' | 'charter' | 'careDelivery' | 'hub';
const ALL_SECTIONS: readonly SummarySection[] = [
  'workforce',
  'pay',
  'training',
  'apprenticeships',
  'charter',
  'careDelivery',
  'hub',
];

/** Which sections each kind of period carries: care delivery weekly, the workforce monthly. */
export const SECTIONS_FOR: Record<Period['kind'], readonly SummarySection[]> = {
  week: ['careDelivery', 'hub'],
  month: ['workforce', 'pay', 'training', 'apprenticeships', 'charter'],
};
const PERIOD_WORD: Record<Period['kind'], string> = { week: 'weekly', month: 'monthly' };
const OTHER: Record<Period['kind'], Period['kind']> = { week: 'month', month: 'week' };
