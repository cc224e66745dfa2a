import { z } from 'zod';
import { JobRoleCode } from '../staff/job-roles';
import { Postcode } from '../staff/profile';

const YesNoUnknown = z.enum(['yes', 'no', 'unknown']);
const text = (label: string, max: number) => z.string().trim().max(max, `${label} must be ${max} characters or fewer`);
const code = (codes: readonly number[], what: string) =>
  z
    .number({ message: `Choose ${what}` })
    .int()
    .refine((c) => codes.includes(c), `Unknown code: choose ${what} from the list`);

/** ASC-WDS establishment types (ESTTYPE). */
export const ESTABLISHMENT_TYPES = [
  { code: 6, label: 'Private sector' },
  { code: 7, label: 'Voluntary or charity' },
  { code: 1, label: 'Local authority (adult services)' },
  { code: 3, label: 'Local authority (generic or other)' },
  { code: 8, label: 'Other' },
] as const;

/** Services a homecare branch is likely to run (MAINSERVICE/ALLSERVICES BUDI codes, a subset of domain.md §1.2). */
export const SERVICES = [
  { code: 8, label: 'Domiciliary care services' },
  { code: 73, label: 'Live-in care' },
  { code: 55, label: 'Supported living' },
  { code: 54, label: 'Extra care housing' },
  { code: 13, label: 'Carers support' },
  { code: 15, label: 'Community support and outreach' },
  { code: 14, label: 'Short breaks or respite' },
  { code: 10, label: 'Domestic services and home help' },
  { code: 72, label: 'Head office services' },
] as const;

/** TRAVELTIME answers. */
export const TRAVEL_TIME_ANSWERS = [
  { code: 1, label: 'The same rate for travel time as for visits' },
  { code: 2, label: 'Minimum wage' },
  { code: 3, label: 'A different travel time rate' },
  { code: 4, label: 'We pay for travel time in a different way' },
  { code: 5, label: 'We do not pay for travel time between visits' },
  { code: 6, label: 'Workers do not travel between visits' },
  { code: 999, label: 'I do not know' },
] as const;

/**
 * The workplace fields as stored and read back: a branch that has not yet saved its details reads a draft (a
 * CQC-regulated service with no provider id yet), which the manager completes and saves as `WorkplaceDetails`.
 */
export const WorkplaceFields = z.object({
  localEstId: z
    .string()
    .trim()
    .min(1, 'Enter the workplace reference')
    .max(49, 'The workplace reference must be under 50 characters')
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.\-/]*$/, 'Use letters, digits and _ . - / only'),
  name: z
    .string()
    .trim()
    .min(1, 'Enter the workplace name')
    .max(120, 'The workplace name must be 120 characters or fewer'),
  address1: z
    .string()
    .trim()
    .min(1, 'Enter the first line of the address')
    .max(40, 'Address line 1 must be 40 characters or fewer'),
  address2: text('Address line 2', 40),
  address3: text('Address line 3', 40),
  postTown: text('Town', 40),
  postcode: Postcode,
  establishmentType: code(
    ESTABLISHMENT_TYPES.map((e) => e.code),
    'an establishment type',
  ),
  otherType: text('Other type', 240),
  shareWithCqc: z.boolean(),
  shareWithLocalAuthority: z.boolean(),
  cqcRegulated: z.boolean(),
  cqcProviderId: z
    .string()
    .trim()
    .refine((v) => v === '' || /^[0-9]-[0-9]{8,12}$/.test(v), 'A CQC id looks like 1-123456789'),
  cqcLocationId: z
    .string()
    .trim()
    .refine((v) => v === '' || /^[0-9]-[0-9]{8,12}$/.test(v), 'A CQC id looks like 1-123456789'),
  mainService: code(
    SERVICES.map((s) => s.code),
    'a main service',
  ),
  otherServices: z
    .array(
      code(
        SERVICES.map((s) => s.code),
        'a service',
      ),
    )
    .max(20),
  /** People the main service supports now (UTILISATION). */
  peopleSupported: z.number().int().min(0, 'Cannot be below zero').max(100_000).nullable(),
  /** Vacancies by ASC-WDS job role. */
  vacancies: z
    .array(
      z.object({
        jobRole: JobRoleCode,
        count: z.number().int().min(0, 'Vacancies cannot be below zero').max(10_000),
      }),
    )
    .max(60),
  sickPay: YesNoUnknown,
  pension: YesNoUnknown,
  pensionContributionPercent: z.number().min(0).max(100).nullable(),
  holidayDays: z
    .number()
    .int()
    .min(0, 'Holiday cannot be below zero')
    .max(366, 'Enter a number of days in a year')
    .nullable(),
  travelTime: code(
    TRAVEL_TIME_ANSWERS.map((t) => t.code),
    'a travel-time answer',
  ),
  travelTimeRatePence: z
    .number()
    .int()
    .min(250, 'A different travel rate must be £2.50 to £200 an hour')
    .max(20_000, 'A different travel rate must be £2.50 to £200 an hour')
    .nullable(),
  /** Charter declarations the data cannot show (null: not answered). */
  concernsProcedure: z.boolean().nullable(),
  trainingInPaidTime: z.boolean().nullable(),
  coworkerMeetings: z.boolean().nullable(),
});

/** The branch's workplace details for the ASC-WDS workplace file and the Charter declarations, complete. */
export const WorkplaceDetails = WorkplaceFields.superRefine((w, ctx) => {
  if (w.cqcRegulated && w.cqcProviderId === '')
    ctx.addIssue({
      code: 'custom',
      path: ['cqcProviderId'],
      message: 'A CQC-regulated workplace needs its CQC provider id',
    });
  if (w.cqcRegulated && w.cqcLocationId === '')
    ctx.addIssue({
      code: 'custom',
      path: ['cqcLocationId'],
      message: 'A CQC-regulated workplace needs its CQC location id',
    });
  if (w.establishmentType === 8 && w.otherType === '')
    ctx.addIssue({ code: 'custom', path: ['otherType'], message: 'Describe the establishment type' });
  if (w.pension === 'yes' && (w.pensionContributionPercent === null || w.pensionContributionPercent <= 3))
    ctx.addIssue({
      code: 'custom',
      path: ['pensionContributionPercent'],
      message: 'Enter the employer contribution: above 3% and at most 100%',
    });
  if (w.travelTime === 3 && w.travelTimeRatePence === null)
    ctx.addIssue({ code: 'custom', path: ['travelTimeRatePence'], message: 'Enter the travel time rate' });
});
export type WorkplaceDetails = z.infer<typeof WorkplaceDetails>;

/** A partner provider within the branch's family (the lead provider is the branch's own). */
export const Employer = z.object({ id: z.string().nullable(), name: z.string(), lead: z.boolean() });
export type Employer = z.infer<typeof Employer>;
