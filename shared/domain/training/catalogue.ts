import { z } from 'zod';
import { Id, IsoDate, optionalText, requiredText } from '../common';
import { JobRoleCode } from '../staff/job-roles';
import { Skill } from '../skills';

/** The five specialist advice, support and training strands of the neighbourhood model. */
export const Strand = z.enum(['end_of_life', 'mental_health', 'dementia', 'learning_disability', 'meaningful_life']);
export type Strand = z.infer<typeof Strand>;

/** Every strand, in display order. */
export const STRANDS: readonly Strand[] = Strand.options;

/** Human labels for the strands. */
export const STRAND_LABELS: Record<Strand, string> = {
  end_of_life: 'End of life care',
  mental_health: 'Mental health',
  dementia: 'Advanced dementia (incl. behaviours that challenge)',
  learning_disability: 'Learning disability',
  meaningful_life: 'Meaningful life roles and community engagement',
};

/** Which strand a team need (a skill) calls for; skills with no strand need none. */
export const STRAND_FOR_SKILL: Partial<Record<Skill, Strand>> = {
  dementia: 'dementia',
  end_of_life: 'end_of_life',
  mental_health: 'mental_health',
  learning_disability: 'learning_disability',
  autism: 'learning_disability',
};

/** What kind of organisation a training provider is. */
export const ProviderKind = z.enum(['specialist', 'in_house', 'e_learning', 'college', 'external']);
export type ProviderKind = z.infer<typeof ProviderKind>;

/** Labels for provider kinds. */
export const PROVIDER_KIND_LABELS: Record<ProviderKind, string> = {
  specialist: 'Specialist provider',
  in_house: 'In-house',
  e_learning: 'E-learning',
  college: 'College',
  external: 'Other external provider',
};

/**
 * How a course is delivered (ASC-WDS HOWDELIVERED has face to face and e-learning; blended reports as face to face).
 */
export const Delivery = z.enum(['face_to_face', 'e_learning', 'blended']);
export type Delivery = z.infer<typeof Delivery>;

/** Labels for delivery modes. */
export const DELIVERY_LABELS: Record<Delivery, string> = {
  face_to_face: 'Face to face',
  e_learning: 'E-learning',
  blended: 'Blended',
};

/** ASC-WDS training categories (BUDI codes, domain.md §1.5). */
export const ASCWDS_CATEGORIES: readonly { code: number; label: string }[] = [
  { code: 1, label: 'Control and restraint' },
  { code: 2, label: 'Dementia care' },
  { code: 5, label: 'Emergency aid awareness' },
  { code: 6, label: 'Fire safety' },
  { code: 7, label: 'Basic life support and first aid' },
  { code: 8, label: 'Food hygiene' },
  { code: 9, label: 'Health and safety awareness' },
  { code: 10, label: 'Infection prevention and control' },
  { code: 11, label: 'Leadership and management' },
  { code: 12, label: 'Learning disability' },
  { code: 13, label: 'Medication management' },
  { code: 14, label: 'Mental capacity and liberty safeguards' },
  { code: 15, label: 'Assisting and moving people' },
  { code: 16, label: 'Nutrition and hydration' },
  { code: 17, label: 'Palliative, end of life care' },
  { code: 18, label: 'Physical disability' },
  { code: 19, label: 'Positive behaviour support and non-restrictive practice' },
  { code: 20, label: 'Safeguarding adults' },
  { code: 21, label: 'Other' },
  { code: 22, label: 'Dignity, respect, person-centered care' },
  { code: 23, label: 'Equality and diversity' },
  { code: 25, label: "Children's, young people's related training" },
  { code: 26, label: 'Data management and GDPR' },
  { code: 27, label: 'Epilepsy' },
  { code: 28, label: 'Communication' },
  { code: 29, label: 'Diabetes' },
  { code: 30, label: 'COSHH' },
  { code: 31, label: 'Mental health' },
  { code: 32, label: 'Autism' },
  { code: 33, label: 'Continence care' },
  { code: 34, label: 'Duty of care' },
  { code: 35, label: 'Supervision, performance management' },
  { code: 36, label: 'Stroke' },
  { code: 37, label: 'Complaints handling, conflict resolution' },
  { code: 38, label: 'Personal care' },
  { code: 39, label: 'Activity provision, wellbeing' },
  { code: 40, label: 'Sensory disability' },
  { code: 41, label: 'Oliver McGowan Mandatory Training (elearning)' },
  { code: 42, label: 'Oliver McGowan Mandatory Training (Tier 1)' },
  { code: 43, label: 'Oliver McGowan Mandatory Training (Tier 2)' },
  { code: 44, label: 'Oral health' },
  { code: 45, label: 'Moving and handling objects' },
  { code: 46, label: 'Assisted digital and accessibility' },
  { code: 47, label: 'Digital leadership skills' },
  { code: 48, label: 'In-house systems and applications' },
  { code: 49, label: 'Online safety and security' },
  { code: 50, label: 'Social media and communications' },
  { code: 51, label: 'Working with digital technology' },
];

/** The category codes, for CHECK constraints and validation. */
export const ASCWDS_CATEGORY_CODES: readonly number[] = ASCWDS_CATEGORIES.map((c) => c.code);

/** Label of an ASC-WDS training category. */
export function categoryLabel(code: number): string {
  return ASCWDS_CATEGORIES.find((c) => c.code === code)?.label ?? `Category ${code}`;
}

/** What a person types to add or edit a provider. */
export const ProviderInput = z
  .object({
    name: requiredText('a provider name', 120),
    kind: ProviderKind,
    strand: Strand.nullable(),
    contact: optionalText('contact details', 300),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'specialist' && value.strand === null)
      ctx.addIssue({
        code: 'custom',
        path: ['strand'],
        message: 'Choose the strand this specialist provider supports',
      });
    if (value.kind !== 'specialist' && value.strand !== null)
      ctx.addIssue({ code: 'custom', path: ['strand'], message: 'Only specialist providers are linked to a strand' });
  });
export type ProviderInput = z.infer<typeof ProviderInput>;

/** A provider as returned. */
export const Provider = z.object({
  id: Id,
  name: z.string(),
  kind: ProviderKind,
  strand: Strand.nullable(),
  contact: z.string().nullable(),
});
export type Provider = z.infer<typeof Provider>;

/** A course's validity in months (ASC-WDS allows 1–999), or null when it does not expire. */
export const ValidityMonths = z
  .number({ message: 'Enter the validity in months' })
  .int('Validity must be a whole number of months')
  .min(1, 'Validity must be at least 1 month')
  .max(999, 'Validity must be 999 months or fewer')
  .nullable();

/** What a person types to add or edit a course. */
export const CourseInput = z.object({
  name: requiredText('a course name', 120),
  providerId: Id,
  ascwdsCategory: z
    .number({ message: 'Choose an ASC-WDS training category' })
    .int()
    .refine((code) => ASCWDS_CATEGORY_CODES.includes(code), 'Choose an ASC-WDS training category from the list'),
  strand: Strand.nullable(),
  delivery: Delivery,
  accredited: z.boolean(),
  validityMonths: ValidityMonths,
  countsCareCertificate: z.boolean(),
  countsQualification: z.boolean(),
  countsOtj: z.boolean(),
  skills: z.array(Skill).max(11).default([]),
});
export type CourseInput = z.input<typeof CourseInput>;

/** A course as returned, with its provider's name and the skills it grants. */
export const Course = z.object({
  id: Id,
  name: z.string(),
  providerId: Id,
  providerName: z.string(),
  ascwdsCategory: z.number().int(),
  strand: Strand.nullable(),
  delivery: Delivery,
  accredited: z.boolean(),
  validityMonths: z.number().int().nullable(),
  countsCareCertificate: z.boolean(),
  countsQualification: z.boolean(),
  countsOtj: z.boolean(),
  skills: z.array(Skill),
});
export type Course = z.infer<typeof Course>;

/** One requirement: a job role (or a strand) needs a course; rows sharing an `anyOfGroup` are satisfied by any one. */
export const RequirementInput = z
  .object({
    jobRole: JobRoleCode.nullable(),
    strand: Strand.nullable(),
    courseId: Id,
    anyOfGroup: optionalText('the alternative group', 60),
    effectiveFrom: IsoDate,
  })
  .superRefine((value, ctx) => {
    if ((value.jobRole === null) === (value.strand === null))
      ctx.addIssue({ code: 'custom', path: ['jobRole'], message: 'Choose either a job role or a strand' });
  });
export type RequirementInput = z.input<typeof RequirementInput>;

/** A requirement as returned. */
export const Requirement = z.object({
  id: Id,
  jobRole: z.number().int().nullable(),
  strand: Strand.nullable(),
  courseId: Id,
  courseName: z.string(),
  anyOfGroup: z.string().nullable(),
  effectiveFrom: IsoDate,
});
export type Requirement = z.infer<typeof Requirement>;
