import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, optionalText, requiredText } from '../common';
import { Delivery, Strand } from './catalogue';

/** Where a training record came from. */
export const RecordSource = z.enum(['register', 'manual', 'import', 'demo']);
export type RecordSource = z.infer<typeof RecordSource>;

/** Who delivered the training (ASC-WDS WHODELIVERED). */
export const DeliveredBy = z.enum(['in_house', 'external']);
export type DeliveredBy = z.infer<typeof DeliveredBy>;

/** A completion typed in by hand. Expiry blank = computed from the course validity. */
export const RecordInput = z
  .object({
    staffId: Id,
    courseId: Id,
    completedOn: IsoDate,
    expiresOn: IsoDate.nullable().default(null),
    certificateId: Id.nullable().default(null),
    notes: optionalText('notes', 1000).default(null),
  })
  .superRefine((value, ctx) => {
    if (value.expiresOn !== null && value.expiresOn <= value.completedOn) {
      ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'Expiry date must be after the completion date' });
    }
  });
export type RecordInput = z.input<typeof RecordInput>;

/** A correction to an existing record: a reason is required and the change is audited. */
export const RecordCorrection = z
  .object({
    id: Id,
    completedOn: IsoDate,
    expiresOn: IsoDate.nullable(),
    reason: requiredText('the reason for the correction', 300),
  })
  .superRefine((value, ctx) => {
    if (value.expiresOn !== null && value.expiresOn <= value.completedOn) {
      ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'Expiry date must be after the completion date' });
    }
  });
export type RecordCorrection = z.input<typeof RecordCorrection>;

/** A training record as returned. */
export const TrainingRecord = z.object({
  id: Id,
  staffId: Id,
  courseId: Id,
  courseName: z.string(),
  ascwdsCategory: z.number().int(),
  strand: Strand.nullable(),
  completedOn: IsoDate,
  expiresOn: IsoDate.nullable(),
  deliveredBy: DeliveredBy,
  providerName: z.string(),
  howDelivered: Delivery,
  certificateId: Id.nullable(),
  source: RecordSource,
  notes: z.string().nullable(),
  createdAt: IsoDateTime,
});
export type TrainingRecord = z.infer<typeof TrainingRecord>;

/** Allowed certificate file types (checked by their first bytes, not their names). */
export const CertificateMime = z.enum(['application/pdf', 'image/png', 'image/jpeg']);
export type CertificateMime = z.infer<typeof CertificateMime>;

/** The largest certificate accepted, in bytes. */
export const CERTIFICATE_MAX_BYTES = 10 * 1024 * 1024;

/** A certificate upload: the file as base64 in JSON. */
export const CertificateUpload = z.object({
  staffId: Id,
  fileName: requiredText('a file name', 200),
  base64: z
    .string()
    .min(1, 'Choose a file to upload')
    .max(Math.ceil((CERTIFICATE_MAX_BYTES * 4) / 3) + 1024, 'Certificates must be 10 MB or smaller'),
});
export type CertificateUpload = z.infer<typeof CertificateUpload>;

/** A stored certificate's description. */
export const CertificateInfo = z.object({
  id: Id,
  staffId: Id,
  fileName: z.string(),
  mimeType: CertificateMime,
  sizeBytes: z.number().int(),
  uploadedAt: IsoDateTime,
});
export type CertificateInfo = z.infer<typeof CertificateInfo>;

/** A CSV import of training records: all rows valid or nothing written. */
export const RecordImport = z.object({
  csv: z.string().min(1, 'Choose a CSV file').max(5_000_000, 'The file must be 5 MB or smaller'),
});
export type RecordImport = z.infer<typeof RecordImport>;

/** The columns a training CSV has. */
export const IMPORT_COLUMNS = ['staff_reference', 'course_name', 'completed_on', 'expires_on', 'notes'] as const;

/** Observed competencies that are reassessed (they grant skills of the same name). */
export const Competency = z.enum(['medication', 'moving_and_handling']);
export type Competency = z.infer<typeof Competency>;

/** Labels for competencies. */
export const COMPETENCY_LABELS: Record<Competency, string> = {
  medication: 'Medication administration',
  moving_and_handling: 'Moving and handling',
};

/** Recording an observed competency assessment. */
export const CompetencyInput = z
  .object({
    staffId: Id,
    competency: Competency,
    assessedOn: IsoDate,
    outcome: z.enum(['competent', 'not_yet_competent']),
    nextDueOn: IsoDate,
    notes: optionalText('notes', 1000).default(null),
  })
  .superRefine((value, ctx) => {
    if (value.nextDueOn <= value.assessedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['nextDueOn'],
        message: 'Next reassessment must be after the assessment date',
      });
  });
export type CompetencyInput = z.input<typeof CompetencyInput>;

/** A competency assessment as returned. */
export const CompetencyAssessment = z.object({
  id: Id,
  staffId: Id,
  competency: Competency,
  assessedOn: IsoDate,
  outcome: z.enum(['competent', 'not_yet_competent']),
  assessor: z.string(),
  nextDueOn: IsoDate,
  notes: z.string().nullable(),
});
export type CompetencyAssessment = z.infer<typeof CompetencyAssessment>;

/** The 16 Care Certificate standards (2025 reform, domain.md §2.2). */
export const CARE_CERTIFICATE_STANDARDS: readonly string[] = [
  'Understand your role',
  'Your personal development',
  'Duty of care',
  'Equality and diversity',
  'Work in a person-centred way',
  'Communication',
  'Privacy and dignity',
  'Fluids and nutrition',
  'Awareness of mental health, dementia and learning disabilities',
  'Safeguarding adults',
  'Safeguarding children',
  'Basic life support',
  'Health and safety',
  'Handling information',
  'Infection prevention and control',
  'Awareness of learning disability and autism',
];

/** Care Certificate progress for one person. */
export const CareCertificateProgress = z.object({
  staffId: Id,
  startDate: IsoDate,
  targetDate: IsoDate,
  standards: z.array(
    z.object({
      standard: z.number().int(),
      title: z.string(),
      signedOffOn: IsoDate.nullable(),
      signedOffBy: z.string().nullable(),
    }),
  ),
  completedCount: z.number().int(),
  /** When a completed Care Certificate is on record (a course counting toward it that does not expire). */
  awardedOn: IsoDate.nullable(),
});
export type CareCertificateProgress = z.infer<typeof CareCertificateProgress>;

/** Signing off one standard. */
export const StandardSignOff = z.object({
  staffId: Id,
  standard: z.number().int().min(1, 'Choose a standard from 1 to 16').max(16, 'Choose a standard from 1 to 16'),
  signedOffOn: IsoDate,
});
export type StandardSignOff = z.infer<typeof StandardSignOff>;
