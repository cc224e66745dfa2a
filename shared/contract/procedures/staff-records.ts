import { z } from 'zod';
import { procedure } from '../procedure';
import { Id } from '../../domain/common';
import {
  PayRateInput,
  StaffAttachmentInput,
  StaffDetailsPatch,
  StaffProfile,
  StaffReferenceCheckInput,
  StaffReviewInput,
  StaffSensitiveFields,
  StaffSensitivePatch,
} from '../../domain/staff/profile';

/** The full staff record beyond the foundation slice: tabs, sensitive fields, pay history, checks and files. */
export const staffRecordProcedures = {
  'staff.getProfile': procedure({
    summary: 'The full record without sensitive fields. A worker may read only their own.',
    input: z.object({ id: Id }),
    output: StaffProfile,
    roles: ['manager', 'coordinator', 'worker'],
  }),
  'staff.updateDetails': procedure({
    summary: 'Change some of the full record (one tab); the merged record is checked as a whole.',
    input: z.object({ id: Id, details: StaffDetailsPatch }),
    output: StaffProfile,
    roles: ['manager'],
    mutation: true,
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
  }),
  'staff.addPayRate': procedure({
    summary: 'Add an hourly rate from a date; earlier rates stay as history.',
    input: z.object({ id: Id, rate: PayRateInput }),
    output: StaffProfile,
    roles: ['manager'],
    mutation: true,
  }),
  'staff.saveReference': procedure({
    summary: 'Add a reference, or update one (when it arrives).',
    input: z.object({ id: Id, referenceId: Id.nullable(), reference: StaffReferenceCheckInput }),
    output: StaffProfile,
    roles: ['manager'],
    mutation: true,
  }),
  'staff.addReview': procedure({
    summary: 'Record a supervision, appraisal or spot check.',
    input: z.object({ id: Id, review: StaffReviewInput }),
    output: StaffProfile,
    roles: ['manager'],
    mutation: true,
  }),
  'staff.uploadAttachment': procedure({
    summary: 'Attach a copy of a DBS certificate, right-to-work document or other file (PDF, PNG or JPEG up to 10 MB).',
    input: StaffAttachmentInput,
    output: StaffProfile,
    roles: ['manager'],
    mutation: true,
    maxBodyBytes: 15 * 1024 * 1024,
  }),
  'staff.downloadAttachment': procedure({
    summary: 'Open an attached file (after re-authentication; audited).',
    input: z.object({ id: Id }),
    output: z.object({ fileName: z.string(), mediaType: z.enum(['application/pdf', 'image/png', 'image/jpeg']), contentBase64: z.string() }),
    roles: ['manager'],
  }),
  'staff.applyRetention': procedure({
    summary: 'Erase leavers’ records kept past the retention period (audited per record).',
    input: z.object({}),
    output: z.object({ erased: z.number().int(), cutoff: z.string() }),
    roles: ['manager'],
    mutation: true,
  }),
};
