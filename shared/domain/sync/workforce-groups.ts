import { ageOn } from '../time/calendar';
import { JOB_ROLES } from '../staff/job-roles';
import type {
  AgeBand,
  ContractType,
  DisabilityGroup,
  EthnicGroup,
  PathwayCategory,
  RoleGroup,
  SexGroup,
} from './summary-v1';

// How one staff record falls into the summary's groups. Each reads the ASC-WDS code the staff file stores, so a
// monthly summary's breakdowns add up exactly as the same month's ASC-WDS staff file would.

/** The ASC-WDS job role group of a MAINJOBROLE code; a code the list no longer knows counts as `other`. */
export function roleGroupOf(jobRole: number): RoleGroup {
  return JOB_ROLES.find((role) => role.code === jobRole)?.group ?? 'other';
}

const CONTRACT_TYPE: Record<number, ContractType> = { 1: 'permanent', 2: 'temporary', 3: 'bank', 4: 'agency' };

/** EMPLSTATUS as a contract type; 7 (other) and a contract type not yet recorded both count as `other`. */
export function contractTypeOf(code: number | null): ContractType {
  return (code !== null ? CONTRACT_TYPE[code] : undefined) ?? 'other';
}

const PATHWAY: Record<number, PathwayCategory> = {
  1: 'new_to_care',
  2: 'care_or_support_worker',
  3: 'enhanced_care_worker',
  4: 'supervisor_or_leader',
  5: 'practice_leader',
  6: 'deputy_manager',
  7: 'registered_manager',
  998: 'none_of_these',
};

/** CWPCATEGORY as a pathway category; 999 and a category not yet recorded are `not_known`. */
export function pathwayCategoryOf(code: number | null): PathwayCategory {
  return (code !== null ? PATHWAY[code] : undefined) ?? 'not_known';
}

/**
 * ETHNICITY (31–47, 98) as the five ONS groups: 31–34 White, 35–38 Mixed, 39–43 Asian (Chinese included, as in the
 * 2021 census), 44–46 Black, 47 (Arab) and 98 Other; 99, "prefer not to say" (0) and not recorded are `not_known`.
 */
export function ethnicGroupOf(code: number | null): EthnicGroup {
  if (code === null) return 'not_known';
  if (code >= 31 && code <= 34) return 'white';
  if (code >= 35 && code <= 38) return 'mixed';
  if (code >= 39 && code <= 43) return 'asian';
  if (code >= 44 && code <= 46) return 'black';
  if (code === 47 || code === 98) return 'other';
  return 'not_known';
}

/** Sex as recorded; "prefer not to say" and not recorded are `not_known` (ASC-WDS GENDER 3). */
export function sexGroupOf(sex: string | null): SexGroup {
  return sex === 'female' || sex === 'male' || sex === 'other' ? sex : 'not_known';
}

/** Disability as recorded; "prefer not to say", "not known" and not recorded are `not_known`. */
export function disabilityGroupOf(disability: string | null): DisabilityGroup {
  return disability === 'yes' || disability === 'no' ? disability : 'not_known';
}

/** The age band on a date (the period's last day); `not_known` without a date of birth. */
export function ageBandOf(dateOfBirth: string | null, onDate: string): AgeBand {
  if (dateOfBirth === null) return 'not_known';
  const age = ageOn(dateOfBirth, onDate);
  if (age < 25) return 'under_25';
  if (age < 35) return '25_to_34';
  if (age < 45) return '35_to_44';
  if (age < 55) return '45_to_54';
  if (age < 65) return '55_to_64';
  return '65_and_over';
}

/** Hours a week that make one full-time equivalent (ASC-WDS and Skills for Care use 37.5). */
export const FULL_TIME_HOURS = 37.5;

/** A record with every key of a list at 0, to count into (a breakdown always carries every category). */
export function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}
