import { z } from 'zod';
import { ageOn } from '@shared/domain/time/calendar';
import { daysBetween } from '@shared/domain/time/iso-week';
import { Id, IsoDate, IsoDateTime, optionalText } from '../common';
import {
  ATTACHMENT_KINDS,
  CONTRACT_TYPES,
  CWP_CATEGORIES,
  DISABILITIES,
  ETHNICITIES,
  LEAVE_REASONS,
  NATIONALITIES,
  RECRUITMENT_SOURCES,
  REVIEW_KINDS,
  RTW_DOCUMENT_TYPES,
  SEXES,
  codesOf,
  type CodeOption,
  COUNTRIES_OF_BIRTH,
} from './codes';

/** A numeric code from a list, with a message naming the list. */
function codeFrom(list: readonly CodeOption[], what: string) {
  const codes = codesOf(list);
  return z
    .number({ message: `Choose ${what}` })
    .int({ message: `Choose ${what}` })
    .refine((code) => codes.includes(code), `Unknown code: choose ${what} from the list`);
}

/** A text code from a list. */
function textCodeFrom<C extends string>(list: readonly CodeOption<C>[], what: string) {
  const codes = codesOf(list) as [C, ...C[]];
  return z.enum(codes, { message: `Unknown code: choose ${what} from the list` });
}

/** A UK postcode, normalised to capitals with one space before the inward code. */
export const Postcode = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase().replace(/\s+/g, ''))
  .refine((value) => /^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$/.test(value), 'Enter a real UK postcode, like SE6 4RU')
  .transform((value) => `${value.slice(0, -3)} ${value.slice(-3)}`);

/** A National Insurance number (HMRC format: two prefix letters, six digits, suffix A–D), normalised without spaces. */
export const NiNumber = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase().replace(/\s+/g, ''))
  .refine(
    (value) => /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$/.test(value),
    'Enter a National Insurance number in the right format, like AB 12 34 56 C',
  );

/** An enhanced DBS certificate number: 12 digits. */
export const DbsCertificateNumber = z
  .string()
  .trim()
  .transform((value) => value.replace(/\s+/g, ''))
  .refine((value) => /^[0-9]{12}$/.test(value), 'A DBS certificate number is 12 digits');

const nullableDate = IsoDate.nullable();
const Hours = z
  .number({ message: 'Enter hours as a number' })
  .min(0, 'Hours cannot be below zero')
  .max(75, 'Weekly hours must be 75 or fewer (ASC-WDS limit)')
  .refine((hours) => Number.isInteger(hours * 2), 'Enter hours in half-hour steps');

const PhoneOrNull = z
  .string()
  .trim()
  .nullable()
  .transform((value) => (value === null || value === '' ? null : value))
  .refine((value) => value === null || /^\+?[0-9 ()-]{7,20}$/.test(value), 'Enter a phone number of 7 to 20 digits');

/** Whether a person is on the sensitive side: only a manager after re-authentication sees these. */
export const SENSITIVE_FIELDS = [
  'dateOfBirth',
  'niNumber',
  'dbsCertificateNumber',
  'dbsIssueDate',
  'dbsAppliedOn',
  'dbsBarredListChecked',
  'dbsUpdateService',
  'sex',
  'ethnicity',
  'disability',
  'nationality',
  'countryOfBirth',
] as const;

/**
 * The full record beyond the foundation fields (everything not sensitive). Field rules only; cross-field rules in
 * `StaffDetails`.
 */
export const StaffDetailsFields = z.object({
  pronouns: optionalText('pronouns', 40),
  homePostcode: Postcode.nullable(),
  homeArea: optionalText('home area', 80),
  employerId: Id.nullable(),
  cwpCategory: codeFrom(CWP_CATEGORIES, 'a Care Workforce Pathway category').nullable(),
  contractType: codeFrom(CONTRACT_TYPES, 'a contract type').nullable(),
  guaranteedWeeklyHours: Hours.nullable(),
  zeroHours: z.boolean(),
  wtrOptOut: z.boolean(),
  wtrOptOutSigned: nullableDate,
  travelPaidFullRate: z.boolean(),
  occupationalSickPay: z.boolean(),
  dbsRecheckDue: nullableDate,
  rtwDocumentType: textCodeFrom(RTW_DOCUMENT_TYPES, 'a right-to-work document').nullable(),
  rtwExpiry: nullableDate,
  rtwFollowUp: nullableDate,
  rtwCheckedOn: nullableDate,
  drives: z.boolean(),
  licenceCheckedOn: nullableDate,
  insuranceExpiry: nullableDate,
  supervisionDue: nullableDate,
  appraisalDue: nullableDate,
  emergencyName: optionalText('emergency contact name', 120),
  emergencyRelationship: optionalText('emergency contact relationship', 60),
  emergencyPhone: PhoneOrNull,
  livesInBorough: z.boolean().nullable(),
  recruitmentSource: codeFrom(RECRUITMENT_SOURCES, 'a recruitment source').nullable(),
  startedInSector: z
    .number({ message: 'Enter the year as four digits' })
    .int('Enter the year as four digits')
    .min(1940, 'Enter a year from 1940')
    .max(2100, 'Enter a year before 2100')
    .nullable(),
  delegatedHealthcare: z.boolean().nullable(),
  leavingDate: nullableDate,
  leaveReason: codeFrom(LEAVE_REASONS, 'a leaving reason').nullable(),
  suspendedFrom: nullableDate,
  suspendedUntil: nullableDate,
});

type DetailsShape = z.infer<typeof StaffDetailsFields>;

/** Cross-field rules of the details, reported on the field a person would fix. */
export function checkDetails(
  value: DetailsShape,
  ctx: { addIssue(issue: { code: 'custom'; path: (string | number)[]; message: string }): void },
  startDate: string | null,
): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (value.zeroHours && value.guaranteedWeeklyHours !== null && value.guaranteedWeeklyHours > 0)
    issue('guaranteedWeeklyHours', 'A zero-hours contract has no guaranteed hours: clear them or untick zero hours');
  if (value.wtrOptOut && value.wtrOptOutSigned === null)
    issue('wtrOptOutSigned', 'Enter the date the 48-hour opt-out was signed');
  if (!value.wtrOptOut && value.wtrOptOutSigned !== null)
    issue('wtrOptOutSigned', 'There is no opt-out: clear the signed date or tick the opt-out');
  if (value.leavingDate !== null && value.leaveReason === null) issue('leaveReason', 'Choose the reason for leaving');
  if (value.leavingDate === null && value.leaveReason !== null) issue('leavingDate', 'Enter the leaving date');
  if (value.leavingDate !== null && startDate !== null && value.leavingDate < startDate)
    issue('leavingDate', 'The leaving date cannot be before the start date');
  if (value.wtrOptOutSigned !== null && startDate !== null && value.wtrOptOutSigned < startDate) {
    // Opt-outs are often signed with the offer letter, so a date shortly before the start is fine; long before is a
    // typo.
    if (daysBetween(value.wtrOptOutSigned, startDate) > 183)
      issue('wtrOptOutSigned', 'The opt-out was signed more than six months before the start date');
  }
  if (value.startedInSector !== null && startDate !== null && value.startedInSector > Number(startDate.slice(0, 4))) {
    issue(
      'startedInSector',
      `They joined this branch in ${startDate.slice(0, 4)}, so they started in adult social care by then`,
    );
  }
  if (value.rtwFollowUp !== null && value.rtwExpiry !== null && value.rtwFollowUp > value.rtwExpiry)
    issue('rtwFollowUp', 'The follow-up check must be on or before the right-to-work expiry');
  if (value.rtwExpiry !== null && value.rtwCheckedOn !== null && value.rtwExpiry < value.rtwCheckedOn)
    issue('rtwExpiry', 'The right-to-work expiry cannot be before the date it was checked');
  if (value.suspendedUntil !== null && value.suspendedFrom === null)
    issue('suspendedFrom', 'Enter the date the suspension started');
  if (value.suspendedUntil !== null && value.suspendedFrom !== null && value.suspendedUntil < value.suspendedFrom)
    issue('suspendedUntil', 'The suspension cannot end before it starts');
}

/** The details with their cross-field rules (the merged record must satisfy these). */
export const StaffDetails = StaffDetailsFields.superRefine((value, ctx) => checkDetails(value, ctx, null));
export type StaffDetails = z.infer<typeof StaffDetailsFields>;

/** A change to some details (a tab of the record); the service merges it and checks the whole. */
export const StaffDetailsPatch = StaffDetailsFields.partial();
export type StaffDetailsPatch = z.infer<typeof StaffDetailsPatch>;

/** Details of a new or untouched record. */
export const EMPTY_DETAILS: StaffDetails = {
  pronouns: null,
  homePostcode: null,
  homeArea: null,
  employerId: null,
  cwpCategory: null,
  contractType: null,
  guaranteedWeeklyHours: null,
  zeroHours: false,
  wtrOptOut: false,
  wtrOptOutSigned: null,
  travelPaidFullRate: true,
  occupationalSickPay: false,
  dbsRecheckDue: null,
  rtwDocumentType: null,
  rtwExpiry: null,
  rtwFollowUp: null,
  rtwCheckedOn: null,
  drives: false,
  licenceCheckedOn: null,
  insuranceExpiry: null,
  supervisionDue: null,
  appraisalDue: null,
  emergencyName: null,
  emergencyRelationship: null,
  emergencyPhone: null,
  livesInBorough: null,
  recruitmentSource: null,
  startedInSector: null,
  delegatedHealthcare: null,
  leavingDate: null,
  leaveReason: null,
  suspendedFrom: null,
  suspendedUntil: null,
};

/** Sensitive fields: date of birth, NI number, DBS details, equality data. */
export const StaffSensitiveFields = z.object({
  dateOfBirth: nullableDate,
  niNumber: NiNumber.nullable(),
  dbsCertificateNumber: DbsCertificateNumber.nullable(),
  dbsIssueDate: nullableDate,
  /** When the enhanced check was applied for: with no certificate yet, the check is pending. */
  dbsAppliedOn: nullableDate,
  dbsBarredListChecked: z.boolean(),
  dbsUpdateService: z.boolean(),
  sex: textCodeFrom(SEXES, 'a sex').nullable(),
  ethnicity: codeFrom(ETHNICITIES, 'an ethnicity').nullable(),
  disability: textCodeFrom(DISABILITIES, 'a disability answer').nullable(),
  nationality: codeFrom(NATIONALITIES, 'a nationality').nullable(),
  countryOfBirth: codeFrom(COUNTRIES_OF_BIRTH, 'a country of birth').nullable(),
});
export type StaffSensitive = z.infer<typeof StaffSensitiveFields>;

/** A change to some sensitive fields. */
export const StaffSensitivePatch = StaffSensitiveFields.partial();
export type StaffSensitivePatch = z.infer<typeof StaffSensitivePatch>;

/** Sensitive fields of an untouched record. */
export const EMPTY_SENSITIVE: StaffSensitive = {
  dateOfBirth: null,
  niNumber: null,
  dbsCertificateNumber: null,
  dbsIssueDate: null,
  dbsAppliedOn: null,
  dbsBarredListChecked: false,
  dbsUpdateService: false,
  sex: null,
  ethnicity: null,
  disability: null,
  nationality: null,
  countryOfBirth: null,
};

/** Minimum age to work in homecare here (the issue's "age under 16" refusal). */
export const MINIMUM_WORKING_AGE = 16;

/** Rules of the sensitive fields that depend on today and the start date. */
export function checkSensitive(
  value: StaffSensitive,
  today: string,
  startDate: string | null,
): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (value.dbsIssueDate !== null && value.dbsIssueDate > today)
    out.push({ path: 'dbsIssueDate', message: 'The DBS issue date cannot be in the future' });
  if (value.dbsCertificateNumber !== null && value.dbsIssueDate === null)
    out.push({ path: 'dbsIssueDate', message: 'Enter the DBS certificate issue date' });
  if (value.dbsAppliedOn !== null && value.dbsAppliedOn > today)
    out.push({ path: 'dbsAppliedOn', message: 'The date the DBS check was applied for cannot be in the future' });
  else if (value.dbsAppliedOn !== null && value.dbsIssueDate !== null && value.dbsAppliedOn > value.dbsIssueDate)
    out.push({ path: 'dbsAppliedOn', message: 'The DBS check was applied for after its issue date: check the dates' });
  if (value.dateOfBirth !== null) {
    if (ageOn(value.dateOfBirth, today) < MINIMUM_WORKING_AGE)
      out.push({ path: 'dateOfBirth', message: `The date of birth makes them under ${MINIMUM_WORKING_AGE}` });
    else if (startDate !== null && ageOn(value.dateOfBirth, startDate) < MINIMUM_WORKING_AGE)
      out.push({
        path: 'dateOfBirth',
        message: `They would have been under ${MINIMUM_WORKING_AGE} on their start date`,
      });
    else if (ageOn(value.dateOfBirth, today) > 100)
      out.push({ path: 'dateOfBirth', message: 'The date of birth makes them over 100: check the year' });
  }
  return out;
}

/** One hourly rate with the date it took effect. Money is integer pence. */
export const PayRate = z.object({
  id: Id,
  effectiveFrom: IsoDate,
  pencePerHour: z.number().int(),
  note: z.string().nullable(),
});
export type PayRate = z.infer<typeof PayRate>;

/** A new hourly rate. */
export const PayRateInput = z.object({
  effectiveFrom: IsoDate,
  pencePerHour: z
    .number({ message: 'Enter the hourly rate' })
    .int('Enter the rate in whole pence')
    .min(0, 'The rate cannot be below zero')
    .max(100_000, 'The rate must be under £1,000 an hour'),
  note: optionalText('note', 200),
});
export type PayRateInput = z.infer<typeof PayRateInput>;

/** A reference (referee) for a worker. */
export const StaffReferenceCheck = z.object({
  id: Id,
  refereeName: z.string(),
  relationship: z.string().nullable(),
  requestedOn: IsoDate.nullable(),
  receivedOn: IsoDate.nullable(),
});
export type StaffReferenceCheck = z.infer<typeof StaffReferenceCheck>;

/** Add or edit a reference. */
export const StaffReferenceCheckInput = z.object({
  refereeName: z
    .string()
    .trim()
    .min(1, 'Enter the referee’s name')
    .max(120, 'Referee name must be 120 characters or fewer'),
  relationship: optionalText('relationship', 80),
  requestedOn: IsoDate.nullable(),
  receivedOn: IsoDate.nullable(),
});
export type StaffReferenceCheckInput = z.infer<typeof StaffReferenceCheckInput>;

/** Supervision, appraisal or spot check held. */
export const StaffReview = z.object({
  id: Id,
  kind: textCodeFrom(REVIEW_KINDS, 'a kind of review'),
  heldOn: IsoDate,
  notes: z.string().nullable(),
});
export type StaffReview = z.infer<typeof StaffReview>;

/** Record a supervision, appraisal or spot check; `nextDue` moves the record's due date. */
export const StaffReviewInput = z.object({
  kind: textCodeFrom(REVIEW_KINDS, 'a kind of review'),
  heldOn: IsoDate,
  nextDue: IsoDate.nullable(),
  notes: optionalText('notes', 1000),
});
export type StaffReviewInput = z.infer<typeof StaffReviewInput>;

/** An attached file's description (content is fetched separately). */
export const StaffAttachment = z.object({
  id: Id,
  kind: textCodeFrom(ATTACHMENT_KINDS, 'a kind of document'),
  fileName: z.string(),
  mediaType: z.enum(['application/pdf', 'image/png', 'image/jpeg']),
  sizeBytes: z.number().int(),
  uploadedAt: IsoDateTime,
});
export type StaffAttachment = z.infer<typeof StaffAttachment>;

/** Largest attachment accepted (10 MB). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Upload a file as base64. */
export const StaffAttachmentInput = z.object({
  staffId: Id,
  kind: textCodeFrom(ATTACHMENT_KINDS, 'a kind of document'),
  fileName: z.string().trim().min(1, 'Enter a file name').max(200, 'File name must be 200 characters or fewer'),
  contentBase64: z
    .string()
    .min(1, 'Choose a file')
    .max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4, 'The file must be 10 MB or smaller'),
});
export type StaffAttachmentInput = z.infer<typeof StaffAttachmentInput>;

/** The full non-sensitive record: foundation fields are fetched by `staff.get`; this adds the rest. */
export const StaffProfile = z.object({
  staffId: Id,
  details: StaffDetailsFields,
  employerName: z.string(),
  payHistory: z.array(PayRate),
  currentPencePerHour: z.number().int().nullable(),
  references: z.array(StaffReferenceCheck),
  reviews: z.array(StaffReview),
  attachments: z.array(StaffAttachment),
  erasedAt: IsoDateTime.nullable(),
});
export type StaffProfile = z.infer<typeof StaffProfile>;

/** Leaving date and reason codes; re-exported for forms. */
export { LEAVE_REASONS };
