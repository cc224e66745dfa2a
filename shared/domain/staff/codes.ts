/**
 * ASC-WDS (BUDI) code lists the full staff record stores (domain.md §1.3, §2.1). Codes are stored as ASC-WDS
 * numbers so the bulk-upload export needs no translation; app-only choices ("prefer not to say") map on export.
 */
export interface CodeOption<C extends number | string = number> {
  code: C;
  label: string;
}

/** EMPLSTATUS: contract type. */
export const CONTRACT_TYPES = [
  { code: 1, label: 'Permanent' },
  { code: 2, label: 'Temporary' },
  { code: 3, label: 'Pool or bank' },
  { code: 4, label: 'Agency' },
  { code: 7, label: 'Other' },
] as const satisfies readonly CodeOption[];

/** CWPCATEGORY: Care Workforce Pathway role category. */
export const CWP_CATEGORIES = [
  { code: 1, label: 'New to care' },
  { code: 2, label: 'Care or support worker' },
  { code: 3, label: 'Enhanced care worker' },
  { code: 4, label: 'Supervisor or leader' },
  { code: 5, label: 'Practice leader' },
  { code: 6, label: 'Deputy manager' },
  { code: 7, label: 'Registered manager' },
  { code: 998, label: 'None of the above' },
  { code: 999, label: 'Not known' },
] as const satisfies readonly CodeOption[];

/** Worker leave reasons (ASC-WDS, also the workplace REASONS codes). */
export const LEAVE_REASONS = [
  { code: 1, label: 'Moved to another adult social care employer' },
  { code: 2, label: 'Moved to the health sector' },
  { code: 3, label: 'Moved to a different sector' },
  { code: 4, label: 'Moved to a different role in this organisation' },
  { code: 5, label: 'Chose to leave (destination not known)' },
  { code: 6, label: 'Retired' },
  { code: 7, label: 'Employment terminated' },
  { code: 8, label: 'Reason not listed' },
  { code: 9, label: 'Reason not known' },
] as const satisfies readonly CodeOption[];

/**
 * ETHNICITY BUDI codes 31–47, 98, 99 (labels follow the ASC-WDS list; domain.md §9 item 6 asks to verify them). 0 =
 * prefer not to say.
 */
export const ETHNICITIES = [
  { code: 31, label: 'White: English, Welsh, Scottish, Northern Irish or British' },
  { code: 32, label: 'White: Irish' },
  { code: 33, label: 'White: Gypsy or Irish Traveller' },
  { code: 34, label: 'White: any other White background' },
  { code: 35, label: 'Mixed: White and Black Caribbean' },
  { code: 36, label: 'Mixed: White and Black African' },
  { code: 37, label: 'Mixed: White and Asian' },
  { code: 38, label: 'Mixed: any other mixed background' },
  { code: 39, label: 'Asian or Asian British: Indian' },
  { code: 40, label: 'Asian or Asian British: Pakistani' },
  { code: 41, label: 'Asian or Asian British: Bangladeshi' },
  { code: 42, label: 'Asian or Asian British: Chinese' },
  { code: 43, label: 'Asian or Asian British: any other Asian background' },
  { code: 44, label: 'Black or Black British: African' },
  { code: 45, label: 'Black or Black British: Caribbean' },
  { code: 46, label: 'Black or Black British: any other Black background' },
  { code: 47, label: 'Other ethnic group: Arab' },
  { code: 98, label: 'Any other ethnic group' },
  { code: 99, label: 'Not known' },
  { code: 0, label: 'Prefer not to say' },
] as const satisfies readonly CodeOption[];

/**
 * Countries by the ISO 3166 numeric codes ASC-WDS uses for both NATIONALITY and COUNTRYOFBIRTH, so the two lists
 * cannot drift; 0 = prefer not to say (exported as 998).
 */
const COUNTRIES = [
  { code: 826, nationality: 'British', country: 'United Kingdom' },
  { code: 372, nationality: 'Irish', country: 'Ireland' },
  { code: 616, nationality: 'Polish', country: 'Poland' },
  { code: 642, nationality: 'Romanian', country: 'Romania' },
  { code: 620, nationality: 'Portuguese', country: 'Portugal' },
  { code: 380, nationality: 'Italian', country: 'Italy' },
  { code: 724, nationality: 'Spanish', country: 'Spain' },
  { code: 566, nationality: 'Nigerian', country: 'Nigeria' },
  { code: 288, nationality: 'Ghanaian', country: 'Ghana' },
  { code: 716, nationality: 'Zimbabwean', country: 'Zimbabwe' },
  { code: 356, nationality: 'Indian', country: 'India' },
  { code: 586, nationality: 'Pakistani', country: 'Pakistan' },
  { code: 608, nationality: 'Filipino', country: 'Philippines' },
  { code: 388, nationality: 'Jamaican', country: 'Jamaica' },
  { code: 999, nationality: 'Other', country: 'Other' },
  { code: 998, nationality: 'Not known', country: 'Not known' },
  { code: 0, nationality: 'Prefer not to say', country: 'Prefer not to say' },
] as const;

/** NATIONALITY: a country's code, named as a nationality. */
export const NATIONALITIES: readonly CodeOption[] = COUNTRIES.map((c) => ({ code: c.code, label: c.nationality }));

/** COUNTRYOFBIRTH: a country's code, named as a country. */
export const COUNTRIES_OF_BIRTH: readonly CodeOption[] = COUNTRIES.map((c) => ({ code: c.code, label: c.country }));

/** Sex as recorded for equality monitoring; ASC-WDS GENDER 1 Male, 2 Female, 3 Don't know, 4 Other. */
export const SEXES = [
  { code: 'female', label: 'Female' },
  { code: 'male', label: 'Male' },
  { code: 'other', label: 'Other' },
  { code: 'prefer_not_to_say', label: 'Prefer not to say' },
] as const satisfies readonly CodeOption<string>[];

/** Disability; ASC-WDS DISABLED 0 No, 1 Yes, 2 Undisclosed, 3 Don't know. */
export const DISABILITIES = [
  { code: 'no', label: 'No' },
  { code: 'yes', label: 'Yes' },
  { code: 'prefer_not_to_say', label: 'Prefer not to say' },
  { code: 'unknown', label: 'Not known' },
] as const satisfies readonly CodeOption<string>[];

/** RECSOURCE BUDI codes (labels to verify against the BUDI staff guidance, domain.md §9 item 6). */
export const RECRUITMENT_SOURCES = [
  { code: 1, label: 'Adult care sector: local authority' },
  { code: 2, label: 'Adult care sector: private or voluntary sector' },
  { code: 5, label: 'Health sector' },
  { code: 7, label: 'Other sector' },
  { code: 8, label: 'Internal promotion, transfer or career development' },
  { code: 10, label: 'Not previously employed' },
  { code: 12, label: 'Agency' },
  { code: 15, label: 'First job after education' },
  { code: 17, label: 'Apprenticeship' },
  { code: 18, label: 'Other source' },
  { code: 16, label: 'Not known' },
] as const satisfies readonly CodeOption[];

/** Right-to-work evidence (Home Office list A/B documents, simplified). */
export const RTW_DOCUMENT_TYPES = [
  { code: 'uk_passport', label: 'British or Irish passport' },
  { code: 'birth_certificate_ni', label: 'UK birth certificate with NI evidence' },
  { code: 'share_code', label: 'Online check (share code)' },
  { code: 'evisa', label: 'eVisa' },
  { code: 'brp', label: 'Biometric residence permit' },
  { code: 'other', label: 'Other document' },
] as const satisfies readonly CodeOption<string>[];

/** Attached file kinds. */
export const ATTACHMENT_KINDS = [
  { code: 'dbs_certificate', label: 'DBS certificate' },
  { code: 'right_to_work', label: 'Right-to-work document' },
  { code: 'other', label: 'Other document' },
] as const satisfies readonly CodeOption<string>[];

/** Supervision, appraisal and spot-check records. */
export const REVIEW_KINDS = [
  { code: 'supervision', label: 'Supervision' },
  { code: 'appraisal', label: 'Appraisal' },
  { code: 'spot_check', label: 'Spot check' },
] as const satisfies readonly CodeOption<string>[];

/** The codes of a list, for CHECK constraints and schemas. */
export function codesOf<C extends number | string>(list: readonly CodeOption<C>[]): C[] {
  return list.map((item) => item.code);
}

/** Label for a code, or a neutral text for old data. */
export function labelOf<C extends number | string>(
  list: readonly CodeOption<C>[],
  code: C | null | undefined,
): string | null {
  if (code === null || code === undefined) return null;
  return list.find((item) => item.code === code)?.label ?? `Code ${String(code)}`;
}
