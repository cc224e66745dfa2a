import type { z } from 'zod';
import { AppError, type Issue } from '@shared/contract/errors';
import {
  StaffDetailsFields,
  StaffSensitiveFields,
  checkDetails,
  checkSensitive,
  type StaffDetails,
  type StaffDetailsPatch,
  type StaffProfile,
  type StaffSensitive,
  type StaffSensitivePatch,
} from '@shared/domain/staff/profile';
import { payHistory } from './pay-rates';
import { detailsColumns, sensitiveColumns, toDetails, toSensitive } from './profile-rows';
import { findStaff } from './staff-queries';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import { LEAD_PROVIDER, employerName } from '../ascwds/employers';
import { hasRecentReauth } from '../auth/sign-in';

/** Throw VALIDATION with every issue under a prefix (`details.homePostcode`). */
export function throwIssues(
  prefix: (string | number)[],
  issues: { path: string | (string | number)[]; message: string }[],
): never {
  const list: Issue[] = issues.map((issue) => ({
    path: [...prefix, ...(typeof issue.path === 'string' ? [issue.path] : issue.path)],
    message: issue.message,
  }));
  throw new AppError('VALIDATION', list[0]?.message ?? 'Check the record', { issues: list });
}

/** The cross-field problems of merged details (zod-free, so import and edit share it). */
export function detailsProblems(details: StaffDetails, startDate: string): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  checkDetails(
    details,
    { addIssue: (issue) => out.push({ path: String(issue.path[0]), message: issue.message }) },
    startDate,
  );
  return out;
}

/** Load a record or answer NOT_FOUND; erased records are kept only as a tombstone. */
export async function requireStaffRow(ctx: HandlerContext, id: string) {
  const row = await findStaff(ctx.deps.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'That staff record does not exist.');
  return row;
}

/** Managers and coordinators read any record; others only their own. */
export function assertMayRead(ctx: HandlerContext, staffId: string): void {
  const caller = ctx.requireCaller();
  const privileged = caller.roles.includes('manager') || caller.roles.includes('coordinator');
  if (!privileged && caller.staffId !== staffId)
    throw new AppError('FORBIDDEN', 'You can only see your own staff record.');
}

/** The full record without sensitive fields. */
export async function getProfile(ctx: HandlerContext, id: string): Promise<StaffProfile> {
  assertMayRead(ctx, id);
  const row = await requireStaffRow(ctx, id);
  const db = ctx.deps.db;
  const today = londonDate(ctx.deps.clock.now());
  const [pay, references, reviews, attachments, employer] = await Promise.all([
    payHistory(db, id),
    db.selectFrom('staff_reference_check').selectAll().where('staff_id', '=', id).orderBy('created_at').execute(),
    db.selectFrom('staff_review').selectAll().where('staff_id', '=', id).orderBy('held_on', 'desc').execute(),
    db
      .selectFrom('staff_attachment')
      .select(['id', 'kind', 'file_name', 'media_type', 'size_bytes', 'uploaded_at'])
      .where('staff_id', '=', id)
      .orderBy('uploaded_at', 'desc')
      .execute(),
    employerName(db, row.employer_id),
  ]);
  const current = pay.find((rate) => rate.effective_from <= today) ?? null;
  return {
    staffId: id,
    details: toDetails(row),
    employerName: employer ?? LEAD_PROVIDER,
    payHistory: pay.map((rate) => ({
      id: rate.id,
      effectiveFrom: rate.effective_from,
      pencePerHour: rate.pence_per_hour,
      note: rate.note,
    })),
    currentPencePerHour: current?.pence_per_hour ?? null,
    references: references.map((r) => ({
      id: r.id,
      refereeName: r.referee_name,
      relationship: r.relationship,
      requestedOn: r.requested_on,
      receivedOn: r.received_on,
    })),
    reviews: reviews.map((r) => ({ id: r.id, kind: r.kind, heldOn: r.held_on, notes: r.notes })),
    attachments: attachments.map((a) => ({
      id: a.id,
      kind: a.kind,
      fileName: a.file_name,
      mediaType: a.media_type,
      sizeBytes: a.size_bytes,
      uploadedAt: a.uploaded_at,
    })),
    erasedAt: row.erased_at,
  };
}

/** Check an employer id names a partner provider (null is the lead provider). */
export async function assertEmployer(
  ctx: HandlerContext,
  employerId: string | null,
  path: (string | number)[],
): Promise<void> {
  if (employerId === null) return;
  if ((await employerName(ctx.deps.db, employerId)) === null)
    throw AppError.field(path, 'Choose an employer from the branch’s family of providers');
}

/** Change some details; the merged record must still make sense as a whole. */
export async function updateDetails(ctx: HandlerContext, id: string, patch: StaffDetailsPatch): Promise<StaffProfile> {
  const row = await requireStaffRow(ctx, id);
  if (row.erased_at) throw new AppError('CONFLICT', 'This record has been erased under the retention rule.');
  const merged = parseMerged(StaffDetailsFields, { ...toDetails(row), ...definedOnly(patch) }, ['details']);
  const problems = detailsProblems(merged, row.start_date);
  if (problems.length > 0) throwIssues(['details'], problems);
  await assertEmployer(ctx, merged.employerId, ['details', 'employerId']);
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('staff')
      .set({ ...detailsColumns(merged), updated_at: ctx.deps.clock.now().toISOString() })
      .where('id', '=', id)
      .execute();
    await ctx.audit(trx, {
      action: 'staff.updateDetails',
      entity: 'staff',
      entityId: id,
      outcome: 'success',
      detail: Object.keys(definedOnly(patch)).join(','),
    });
  });
  ctx.deps.events.publish('staff.changed', { ids: [id] });
  return getProfile(ctx, id);
}

/** Sensitive views and edits need the manager to have re-entered their password recently. */
function assertReauth(ctx: HandlerContext): void {
  const caller = ctx.requireCaller();
  if (!hasRecentReauth(caller, ctx.deps.clock.now())) {
    throw new AppError('FORBIDDEN', 'Enter your password again to see sensitive details.', {
      reason: 'reauth_required',
    });
  }
}

/** The sensitive fields of one record: manager only (contract), after re-authentication, each view audited. */
export async function getSensitive(ctx: HandlerContext, id: string): Promise<StaffSensitive> {
  assertReauth(ctx);
  const row = await requireStaffRow(ctx, id);
  await ctx.deps.db
    .transaction()
    .execute((trx) =>
      ctx.audit(trx, { action: 'staff.viewSensitive', entity: 'staff', entityId: id, outcome: 'success' }),
    );
  return toSensitive(row);
}

/** Change sensitive fields (after re-authentication). */
export async function updateSensitive(
  ctx: HandlerContext,
  id: string,
  patch: StaffSensitivePatch,
): Promise<StaffSensitive> {
  assertReauth(ctx);
  const row = await requireStaffRow(ctx, id);
  if (row.erased_at) throw new AppError('CONFLICT', 'This record has been erased under the retention rule.');
  const merged = parseMerged(StaffSensitiveFields, { ...toSensitive(row), ...definedOnly(patch) }, ['sensitive']);
  const problems = checkSensitive(merged, londonDate(ctx.deps.clock.now()), row.start_date);
  if (problems.length > 0) throwIssues(['sensitive'], problems);
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('staff')
      .set({ ...sensitiveColumns(merged), updated_at: ctx.deps.clock.now().toISOString() })
      .where('id', '=', id)
      .execute();
    await ctx.audit(trx, {
      action: 'staff.updateSensitive',
      entity: 'staff',
      entityId: id,
      outcome: 'success',
      detail: Object.keys(definedOnly(patch)).join(','),
    });
  });
  ctx.deps.events.publish('staff.changed', { ids: [id] });
  return merged;
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function parseMerged<S extends z.ZodType>(schema: S, value: unknown, prefix: string[]): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throwIssues(
      prefix,
      parsed.error.issues.map((issue) => ({
        path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: issue.message,
      })),
    );
  return parsed.data;
}
