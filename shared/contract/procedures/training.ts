import { z } from 'zod';
import { procedure } from '../procedure';
import { Id, IsoDate } from '@shared/domain/common';
import {
  Course,
  CourseInput,
  Provider,
  ProviderInput,
  Requirement,
  RequirementInput,
} from '@shared/domain/training/catalogue';
import { ExpiryAlert, Matrix, MatrixQuery, Notice } from '@shared/domain/training/matrix';
import {
  CERTIFICATE_MAX_BYTES,
  CareCertificateProgress,
  CertificateInfo,
  CertificateUpload,
  CompetencyAssessment,
  CompetencyInput,
  RecordCorrection,
  RecordImport,
  RecordInput,
  StandardSignOff,
  TrainingRecord,
} from '@shared/domain/training/records';
import { Register, RegisterSubmission, SessionInput, TrainingSession } from '@shared/domain/training/sessions';

const CATALOGUE_EDITORS = ['manager', 'trainer'] as const;
const TRAINING_READERS = ['manager', 'coordinator', 'trainer'] as const;

/** What a person sees of their own training. */
export const TrainingOverview = z.object({
  person: z.object({
    staffId: Id,
    name: z.string(),
    reference: z.string(),
    jobRole: z.number().int(),
    startDate: IsoDate,
  }),
  records: z.array(TrainingRecord),
  due: z.array(
    z.object({
      courseId: Id,
      courseName: z.string(),
      status: z.string(),
      label: z.string(),
      expiresOn: IsoDate.nullable(),
    }),
  ),
  bookings: z.array(TrainingSession),
  competencies: z.array(CompetencyAssessment),
  careCertificate: CareCertificateProgress,
  certificates: z.array(CertificateInfo),
});
export type TrainingOverview = z.infer<typeof TrainingOverview>;

/** Training: catalogue, sessions, registers, records, the matrix, competencies, Care Certificate, notices. */
export const trainingProcedures = {
  'training.listProviders': procedure({
    summary: 'Training providers, specialist ones linked to their strand.',
    input: z.object({}),
    output: z.array(Provider),
    roles: TRAINING_READERS,
  }),
  'training.saveProvider': procedure({
    summary: 'Add (id null) or edit a training provider.',
    input: z.object({ id: Id.nullable(), provider: ProviderInput }),
    output: Provider,
    roles: CATALOGUE_EDITORS,
    mutation: true,
    invalidates: ['training'],
  }),
  'training.listCourses': procedure({
    summary: 'The course catalogue with ASC-WDS categories, validity and the skills each grants.',
    input: z.object({}),
    output: z.array(Course),
    roles: ['manager', 'coordinator', 'trainer', 'worker'],
  }),
  'training.saveCourse': procedure({
    summary: 'Add (id null) or edit a course, including its course → skill mapping.',
    input: z.object({ id: Id.nullable(), course: CourseInput }),
    output: Course,
    roles: CATALOGUE_EDITORS,
    mutation: true,
    invalidates: ['training', 'clients', 'rota', 'pathway', 'apprenticeships', 'ascwds'],
  }),
  'training.listRequirements': procedure({
    summary: 'Which courses each job role and strand needs.',
    input: z.object({}),
    output: z.array(Requirement),
    roles: TRAINING_READERS,
  }),
  'training.addRequirement': procedure({
    summary: 'Require a course for a job role or a strand.',
    input: RequirementInput,
    output: Requirement,
    roles: ['manager'],
    mutation: true,
    invalidates: ['training'],
  }),
  'training.removeRequirement': procedure({
    summary: 'Stop requiring a course.',
    input: z.object({ id: Id }),
    output: z.object({ id: Id }),
    roles: ['manager'],
    mutation: true,
    invalidates: ['training'],
  }),
  'training.listSessions': procedure({
    summary: 'Sessions between two dates with booking counts.',
    input: z.object({ from: IsoDate, to: IsoDate }),
    output: z.array(TrainingSession),
    roles: TRAINING_READERS,
  }),
  'training.saveSession': procedure({
    summary: 'Schedule (id null) or change a session; booked staff get a notice of changes.',
    input: z.object({ id: Id.nullable(), session: SessionInput }),
    output: TrainingSession,
    roles: CATALOGUE_EDITORS,
    mutation: true,
    invalidates: ['training', 'notices', 'rota'],
  }),
  'training.cancelSession': procedure({
    summary: 'Cancel a session; booked staff get a notice.',
    input: z.object({ id: Id }),
    output: TrainingSession,
    roles: CATALOGUE_EDITORS,
    mutation: true,
    invalidates: ['training', 'notices', 'rota'],
  }),
  'training.book': procedure({
    summary: 'Book staff onto a session (paid work time; the rota sees it as a block).',
    input: z.object({ sessionId: Id, staffIds: z.array(Id).min(1, 'Choose at least one person').max(200) }),
    output: TrainingSession,
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['training', 'rota'],
  }),
  'training.unbook': procedure({
    summary: 'Take a person off a session.',
    input: z.object({ sessionId: Id, staffId: Id }),
    output: TrainingSession,
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['training', 'rota'],
  }),
  'training.getRegister': procedure({
    summary: "A session's register: who is booked and any marks.",
    input: z.object({ sessionId: Id }),
    output: Register,
    roles: CATALOGUE_EDITORS,
  }),
  'training.submitRegister': procedure({
    summary: 'Mark every attendee in one pass; completions become training records.',
    input: RegisterSubmission,
    output: Register,
    roles: CATALOGUE_EDITORS,
    mutation: true,
    invalidates: ['training', 'apprenticeships', 'pathway', 'clients', 'rota', 'ascwds'],
  }),
  'training.listRecords': procedure({
    summary: "One person's training records (a worker: their own).",
    input: z.object({ staffId: Id }),
    output: z.array(TrainingRecord),
    roles: ['manager', 'coordinator', 'trainer', 'worker'],
  }),
  'training.addRecord': procedure({
    summary: 'Enter one completion by hand.',
    input: RecordInput,
    output: TrainingRecord,
    roles: CATALOGUE_EDITORS,
    mutation: true,
    invalidates: ['training', 'pathway', 'clients', 'rota', 'ascwds'],
  }),
  'training.correctRecord': procedure({
    summary: "Correct a record's dates, with a reason (audited).",
    input: RecordCorrection,
    output: TrainingRecord,
    roles: CATALOGUE_EDITORS,
    mutation: true,
    invalidates: ['training', 'pathway', 'clients', 'rota', 'ascwds'],
  }),
  'training.importRecords': procedure({
    summary: 'Import completions from CSV; any bad row means nothing is written.',
    input: RecordImport,
    output: z.object({ imported: z.number().int() }),
    roles: CATALOGUE_EDITORS,
    mutation: true,
    invalidates: ['training', 'pathway', 'clients', 'rota', 'ascwds'],
    maxBodyBytes: 6_000_000,
  }),
  'training.uploadCertificate': procedure({
    summary: 'Store a certificate (PDF, PNG or JPEG, 10 MB at most).',
    input: CertificateUpload,
    output: CertificateInfo,
    roles: CATALOGUE_EDITORS,
    mutation: true,
    invalidates: ['training'],
    maxBodyBytes: Math.ceil((CERTIFICATE_MAX_BYTES * 4) / 3) + 64 * 1024,
  }),
  'training.getCertificate': procedure({
    summary: 'Download a certificate (a worker: their own).',
    input: z.object({ id: Id }),
    output: CertificateInfo.extend({ base64: z.string() }),
    roles: ['manager', 'coordinator', 'trainer', 'worker'],
  }),
  'training.matrix': procedure({
    summary: 'Staff × required courses with the status of each cell.',
    input: MatrixQuery,
    output: Matrix,
    roles: TRAINING_READERS,
  }),
  'training.exportMatrix': procedure({
    summary: 'The training matrix as CSV, in the order the page shows it; audited.',
    input: MatrixQuery.extend({ order: z.enum(['name', 'worst']).default('worst') }),
    output: z.object({ csv: z.string(), fileName: z.string(), rows: z.number().int() }),
    roles: TRAINING_READERS,
  }),
  'training.alerts': procedure({
    summary: 'What expires in the next 90 days and whether a renewal is booked.',
    input: z.object({ unbookedOnly: z.boolean().default(false) }),
    output: z.array(ExpiryAlert),
    roles: TRAINING_READERS,
  }),
  'training.recordCompetency': procedure({
    summary: 'Record an observed competency assessment.',
    input: CompetencyInput,
    output: CompetencyAssessment,
    roles: CATALOGUE_EDITORS,
    mutation: true,
    invalidates: ['training', 'clients', 'rota'],
  }),
  'training.signOffStandard': procedure({
    summary: 'Sign off one Care Certificate standard.',
    input: StandardSignOff,
    output: CareCertificateProgress,
    roles: CATALOGUE_EDITORS,
    mutation: true,
    invalidates: ['training', 'ascwds'],
  }),
  'training.overview': procedure({
    summary: "One person's records, what is due, bookings, competencies, Care Certificate (a worker: their own).",
    input: z.object({ staffId: Id }),
    output: TrainingOverview,
    roles: ['manager', 'coordinator', 'trainer', 'worker'],
  }),
  'training.mine': procedure({
    summary: "The caller's own training overview.",
    input: z.object({}),
    output: TrainingOverview,
    roles: ['manager', 'coordinator', 'trainer', 'worker'],
  }),
  'notices.listMine': procedure({
    summary: "The caller's in-app notices.",
    input: z.object({}),
    output: z.array(Notice),
    roles: ['manager', 'coordinator', 'trainer', 'worker'],
    passive: true,
  }),
  'notices.markRead': procedure({
    summary: 'Mark one of your notices read.',
    input: z.object({ id: Id }),
    output: Notice,
    roles: ['manager', 'coordinator', 'trainer', 'worker'],
    mutation: true,
    invalidates: ['notices'],
  }),
};
