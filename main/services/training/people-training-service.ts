import type { z } from 'zod';
import { AppError } from '@shared/contract/errors';
import { displayName } from '@shared/domain/staff/staff';
import { addDays } from '@shared/domain/time/iso-week';
import type { Notice } from '@shared/domain/training/matrix';
import {
  CARE_CERTIFICATE_STANDARDS,
  type CareCertificateProgress,
  type CompetencyAssessment,
  type CompetencyInput as CompetencyInputSchema,
  type StandardSignOff,
  type TrainingRecord,
} from '@shared/domain/training/records';
import { CELL_LABELS } from '@shared/domain/training/expiry';
import type { TrainingSession } from '@shared/domain/training/sessions';
import { listRecords, listSessions, toCompetency } from './training-queries';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import { findStaff } from '@main/services/staff/staff-queries';
import { computeMatrixForStaff } from './matrix-one';
import { actingName, assertCanReadTrainingOf, ownStaffId } from './training-access';
import { careCertificateWeeks } from './training-settings';
import { formatDate } from '@shared/domain/time/format';

type ParsedCompetency = z.output<typeof CompetencyInputSchema>;

async function assertStaff(ctx: HandlerContext, staffId: string): Promise<{ start_date: string }> {
  const staff = await findStaff(ctx.deps.db, staffId);
  if (!staff) throw AppError.field(['staffId'], 'Choose a member of staff.');
  return staff;
}

/** Record an observed competency assessment (trainer or manager), with the next reassessment date. */
export async function recordCompetency(ctx: HandlerContext, input: ParsedCompetency): Promise<CompetencyAssessment> {
  await assertStaff(ctx, input.staffId);
  if (input.assessedOn > londonDate(ctx.deps.clock.now()))
    throw AppError.field(['assessedOn'], 'Assessment date cannot be in the future');
  const id = ctx.deps.ids();
  const row = await ctx.deps.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('competency_assessment')
      .values({
        id,
        staff_id: input.staffId,
        competency: input.competency,
        assessed_on: input.assessedOn,
        outcome: input.outcome,
        assessor: actingName(ctx),
        next_due_on: input.nextDueOn,
        notes: input.notes,
        created_at: ctx.deps.clock.now().toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit(trx, {
      action: 'training.competency.record',
      entity: 'competency_assessment',
      entityId: id,
      outcome: 'success',
    });
    return inserted;
  });
  ctx.deps.events.publish('training.changed', { ids: [input.staffId] });
  return toCompetency(row);
}

/** Competency assessments of one person, newest first (a worker: their own). */
export async function competenciesOf(ctx: HandlerContext, staffId: string): Promise<CompetencyAssessment[]> {
  assertCanReadTrainingOf(ctx, staffId);
  const rows = await ctx.deps.db
    .selectFrom('competency_assessment')
    .selectAll()
    .where('staff_id', '=', staffId)
    .orderBy('assessed_on', 'desc')
    .execute();
  return rows.map(toCompetency);
}

/** Care Certificate progress: the 16 standards and the target date from the start date. */
export async function careCertificateOf(ctx: HandlerContext, staffId: string): Promise<CareCertificateProgress> {
  assertCanReadTrainingOf(ctx, staffId);
  const staff = await findStaff(ctx.deps.db, staffId);
  if (!staff) throw new AppError('NOT_FOUND', 'That staff record does not exist.');
  const weeks = await careCertificateWeeks(ctx.deps.db);
  const signed = new Map(
    (
      await ctx.deps.db.selectFrom('care_certificate_standard').selectAll().where('staff_id', '=', staffId).execute()
    ).map((s) => [s.standard, s]),
  );
  const standards = CARE_CERTIFICATE_STANDARDS.map((title, i) => {
    const row = signed.get(i + 1);
    return { standard: i + 1, title, signedOffOn: row?.signed_off_on ?? null, signedOffBy: row?.signed_off_by ?? null };
  });
  const award = await ctx.deps.db
    .selectFrom('training_record as r')
    .innerJoin('training_course as c', 'c.id', 'r.course_id')
    .select('r.completed_on')
    .where('r.staff_id', '=', staffId)
    .where('c.counts_care_certificate', '=', 1)
    .where('c.validity_months', 'is', null)
    .orderBy('r.completed_on')
    .executeTakeFirst();
  return {
    staffId,
    startDate: staff.start_date,
    targetDate: addDays(staff.start_date, weeks * 7),
    standards,
    completedCount: signed.size,
    awardedOn: award?.completed_on ?? null,
  };
}

/** Sign off one Care Certificate standard (trainer or manager). */
export async function signOffStandard(ctx: HandlerContext, input: StandardSignOff): Promise<CareCertificateProgress> {
  const staff = await assertStaff(ctx, input.staffId);
  if (input.signedOffOn > londonDate(ctx.deps.clock.now()))
    throw AppError.field(['signedOffOn'], 'Sign-off date cannot be in the future');
  if (input.signedOffOn < staff.start_date)
    throw AppError.field(
      ['signedOffOn'],
      `Sign-off date cannot be before the start date (${formatDate(staff.start_date)})`,
    );
  const existing = await ctx.deps.db
    .selectFrom('care_certificate_standard')
    .select('standard')
    .where('staff_id', '=', input.staffId)
    .where('standard', '=', input.standard)
    .executeTakeFirst();
  if (existing) throw AppError.field(['standard'], `Standard ${input.standard} is already signed off`);
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('care_certificate_standard')
      .values({
        staff_id: input.staffId,
        standard: input.standard,
        signed_off_on: input.signedOffOn,
        signed_off_by: actingName(ctx),
      })
      .execute();
    await ctx.audit(trx, {
      action: 'training.careCertificate.signOff',
      entity: 'staff',
      entityId: input.staffId,
      outcome: 'success',
      detail: `standard ${input.standard}`,
    });
  });
  ctx.deps.events.publish('training.changed', { ids: [input.staffId] });
  return careCertificateOf(ctx, input.staffId);
}

/**
 * What one person sees of their own training: records, what is due, bookings, competencies, Care Certificate,
 * notices.
 */
export async function trainingOverview(ctx: HandlerContext, staffId: string) {
  assertCanReadTrainingOf(ctx, staffId);
  const db = ctx.deps.db;
  const staff = await findStaff(db, staffId);
  if (!staff) throw new AppError('NOT_FOUND', 'That staff record does not exist.');
  const today = londonDate(ctx.deps.clock.now());
  const records: TrainingRecord[] = await listRecords(db, { staffId });
  const cells = await computeMatrixForStaff(db, staffId, today);
  const due = cells
    .filter((c) => c.status !== 'valid' && c.status !== 'not_required')
    .map((c) => ({
      courseId: c.courseId,
      courseName: c.courseName,
      status: c.status,
      label: CELL_LABELS[c.status],
      expiresOn: c.expiresOn,
    }));
  const bookedIds = (
    await db
      .selectFrom('training_booking as b')
      .innerJoin('training_session as s', 's.id', 'b.session_id')
      .select('s.id')
      .where('b.staff_id', '=', staffId)
      .where('b.booked', '=', 1)
      .where('s.date', '>=', today)
      .execute()
  ).map((r) => r.id);
  const bookings: TrainingSession[] = await listSessions(db, { ids: bookedIds });
  const certificates = await db
    .selectFrom('training_certificate')
    .select(['id', 'staff_id', 'file_name', 'mime_type', 'size_bytes', 'uploaded_at'])
    .where('staff_id', '=', staffId)
    .orderBy('uploaded_at', 'desc')
    .execute();
  return {
    person: {
      staffId,
      name: displayName({
        givenName: staff.given_name,
        familyName: staff.family_name,
        preferredName: staff.preferred_name,
      }),
      reference: staff.reference,
      jobRole: staff.job_role,
      startDate: staff.start_date,
    },
    records,
    due,
    bookings,
    competencies: await competenciesOf(ctx, staffId),
    careCertificate: await careCertificateOf(ctx, staffId),
    certificates: certificates.map((c) => ({
      id: c.id,
      staffId: c.staff_id,
      fileName: c.file_name,
      mimeType: c.mime_type,
      sizeBytes: c.size_bytes,
      uploadedAt: c.uploaded_at,
    })),
  };
}

/** The caller's own overview. */
export function myTraining(ctx: HandlerContext) {
  return trainingOverview(ctx, ownStaffId(ctx));
}

/** The caller's notices, newest first. */
export async function myNotices(ctx: HandlerContext): Promise<Notice[]> {
  const staffId = ctx.requireCaller().staffId;
  if (!staffId) return [];
  const rows = await ctx.deps.db
    .selectFrom('notice')
    .selectAll()
    .where('staff_id', '=', staffId)
    .orderBy('created_at', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => ({ id: r.id, text: r.text, createdAt: r.created_at, readAt: r.read_at }));
}

/** Mark one of the caller's notices read (record-level: only their own). */
export async function markNoticeRead(ctx: HandlerContext, id: string): Promise<Notice> {
  const staffId = ctx.requireCaller().staffId;
  const row = await ctx.deps.db.selectFrom('notice').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'That notice does not exist.');
  if (row.staff_id !== staffId) throw new AppError('FORBIDDEN', 'You can only mark your own notices.');
  const readAt = row.read_at ?? ctx.deps.clock.now().toISOString();
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('notice').set({ read_at: readAt }).where('id', '=', id).execute();
    await ctx.audit(trx, { action: 'notices.markRead', entity: 'notice', entityId: id, outcome: 'success' });
  });
  ctx.deps.events.publish('notices.changed', { ids: [row.staff_id] });
  return { id: row.id, text: row.text, createdAt: row.created_at, readAt };
}
