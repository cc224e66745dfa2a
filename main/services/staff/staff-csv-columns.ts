import {
  CONTRACT_TYPES,
  CWP_CATEGORIES,
  DISABILITIES,
  ETHNICITIES,
  LEAVE_REASONS,
  NATIONALITIES,
  RECRUITMENT_SOURCES,
  RTW_DOCUMENT_TYPES,
  SEXES,
  COUNTRIES_OF_BIRTH,
} from '@shared/domain/staff/codes';

/** Where a CSV column lands in the record. */
export type ColumnTarget =
  | { part: 'staff'; field: string; kind: 'text' | 'date' | 'int' }
  | { part: 'details'; field: string; kind: 'text' | 'date' | 'int' | 'bool' | 'hours' | 'employer' }
  | { part: 'sensitive'; field: string; kind: 'text' | 'date' | 'int' | 'bool' }
  | { part: 'rate'; field: 'pencePerHour' | 'effectiveFrom'; kind: 'money' | 'date' };

/** The columns a branch spreadsheet has, in template order, with a hint for the template's second line. */
export const STAFF_CSV_COLUMNS: { name: string; target: ColumnTarget; hint: string; sensitive?: boolean }[] = [
  {
    name: 'staff_reference',
    target: { part: 'staff', field: 'reference', kind: 'text' },
    hint: 'Unique; the ASC-WDS worker id',
  },
  { name: 'first_name', target: { part: 'staff', field: 'givenName', kind: 'text' }, hint: 'Required' },
  { name: 'last_name', target: { part: 'staff', field: 'familyName', kind: 'text' }, hint: 'Required' },
  { name: 'preferred_name', target: { part: 'staff', field: 'preferredName', kind: 'text' }, hint: '' },
  {
    name: 'job_role',
    target: { part: 'staff', field: 'jobRole', kind: 'int' },
    hint: 'ASC-WDS job role code, e.g. 8 care worker',
  },
  { name: 'email', target: { part: 'staff', field: 'email', kind: 'text' }, hint: '' },
  { name: 'phone', target: { part: 'staff', field: 'phone', kind: 'text' }, hint: '' },
  { name: 'start_date', target: { part: 'staff', field: 'startDate', kind: 'date' }, hint: 'DD/MM/YYYY or YYYY-MM-DD' },
  { name: 'pronouns', target: { part: 'details', field: 'pronouns', kind: 'text' }, hint: '' },
  { name: 'home_postcode', target: { part: 'details', field: 'homePostcode', kind: 'text' }, hint: 'e.g. SE6 4RU' },
  { name: 'home_area', target: { part: 'details', field: 'homeArea', kind: 'text' }, hint: 'Town or borough' },
  { name: 'lives_in_borough', target: { part: 'details', field: 'livesInBorough', kind: 'bool' }, hint: 'yes/no' },
  {
    name: 'employer',
    target: { part: 'details', field: 'employerId', kind: 'employer' },
    hint: 'Blank for the lead provider, or a partner provider’s name',
  },
  {
    name: 'cwp_category',
    target: { part: 'details', field: 'cwpCategory', kind: 'int' },
    hint: codesHint(CWP_CATEGORIES),
  },
  {
    name: 'contract_type',
    target: { part: 'details', field: 'contractType', kind: 'int' },
    hint: codesHint(CONTRACT_TYPES),
  },
  {
    name: 'guaranteed_weekly_hours',
    target: { part: 'details', field: 'guaranteedWeeklyHours', kind: 'hours' },
    hint: '0 to 75 in half hours',
  },
  { name: 'zero_hours', target: { part: 'details', field: 'zeroHours', kind: 'bool' }, hint: 'yes/no' },
  {
    name: 'wtr_opt_out',
    target: { part: 'details', field: 'wtrOptOut', kind: 'bool' },
    hint: 'yes/no (48-hour opt-out)',
  },
  {
    name: 'wtr_opt_out_signed',
    target: { part: 'details', field: 'wtrOptOutSigned', kind: 'date' },
    hint: 'Date signed',
  },
  { name: 'hourly_rate', target: { part: 'rate', field: 'pencePerHour', kind: 'money' }, hint: 'Pounds, e.g. 13.10' },
  {
    name: 'rate_effective_from',
    target: { part: 'rate', field: 'effectiveFrom', kind: 'date' },
    hint: 'Blank: the start date',
  },
  {
    name: 'travel_paid_full_rate',
    target: { part: 'details', field: 'travelPaidFullRate', kind: 'bool' },
    hint: 'yes/no',
  },
  {
    name: 'occupational_sick_pay',
    target: { part: 'details', field: 'occupationalSickPay', kind: 'bool' },
    hint: 'yes/no',
  },
  {
    name: 'dbs_certificate_number',
    target: { part: 'sensitive', field: 'dbsCertificateNumber', kind: 'text' },
    hint: '12 digits',
    sensitive: true,
  },
  {
    name: 'dbs_issue_date',
    target: { part: 'sensitive', field: 'dbsIssueDate', kind: 'date' },
    hint: '',
    sensitive: true,
  },
  {
    name: 'dbs_barred_list_checked',
    target: { part: 'sensitive', field: 'dbsBarredListChecked', kind: 'bool' },
    hint: 'yes/no',
    sensitive: true,
  },
  {
    name: 'dbs_update_service',
    target: { part: 'sensitive', field: 'dbsUpdateService', kind: 'bool' },
    hint: 'yes/no',
    sensitive: true,
  },
  { name: 'dbs_recheck_due', target: { part: 'details', field: 'dbsRecheckDue', kind: 'date' }, hint: '' },
  {
    name: 'rtw_document_type',
    target: { part: 'details', field: 'rtwDocumentType', kind: 'text' },
    hint: textCodesHint(RTW_DOCUMENT_TYPES),
  },
  {
    name: 'rtw_checked_on',
    target: { part: 'details', field: 'rtwCheckedOn', kind: 'date' },
    hint: 'Date of the right-to-work check',
  },
  { name: 'rtw_expiry', target: { part: 'details', field: 'rtwExpiry', kind: 'date' }, hint: 'Blank if no expiry' },
  { name: 'rtw_follow_up', target: { part: 'details', field: 'rtwFollowUp', kind: 'date' }, hint: '' },
  { name: 'drives', target: { part: 'details', field: 'drives', kind: 'bool' }, hint: 'yes/no' },
  { name: 'licence_checked_on', target: { part: 'details', field: 'licenceCheckedOn', kind: 'date' }, hint: '' },
  {
    name: 'insurance_expiry',
    target: { part: 'details', field: 'insuranceExpiry', kind: 'date' },
    hint: 'Business-use insurance',
  },
  { name: 'supervision_due', target: { part: 'details', field: 'supervisionDue', kind: 'date' }, hint: '' },
  { name: 'appraisal_due', target: { part: 'details', field: 'appraisalDue', kind: 'date' }, hint: '' },
  {
    name: 'suspended_from',
    target: { part: 'details', field: 'suspendedFrom', kind: 'date' },
    hint: 'Not planned while suspended',
  },
  {
    name: 'suspended_until',
    target: { part: 'details', field: 'suspendedUntil', kind: 'date' },
    hint: 'Last day suspended; blank while open',
  },
  { name: 'emergency_contact_name', target: { part: 'details', field: 'emergencyName', kind: 'text' }, hint: '' },
  {
    name: 'emergency_contact_relationship',
    target: { part: 'details', field: 'emergencyRelationship', kind: 'text' },
    hint: '',
  },
  { name: 'emergency_contact_phone', target: { part: 'details', field: 'emergencyPhone', kind: 'text' }, hint: '' },
  {
    name: 'date_of_birth',
    target: { part: 'sensitive', field: 'dateOfBirth', kind: 'date' },
    hint: '',
    sensitive: true,
  },
  {
    name: 'ni_number',
    target: { part: 'sensitive', field: 'niNumber', kind: 'text' },
    hint: 'e.g. AB123456C',
    sensitive: true,
  },
  {
    name: 'sex',
    target: { part: 'sensitive', field: 'sex', kind: 'text' },
    hint: textCodesHint(SEXES),
    sensitive: true,
  },
  {
    name: 'ethnicity',
    target: { part: 'sensitive', field: 'ethnicity', kind: 'int' },
    hint: `ASC-WDS code 31–47, 98, 99; 0 prefer not to say (${ETHNICITIES.length} options)`,
    sensitive: true,
  },
  {
    name: 'disability',
    target: { part: 'sensitive', field: 'disability', kind: 'text' },
    hint: textCodesHint(DISABILITIES),
    sensitive: true,
  },
  {
    name: 'nationality',
    target: { part: 'sensitive', field: 'nationality', kind: 'int' },
    hint: `826 British, 999 other, 998 not known, 0 prefer not to say (${NATIONALITIES.length} options)`,
    sensitive: true,
  },
  {
    name: 'country_of_birth',
    target: { part: 'sensitive', field: 'countryOfBirth', kind: 'int' },
    hint: `826 United Kingdom, 999 other, 998 not known, 0 prefer not to say (${COUNTRIES_OF_BIRTH.length} options)`,
    sensitive: true,
  },
  {
    name: 'recruitment_source',
    target: { part: 'details', field: 'recruitmentSource', kind: 'int' },
    hint: codesHint(RECRUITMENT_SOURCES),
  },
  {
    name: 'started_in_sector',
    target: { part: 'details', field: 'startedInSector', kind: 'int' },
    hint: 'Year they started in adult social care, YYYY',
  },
  {
    name: 'delegated_healthcare',
    target: { part: 'details', field: 'delegatedHealthcare', kind: 'bool' },
    hint: 'yes/no: carries out delegated healthcare activities',
  },
  { name: 'leaving_date', target: { part: 'details', field: 'leavingDate', kind: 'date' }, hint: '' },
  {
    name: 'leave_reason',
    target: { part: 'details', field: 'leaveReason', kind: 'int' },
    hint: codesHint(LEAVE_REASONS),
  },
];

function codesHint(list: readonly { code: number; label: string }[]): string {
  return list.map((c) => `${c.code} ${c.label}`).join('; ');
}
function textCodesHint(list: readonly { code: string }[]): string {
  return list.map((c) => c.code).join(' / ');
}

/** The column name for a field of a part, for reporting schema issues against the file. */
export function columnFor(part: ColumnTarget['part'], field: string): string {
  return STAFF_CSV_COLUMNS.find((c) => c.target.part === part && c.target.field === field)?.name ?? field;
}
