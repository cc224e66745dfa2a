import { z } from 'zod';
import { STAFF_READERS } from '../domains';
import { procedure } from '../procedure';
import { Id } from '@shared/domain/common';
import {
  PayRateInput,
  StaffAttachmentInput,
  StaffDetailsPatch,
  StaffProfile,
  StaffReferenceCheckInput,
  StaffReviewInput,
  StaffSensitiveFields,
  StaffSensitivePatch,
} from '@shared/domain/staff/profile';
import { ImportInput, ImportReport } from '@shared/domain/staff/staff-import';
import { WorkerSickPay } from '@shared/domain/policy/sick-pay-record';

/** The full staff record beyond the foundation slice: tabs, sensitive fields, pay history, checks and files. */
export const staffRecordProcedures = {
  'staff.getProfile': procedure({
    summary: 'The full record without sensitive fields. A worker may read only their own.',
    input: z.object({ id: Id }),
    output: StaffProfile,
    roles: ['manager', 'coordinator', 'worker'],
  }),
  'staff.sickPay': procedure({
    summary: 'A worker’s sickness: each absence’s days and sick pay, and the occupational sick pay left to use.',
    input: z.object({ id: Id }),
    output: WorkerSickPay,
    roles: ['manager', 'coordinator', 'worker'],
  }),
  'staff.updateDetails': procedure({
    summary: 'Change some of the full record (one tab); the merged record is checked as a whole.',
    input: z.object({ id: Id, details: StaffDetailsPatch }),
    output: StaffProfile,
    roles: ['manager'],
    mutation: true,
    invalidates: STAFF_READERS,
  }),
  'staff.getSensitive': procedure({
    summary: 'NI number, date of birth, DBS and equality data: manager after re-authentication; each view audited.',
    input: z.object({ id: Id }),
    output: StaffSensitiveFields,
    roles: ['manager'],
  }),
  'staff.updateSensitive': procedure({
    summary: 'Change sensitive fields (after re-authentication).',
    input: z.object({ id: Id, sensitive: StaffSensitivePatch }),
    output: StaffSensitiveFields,
    roles: ['manager'],
    mutation: true,
    invalidates: ['staff', 'ascwds'],
  }),
  'staff.addPayRate': procedure({
    summary: 'Add an hourly rate from a date; earlier rates stay as history.',
    input: z.object({ id: Id, rate: PayRateInput }),
    output: StaffProfile,
    roles: ['manager'],
    mutation: true,
    invalidates: ['staff', 'compliance', 'rota'],
  }),
  'staff.saveReference': procedure({
    summary: 'Add a reference, or update one (when it arrives).',
    input: z.object({ id: Id, referenceId: Id.nullable(), reference: StaffReferenceCheckInput }),
    output: StaffProfile,
    roles: ['manager'],
    mutation: true,
    invalidates: ['staff', 'compliance'],
  }),
  'staff.addReview': procedure({
    summary: 'Record a supervision, appraisal or spot check.',
    input: z.object({ id: Id, review: StaffReviewInput }),
    output: StaffProfile,
    roles: ['manager'],
    mutation: true,
    invalidates: ['staff', 'compliance'],
  }),
  'staff.uploadAttachment': procedure({
    summary: 'Attach a copy of a DBS certificate, right-to-work document or other file (PDF, PNG or JPEG up to 10 MB).',
    input: StaffAttachmentInput,
    output: StaffProfile,
    roles: ['manager'],
    mutation: true,
    invalidates: ['staff'],
    maxBodyBytes: 15 * 1024 * 1024,
  }),
  'staff.downloadAttachment': procedure({
    summary: 'Open an attached file (after re-authentication; audited).',
    input: z.object({ id: Id }),
    output: z.object({
      fileName: z.string(),
      mediaType: z.enum(['application/pdf', 'image/png', 'image/jpeg']),
      contentBase64: z.string(),
    }),
    roles: ['manager'],
  }),
  'staff.applyRetention': procedure({
    summary: 'Erase leavers’ records kept past the retention period (audited per record).',
    input: z.object({}),
    output: z.object({ erased: z.number().int(), cutoff: z.string() }),
    roles: ['manager'],
    mutation: true,
    invalidates: STAFF_READERS,
  }),
  'staff.import': procedure({
    summary:
      'Import staff from CSV: every row checked first; any bad row imports nothing; matched on the staff reference.',
    input: ImportInput,
    output: ImportReport,
    roles: ['manager'],
    mutation: true,
    invalidates: STAFF_READERS,
    maxBodyBytes: 32 * 1024 * 1024,
  }),
  'staff.importTemplate': procedure({
    summary: 'The CSV template for imports, with a hint per column.',
    input: z.object({}),
    output: z.object({ csv: z.string(), columns: z.array(z.object({ name: z.string(), hint: z.string() })) }),
    roles: ['manager'],
  }),
  'staff.exportCsv': procedure({
    summary: 'The staff list as CSV (no sensitive fields), after re-authentication; audited.',
    input: z.object({ includeArchived: z.boolean().default(false) }),
    output: z.object({ csv: z.string(), rows: z.number().int() }),
    roles: ['manager'],
  }),
};
