import type { HandlerTable } from '@main/rpc/handler';
import { downloadAttachment, uploadAttachment } from './attachments';
import { getProfile, getSensitive, updateDetails, updateSensitive } from './profile-service';
import { applyRetention } from './retention';
import { exportStaffCsv } from './staff-export-csv';
import { importStaffCsv, importTemplate } from './staff-import';
import { addPayRate, addReview, saveReferenceCheck } from './staff-records-service';
import { workerSickPay } from '../sick-pay/sick-pay-service';

/** Handlers for the full staff record. */
export const staffRecordHandlers: HandlerTable<
  | 'staff.getProfile'
  | 'staff.sickPay'
  | 'staff.updateDetails'
  | 'staff.getSensitive'
  | 'staff.updateSensitive'
  | 'staff.addPayRate'
  | 'staff.saveReference'
  | 'staff.addReview'
  | 'staff.uploadAttachment'
  | 'staff.downloadAttachment'
  | 'staff.applyRetention'
  | 'staff.import'
  | 'staff.importTemplate'
  | 'staff.exportCsv'
> = {
  'staff.getProfile': (input, ctx) => getProfile(ctx, input.id),
  'staff.sickPay': (input, ctx) => workerSickPay(ctx, input.id),
  'staff.updateDetails': (input, ctx) => updateDetails(ctx, input.id, input.details),
  'staff.getSensitive': (input, ctx) => getSensitive(ctx, input.id),
  'staff.updateSensitive': (input, ctx) => updateSensitive(ctx, input.id, input.sensitive),
  'staff.addPayRate': (input, ctx) => addPayRate(ctx, input.id, input.rate),
  'staff.saveReference': (input, ctx) => saveReferenceCheck(ctx, input.id, input.referenceId, input.reference),
  'staff.addReview': (input, ctx) => addReview(ctx, input.id, input.review),
  'staff.uploadAttachment': (input, ctx) => uploadAttachment(ctx, input),
  'staff.downloadAttachment': (input, ctx) => downloadAttachment(ctx, input.id),
  'staff.applyRetention': (_input, ctx) => applyRetention(ctx),
  'staff.import': (input, ctx) => importStaffCsv(ctx, input.csv, input.dryRun),
  'staff.importTemplate': () => Promise.resolve(importTemplate()),
  'staff.exportCsv': (input, ctx) => exportStaffCsv(ctx, input.includeArchived),
};
