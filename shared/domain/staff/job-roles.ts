import { z } from 'zod';

/** ASC-WDS job role groups (domain.md §1.3), used for headcount breakdowns. */
export type JobRoleGroup = 'care_providing' | 'managerial' | 'professional' | 'it_digital' | 'other';

/** ASC-WDS MAINJOBROLE codes (BUDI) with the label and group the staff file uses. */
export const JOB_ROLES = [
  { code: 1, label: 'Senior management', group: 'managerial' },
  { code: 2, label: 'Middle management', group: 'managerial' },
  { code: 3, label: 'First-line manager', group: 'managerial' },
  { code: 4, label: 'Registered manager', group: 'managerial' },
  { code: 5, label: 'Supervisor', group: 'managerial' },
  { code: 6, label: 'Social worker', group: 'professional' },
  { code: 7, label: 'Senior care worker', group: 'care_providing' },
  { code: 8, label: 'Care worker', group: 'care_providing' },
  { code: 9, label: 'Community support and outreach work', group: 'care_providing' },
  { code: 10, label: 'Employment support', group: 'other' },
  { code: 11, label: 'Advice, guidance and advocacy', group: 'other' },
  { code: 15, label: 'Occupational therapist', group: 'professional' },
  { code: 16, label: 'Registered nurse', group: 'professional' },
  { code: 17, label: 'Allied health professional (not occupational therapist)', group: 'professional' },
  { code: 23, label: 'Other (directly involved in providing care)', group: 'care_providing' },
  { code: 24, label: 'Manager (care-related, but not care-providing)', group: 'managerial' },
  { code: 25, label: 'Administrative', group: 'other' },
  { code: 26, label: 'Ancillary staff (non care-providing)', group: 'other' },
  { code: 27, label: 'Other (not directly involved in providing care)', group: 'other' },
  { code: 34, label: 'Activities worker, co-ordinator', group: 'other' },
  { code: 35, label: 'Safeguarding and reviewing officer', group: 'other' },
  { code: 36, label: 'Occupational therapist assistant', group: 'professional' },
  { code: 37, label: 'Nursing associate', group: 'professional' },
  { code: 38, label: 'Nursing assistant', group: 'professional' },
  { code: 39, label: 'Assessment officer', group: 'other' },
  { code: 40, label: 'Care co-ordinator', group: 'other' },
  { code: 42, label: "Any children's, young people's job role", group: 'other' },
  { code: 43, label: 'Deputy manager', group: 'managerial' },
  { code: 44, label: 'Learning and development lead', group: 'other' },
  { code: 45, label: 'Team leader', group: 'managerial' },
  { code: 46, label: 'Data analyst', group: 'it_digital' },
  { code: 47, label: 'Data governance manager', group: 'it_digital' },
  { code: 48, label: 'IT and digital support', group: 'it_digital' },
  { code: 49, label: 'IT manager', group: 'it_digital' },
  { code: 50, label: 'IT service desk manager', group: 'it_digital' },
  { code: 51, label: 'Software developer', group: 'it_digital' },
  { code: 52, label: 'Support worker', group: 'care_providing' },
] as const satisfies readonly { code: number; label: string; group: JobRoleGroup }[];

/** The numeric codes, for CHECK constraints and validation. */
export const JOB_ROLE_CODES: readonly number[] = JOB_ROLES.map((role) => role.code);

/** A valid ASC-WDS main job role code. */
export const JobRoleCode = z
  .number({ message: 'Choose a job role' })
  .int()
  .refine((code) => JOB_ROLE_CODES.includes(code), 'Choose a job role from the list (ASC-WDS codes)');
export type JobRoleCode = z.infer<typeof JobRoleCode>;

/** Label for a job role code, or the code itself if unknown (old data). */
export function jobRoleLabel(code: number): string {
  return JOB_ROLES.find((role) => role.code === code)?.label ?? `Job role ${code}`;
}

/**
 * Job roles ASC-WDS says cannot carry out delegated healthcare activities (the registered professionals who delegate
 * them, and roles that give no care): a DHA answer for them is ignored with a warning, so the export leaves it blank.
 * Source: the ASC-WDS job table's CanDoDelegatedHealthcareActivities flag (SopraSteria-SFC migrations), by role name.
 */
export const JOB_ROLES_WITHOUT_DHA: readonly number[] = [10, 16, 24, 25, 26, 27, 37, 38, 44, 46, 47, 48, 49, 50, 51];

/** Whether a worker in this role can carry out delegated healthcare activities, as ASC-WDS sees it. */
export function canDoDelegatedHealthcare(jobRole: number): boolean {
  return !JOB_ROLES_WITHOUT_DHA.includes(jobRole);
}
