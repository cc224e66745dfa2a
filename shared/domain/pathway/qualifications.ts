import { z } from 'zod';
import { Id, IsoDateTime, optionalText } from '../common';

/**
 * ASC-WDS qualification BUDI codes (QUALACHnn) most relevant to homecare (domain.md §1.4). Titles as ASC-WDS shows
 * them;
 * `level` where the code names one.
 */
export const QUALIFICATIONS = [
  { code: 158, title: 'Level 2 Adult Social Care Certificate', level: 2 },
  { code: 129, title: 'Diploma in care (RQF), lower level', level: 2 },
  { code: 130, title: 'Diploma in care (RQF), higher level', level: 3 },
  { code: 109, title: 'Diploma: Adult care (L4)', level: 4 },
  { code: 132, title: 'Diploma in leadership and management for adult care (L5)', level: 5 },
  { code: 53, title: 'Diploma in health and social care, generic pathway (lower level)', level: 2 },
  { code: 54, title: 'Diploma in health and social care, generic pathway (higher level)', level: 3 },
  { code: 55, title: 'Diploma in health and social care, dementia (lower level)', level: 2 },
  { code: 56, title: 'Diploma in health and social care, dementia (higher level)', level: 3 },
  { code: 57, title: 'Diploma in health and social care, learning disabilities (lower level)', level: 2 },
  { code: 58, title: 'Diploma in health and social care, learning disabilities (higher level)', level: 3 },
  { code: 1, title: 'Health and social care NVQ (level 2)', level: 2 },
  { code: 2, title: 'Health and social care NVQ (level 3)', level: 3 },
  { code: 3, title: 'Health and social care NVQ (level 4)', level: 4 },
  { code: 9, title: 'Other health and care NVQ', level: null },
  { code: 10, title: "Registered manager's (adults) NVQ", level: 4 },
  { code: 301, title: 'Intermediate apprenticeship in health and social care (framework)', level: 2 },
  { code: 302, title: 'Adult care worker (standard) apprenticeship', level: 2 },
  { code: 303, title: 'Advanced apprenticeship in health and social care (framework)', level: 3 },
  { code: 304, title: 'Lead adult care worker (standard) apprenticeship', level: 3 },
  { code: 305, title: 'Lead practitioner in adult care (standard) apprenticeship', level: 4 },
  { code: 306, title: 'Higher apprenticeship in care leadership and management (framework)', level: 5 },
  { code: 307, title: 'Leader in adult care (standard) apprenticeship', level: 5 },
  { code: 311, title: 'Other apprenticeship framework or standard', level: null },
  { code: 145, title: 'Award: Epilepsy (L3)', level: 3 },
  { code: 146, title: 'TAQA assessment (L3)', level: 3 },
  { code: 147, title: 'TAQA internal quality assurance (L4)', level: 4 },
  { code: 148, title: 'Certificate: Falls prevention (L2)', level: 2 },
  { code: 149, title: 'Certificate: Nutrition (L2)', level: 2 },
  { code: 150, title: 'Certificate: Oral health (L2)', level: 2 },
  { code: 154, title: 'Functional skills in English (L1)', level: 1 },
  { code: 155, title: 'Functional skills in English (L2)', level: 2 },
  { code: 156, title: 'Functional skills in maths (L1)', level: 1 },
  { code: 157, title: 'Functional skills in maths (L2)', level: 2 },
  { code: 159, title: 'Award: Understanding Digital Leadership in Adult Social Care (L5)', level: 5 },
  { code: 144, title: 'Health and social care degree (L6)', level: 6 },
] as const;

/** Every qualification code the app knows. */
export const QUALIFICATION_CODES: number[] = QUALIFICATIONS.map((q) => q.code);

/** An ASC-WDS qualification BUDI code from the list. */
export const QualificationCode = z
  .number({ message: 'Choose a qualification' })
  .int()
  .refine((code) => QUALIFICATION_CODES.includes(code), 'Choose a qualification from the ASC-WDS list');
export type QualificationCode = z.infer<typeof QualificationCode>;

/** The title of a qualification code. */
export function qualificationTitle(code: number): string {
  return QUALIFICATIONS.find((q) => q.code === code)?.title ?? `Qualification ${code}`;
}

/** Where a qualification record came from: typed by a manager, or added when an apprenticeship completed. */
export const QualificationSource = z.enum(['manual', 'apprenticeship']);
export type QualificationSource = z.infer<typeof QualificationSource>;

/** Record a qualification a worker has achieved. The year is checked against today by the service. */
export const StaffQualificationInput = z.object({
  staffId: Id,
  qualificationCode: QualificationCode,
  yearAchieved: z
    .number({ message: 'Enter the year achieved' })
    .int('Enter the year as four digits')
    .min(1960, 'Enter a year from 1960')
    .max(2100, 'Enter a year before 2100'),
  notes: optionalText('notes', 500),
});
export type StaffQualificationInput = z.infer<typeof StaffQualificationInput>;

/** A qualification a worker holds, as the backend returns it (the ASC-WDS export reads the same table). */
export const StaffQualification = z.object({
  id: Id,
  staffId: Id,
  qualificationCode: z.number().int(),
  title: z.string(),
  yearAchieved: z.number().int(),
  notes: z.string().nullable(),
  source: QualificationSource,
  apprenticeshipId: Id.nullable(),
  createdAt: IsoDateTime,
});
export type StaffQualification = z.infer<typeof StaffQualification>;
