import { YES_NO_OPTIONS } from '@renderer/components/Field';
import { toNumber } from '@renderer/components/use-form';
import {
  CONTRACT_TYPES,
  COUNTRIES_OF_BIRTH,
  CWP_CATEGORIES,
  DISABILITIES,
  ETHNICITIES,
  LEAVE_REASONS,
  NATIONALITIES,
  RECRUITMENT_SOURCES,
  RTW_DOCUMENT_TYPES,
  SEXES,
} from '@shared/domain/staff/codes';
import { formatDate } from '@shared/domain/time/format';

/** How a field is edited: the form holds strings; `toValue` makes the JSON the backend expects. */
export interface FieldSpec {
  name: string;
  label: string;
  kind: 'text' | 'date' | 'code' | 'textCode' | 'yesNo' | 'yesNoUnknown' | 'hours' | 'year';
  options?: readonly { code: number | string; label: string }[];
  hint?: string;
}

/** Form string for a value. */
export function toFormValue(spec: FieldSpec, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (spec.kind === 'yesNo' || spec.kind === 'yesNoUnknown') return value ? 'yes' : 'no';
  return String(value);
}

/** JSON value for a form string. */
export function toValue(spec: FieldSpec, text: string): unknown {
  const t = text.trim();
  switch (spec.kind) {
    case 'text':
    case 'date':
    case 'textCode':
      return t === '' ? null : t;
    case 'code':
    case 'hours':
    case 'year':
      return t === '' ? null : toNumber(t);
    case 'yesNo':
      return t === 'yes';
    case 'yesNoUnknown':
      return t === '' ? null : t === 'yes';
  }
}

/** Select options for a spec. */
export function optionsFor(spec: FieldSpec): { value: string; label: string }[] {
  if (spec.kind === 'yesNo' || spec.kind === 'yesNoUnknown') return [...YES_NO_OPTIONS];
  return (spec.options ?? []).map((o) => ({ value: String(o.code), label: o.label }));
}

/** Display text for a value in a summary list. */
export function displayValue(spec: FieldSpec, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (spec.kind === 'yesNo' || spec.kind === 'yesNoUnknown') return value ? 'Yes' : 'No';
  if (spec.options) return spec.options.find((o) => o.code === value)?.label ?? String(value);
  if (spec.kind === 'hours') return `${String(value)} hours a week`;
  if (spec.kind === 'date') return formatDate(String(value));
  return String(value);
}

/** Tab field groups (non-sensitive details). */
export const IDENTITY_FIELDS: FieldSpec[] = [
  { name: 'pronouns', label: 'Pronouns', kind: 'text', hint: 'For example, she/her' },
  { name: 'homePostcode', label: 'Home postcode', kind: 'text' },
  { name: 'homeArea', label: 'Home area', kind: 'text', hint: 'Town or borough' },
  {
    name: 'livesInBorough',
    label: 'Lives in the borough',
    kind: 'yesNoUnknown',
    hint: 'The model promotes care as a career for local residents',
  },
];

export const EMPLOYMENT_FIELDS: FieldSpec[] = [
  { name: 'cwpCategory', label: 'Care Workforce Pathway category', kind: 'code', options: CWP_CATEGORIES },
  { name: 'contractType', label: 'Contract type', kind: 'code', options: CONTRACT_TYPES },
  { name: 'guaranteedWeeklyHours', label: 'Guaranteed weekly hours', kind: 'hours', hint: '0 to 75, in half hours' },
  { name: 'zeroHours', label: 'Zero-hours contract', kind: 'yesNo' },
  { name: 'wtrOptOut', label: '48-hour week opt-out signed', kind: 'yesNo' },
  { name: 'wtrOptOutSigned', label: 'Opt-out signed on', kind: 'date' },
  { name: 'recruitmentSource', label: 'Recruitment source', kind: 'code', options: RECRUITMENT_SOURCES },
  {
    name: 'startedInSector',
    label: 'Started in adult social care',
    kind: 'year',
    hint: 'The year, as four digits (ASC-WDS asks for it)',
  },
  {
    name: 'delegatedHealthcare',
    label: 'Carries out delegated healthcare activities',
    kind: 'yesNoUnknown',
    hint: 'Tasks delegated by NHS clinicians, such as insulin or wound care',
  },
  { name: 'leavingDate', label: 'Leaving date', kind: 'date' },
  { name: 'leaveReason', label: 'Reason for leaving', kind: 'code', options: LEAVE_REASONS },
  {
    name: 'suspendedFrom',
    label: 'Suspended from',
    kind: 'date',
    hint: 'Not planned on visits while suspended',
  },
  { name: 'suspendedUntil', label: 'Suspended until', kind: 'date', hint: 'Leave blank while the suspension is open' },
];

export const PAY_TERMS_FIELDS: FieldSpec[] = [
  { name: 'travelPaidFullRate', label: 'Travel time paid at the full rate', kind: 'yesNo' },
  { name: 'occupationalSickPay', label: 'Occupational sick pay', kind: 'yesNo' },
];

export const COMPLIANCE_FIELDS: FieldSpec[] = [
  { name: 'dbsRecheckDue', label: 'DBS recheck due', kind: 'date' },
  { name: 'rtwDocumentType', label: 'Right-to-work document', kind: 'textCode', options: RTW_DOCUMENT_TYPES },
  { name: 'rtwExpiry', label: 'Right to work expires', kind: 'date', hint: 'Leave blank if it does not expire' },
  { name: 'rtwCheckedOn', label: 'Right to work checked on', kind: 'date' },
  { name: 'rtwFollowUp', label: 'Right-to-work follow-up check', kind: 'date' },
  { name: 'drives', label: 'Drives for work', kind: 'yesNo' },
  { name: 'licenceCheckedOn', label: 'Driving licence checked on', kind: 'date' },
  { name: 'insuranceExpiry', label: 'Business insurance expires', kind: 'date' },
  { name: 'supervisionDue', label: 'Next supervision due', kind: 'date' },
  { name: 'appraisalDue', label: 'Next appraisal due', kind: 'date' },
];

export const EMERGENCY_FIELDS: FieldSpec[] = [
  { name: 'emergencyName', label: 'Emergency contact name', kind: 'text' },
  { name: 'emergencyRelationship', label: 'Relationship', kind: 'text' },
  { name: 'emergencyPhone', label: 'Emergency contact phone', kind: 'text' },
];

/** Sensitive groups (manager after re-authentication). */
export const SENSITIVE_IDENTITY_FIELDS: FieldSpec[] = [
  { name: 'dateOfBirth', label: 'Date of birth', kind: 'date' },
  { name: 'niNumber', label: 'National Insurance number', kind: 'text' },
];
export const SENSITIVE_DBS_FIELDS: FieldSpec[] = [
  { name: 'dbsCertificateNumber', label: 'DBS certificate number', kind: 'text', hint: 'Enhanced check, 12 digits' },
  { name: 'dbsIssueDate', label: 'DBS issue date', kind: 'date' },
  {
    name: 'dbsAppliedOn',
    label: 'DBS check applied for on',
    kind: 'date',
    hint: 'While no certificate is back, the branch’s policy for a pending check applies',
  },
  { name: 'dbsBarredListChecked', label: 'Adults’ barred list checked', kind: 'yesNo' },
  { name: 'dbsUpdateService', label: 'On the DBS Update Service', kind: 'yesNo' },
];
export const SENSITIVE_EQUALITY_FIELDS: FieldSpec[] = [
  { name: 'sex', label: 'Sex', kind: 'textCode', options: SEXES },
  { name: 'ethnicity', label: 'Ethnicity', kind: 'code', options: ETHNICITIES },
  { name: 'disability', label: 'Disability', kind: 'textCode', options: DISABILITIES },
  { name: 'nationality', label: 'Nationality', kind: 'code', options: NATIONALITIES },
  { name: 'countryOfBirth', label: 'Country of birth', kind: 'code', options: COUNTRIES_OF_BIRTH },
];
