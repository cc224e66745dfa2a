import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import Papa from 'papaparse';
import type { z } from 'zod';
import { AppError, type Issue } from '@shared/contract/errors';
import { IsoDate, ukDateAsIso } from '@shared/domain/common';
import { expiryFor } from '@shared/domain/training/expiry';
import {
  CERTIFICATE_MAX_BYTES,
  IMPORT_COLUMNS,
  type CertificateInfo,
  type CertificateMime,
  type CertificateUpload,
  type RecordCorrection as RecordCorrectionSchema,
  type RecordInput as RecordInputSchema,
  type TrainingRecord,
} from '@shared/domain/training/records';
import { londonDate } from '@main/platform/clock';
import type { Database, TrainingRecordTable } from '@main/db/schema';
import { courseFacts, courseNames, listRecords } from './training-queries';
import type { HandlerContext } from '@main/rpc/context';
import { findStaff, staffReferences } from '@main/services/staff/staff-queries';
import { actingName, assertCanReadTrainingOf } from './training-access';
import { formatDate } from '@shared/domain/time/format';

type ParsedRecord = z.output<typeof RecordInputSchema>;
type ParsedCorrection = z.output<typeof RecordCorrectionSchema>;

/** What a completion needs beyond the person, course and dates. */
export interface CompletionFacts {
  staffId: string;
  courseId: string;
  completedOn: string;
  expiresOn: string | null;
  certificateId: string | null;
  sessionId: string | null;
  source: TrainingRecordTable['source'];
  notes: string | null;
}

/** Check the rules a schema cannot see; answers the issues (empty when fine). `path` prefixes each issue. */
export async function completionIssues(
  db: Kysely<Database>,
  today: string,
  facts: CompletionFacts,
  path: Issue['path'],
): Promise<Issue[]> {
  const issues: Issue[] = [];
  if (facts.completedOn > today)
    issues.push({ path: [...path, 'completedOn'], message: 'Completion date cannot be in the future' });
  if (facts.expiresOn !== null && facts.expiresOn <= facts.completedOn)
    issues.push({ path: [...path, 'expiresOn'], message: 'Expiry date must be after the completion date' });
  const duplicate = await db
    .selectFrom('training_record')
    .select('id')
    .where('staff_id', '=', facts.staffId)
    .where('course_id', '=', facts.courseId)
    .where('completed_on', '=', facts.completedOn)
    .executeTakeFirst();
  if (duplicate)
    issues.push({
      path: [...path, 'completedOn'],
      message: `This person already has a completion of this course on ${formatDate(facts.completedOn)}`,
    });
  if (facts.certificateId) {
    const certificate = await db
      .selectFrom('training_certificate')
      .select('staff_id')
      .where('id', '=', facts.certificateId)
      .executeTakeFirst();
    if (!certificate || certificate.staff_id !== facts.staffId)
      issues.push({ path: [...path, 'certificateId'], message: 'That certificate does not belong to this person' });
  }
  return issues;
}

/** Write one completion inside a transaction; the caller has checked it. Expiry defaults to the course validity. */
export async function insertCompletion(
  ctx: HandlerContext,
  trx: Kysely<Database>,
  facts: CompletionFacts,
): Promise<string> {
  const course = await courseFacts(trx, facts.courseId);
  if (!course) throw AppError.field(['courseId'], 'Choose a course from the list.');
  const id = ctx.deps.ids();
  const now = ctx.deps.clock.now().toISOString();
  await trx
    .insertInto('training_record')
    .values({
      id,
      staff_id: facts.staffId,
      course_id: facts.courseId,
      completed_on: facts.completedOn,
      expires_on: facts.expiresOn ?? expiryFor(facts.completedOn, course.validity_months),
      delivered_by: course.provider_kind === 'in_house' ? 'in_house' : 'external',
      provider_name: course.provider_name,
      how_delivered: course.delivery,
      certificate_id: facts.certificateId,
      session_id: facts.sessionId,
      source: facts.source,
      notes: facts.notes,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/** Records of one person (a worker: their own). */
export async function recordsOf(ctx: HandlerContext, staffId: string): Promise<TrainingRecord[]> {
  assertCanReadTrainingOf(ctx, staffId);
  return listRecords(ctx.deps.db, { staffId });
}

/** Enter one completion by hand. */
export async function addRecord(
  ctx: HandlerContext,
  input: ParsedRecord,
  source: 'manual' | 'demo' = 'manual',
): Promise<TrainingRecord> {
  const db = ctx.deps.db;
  if (!(await findStaff(db, input.staffId))) throw AppError.field(['staffId'], 'Choose a member of staff.');
  if (!(await courseFacts(db, input.courseId))) throw AppError.field(['courseId'], 'Choose a course from the list.');
  const facts: CompletionFacts = { ...input, sessionId: null, source };
  const issues = await completionIssues(db, londonDate(ctx.deps.clock.now()), facts, []);
  if (issues.length > 0) throw new AppError('VALIDATION', issues[0]?.message ?? 'Check the record', { issues });
  const id = await db.transaction().execute(async (trx) => {
    const recordId = await insertCompletion(ctx, trx, facts);
    await ctx.audit(trx, {
      action: 'training.record.create',
      entity: 'training_record',
      entityId: recordId,
      outcome: 'success',
    });
    return recordId;
  });
  ctx.deps.events.publish('training.changed', { ids: [input.staffId] });
  const [record] = await listRecords(db, { id });
  if (!record) throw new AppError('INTERNAL', 'The record was not saved.');
  return record;
}

/** Correct the dates of a record; the reason and the old values go to the audit log. */
export async function correctRecord(ctx: HandlerContext, input: ParsedCorrection): Promise<TrainingRecord> {
  const db = ctx.deps.db;
  const existing = await db.selectFrom('training_record').selectAll().where('id', '=', input.id).executeTakeFirst();
  if (!existing) throw new AppError('NOT_FOUND', 'That training record does not exist.');
  if (input.completedOn > londonDate(ctx.deps.clock.now()))
    throw AppError.field(['completedOn'], 'Completion date cannot be in the future');
  const clash = await db
    .selectFrom('training_record')
    .select('id')
    .where('staff_id', '=', existing.staff_id)
    .where('course_id', '=', existing.course_id)
    .where('completed_on', '=', input.completedOn)
    .where('id', '!=', input.id)
    .executeTakeFirst();
  if (clash)
    throw AppError.field(
      ['completedOn'],
      `This person already has a completion of this course on ${formatDate(input.completedOn)}`,
    );
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('training_record')
      .set({
        completed_on: input.completedOn,
        expires_on: input.expiresOn,
        updated_at: ctx.deps.clock.now().toISOString(),
      })
      .where('id', '=', input.id)
      .execute();
    await ctx.audit(trx, {
      action: 'training.record.correct',
      entity: 'training_record',
      entityId: input.id,
      outcome: 'success',
      detail:
        `${existing.completed_on}/${existing.expires_on ?? 'none'} → ` +
        `${input.completedOn}/${input.expiresOn ?? 'none'}: ${input.reason}`.slice(0, 500),
    });
  });
  ctx.deps.events.publish('training.changed', { ids: [existing.staff_id] });
  const [record] = await listRecords(db, { id: input.id });
  if (!record) throw new AppError('NOT_FOUND', 'That training record does not exist.');
  return record;
}

/** A certificate's type from its first bytes; names and declared types are not trusted. */
export function sniffCertificate(bytes: Uint8Array): CertificateMime | null {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  return null;
}

/** Store a certificate (PDF, PNG or JPEG up to 10 MB) for a person. */
export async function uploadCertificate(ctx: HandlerContext, input: CertificateUpload): Promise<CertificateInfo> {
  const db = ctx.deps.db;
  if (!(await findStaff(db, input.staffId))) throw AppError.field(['staffId'], 'Choose a member of staff.');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.base64))
    throw AppError.field(['base64'], 'The file could not be read; choose it again');
  const bytes = new Uint8Array(Buffer.from(input.base64, 'base64'));
  if (bytes.length === 0) throw AppError.field(['base64'], 'The file is empty');
  if (bytes.length > CERTIFICATE_MAX_BYTES) throw AppError.field(['base64'], 'Certificates must be 10 MB or smaller');
  const mime = sniffCertificate(bytes);
  if (!mime) throw AppError.field(['base64'], 'Certificates must be PDF, PNG or JPEG files');
  const id = ctx.deps.ids();
  const uploadedAt = ctx.deps.clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('training_certificate')
      .values({
        id,
        staff_id: input.staffId,
        file_name: input.fileName,
        mime_type: mime,
        size_bytes: bytes.length,
        content: bytes,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        uploaded_at: uploadedAt,
        uploaded_by: actingName(ctx),
      })
      .execute();
    await ctx.audit(trx, {
      action: 'training.certificate.upload',
      entity: 'training_certificate',
      entityId: id,
      outcome: 'success',
    });
  });
  return { id, staffId: input.staffId, fileName: input.fileName, mimeType: mime, sizeBytes: bytes.length, uploadedAt };
}

/** Read a certificate as base64 (a worker: their own). */
export async function getCertificate(ctx: HandlerContext, id: string): Promise<CertificateInfo & { base64: string }> {
  const row = await ctx.deps.db.selectFrom('training_certificate').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'That certificate does not exist.');
  assertCanReadTrainingOf(ctx, row.staff_id);
  return {
    id: row.id,
    staffId: row.staff_id,
    fileName: row.file_name,
    mimeType: row.mime_type,
    sizeBytes: row.size_bytes,
    uploadedAt: row.uploaded_at,
    base64: Buffer.from(row.content).toString('base64'),
  };
}

function importDate(value: string): string | null {
  const iso = ukDateAsIso(value);
  return IsoDate.safeParse(iso).success ? iso : null;
}

/** Import completions from CSV: every row is checked; any bad row means nothing is written. */
export async function importRecords(ctx: HandlerContext, csv: string): Promise<{ imported: number }> {
  const db = ctx.deps.db;
  const parsed = Papa.parse<Record<string, string>>(csv.trim(), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const headers = parsed.meta.fields ?? [];
  const missing = IMPORT_COLUMNS.filter(
    (column) => column !== 'notes' && column !== 'expires_on' && !headers.includes(column),
  );
  if (missing.length > 0)
    throw AppError.field(
      ['csv'],
      `The file needs the columns ${IMPORT_COLUMNS.join(', ')}; missing ${missing.join(', ')}`,
    );
  if (parsed.data.length === 0) throw AppError.field(['csv'], 'The file has no rows');
  if (parsed.data.length > 20_000) throw AppError.field(['csv'], 'Import at most 20,000 rows at a time');
  const staff = new Map((await staffReferences(db)).map((s) => [s.reference.toLowerCase(), s.id]));
  const courses = new Map((await courseNames(db)).map((c) => [c.name.toLowerCase(), c.id]));
  const today = londonDate(ctx.deps.clock.now());
  const issues: Issue[] = [];
  const facts: CompletionFacts[] = [];
  const seen = new Set<string>();
  for (const [index, row] of parsed.data.entries()) {
    const line = index + 2; // the header is line 1
    const at = (column: string) => ['rows', line, column];
    const staffId = staff.get((row.staff_reference ?? '').trim().toLowerCase());
    if (!staffId)
      issues.push({
        path: at('staff_reference'),
        message: `Line ${line}: no staff member has the reference "${row.staff_reference ?? ''}"`,
      });
    const courseId = courses.get((row.course_name ?? '').trim().toLowerCase());
    if (!courseId)
      issues.push({ path: at('course_name'), message: `Line ${line}: no course is called "${row.course_name ?? ''}"` });
    const completedOn = importDate(row.completed_on ?? '');
    if (!completedOn)
      issues.push({
        path: at('completed_on'),
        message: `Line ${line}: enter the completion date as YYYY-MM-DD or DD/MM/YYYY`,
      });
    const expiresRaw = (row.expires_on ?? '').trim();
    const expiresOn = expiresRaw === '' ? null : importDate(expiresRaw);
    if (expiresRaw !== '' && !expiresOn)
      issues.push({
        path: at('expires_on'),
        message: `Line ${line}: enter the expiry date as YYYY-MM-DD or DD/MM/YYYY, or leave it blank`,
      });
    const notes = (row.notes ?? '').trim();
    if (notes.length > 1000)
      issues.push({ path: at('notes'), message: `Line ${line}: notes must be 1000 characters or fewer` });
    if (!staffId || !courseId || !completedOn || (expiresRaw !== '' && !expiresOn)) continue;
    const key = `${staffId}|${courseId}|${completedOn}`;
    if (seen.has(key)) {
      issues.push({ path: at('completed_on'), message: `Line ${line}: the same completion appears twice in the file` });
      continue;
    }
    seen.add(key);
    const fact: CompletionFacts = {
      staffId,
      courseId,
      completedOn,
      expiresOn,
      certificateId: null,
      sessionId: null,
      source: 'import',
      notes: notes === '' ? null : notes,
    };
    const column: Record<string, string> = { completedOn: 'completed_on', expiresOn: 'expires_on' };
    for (const issue of await completionIssues(db, today, fact, [])) {
      const field = String(issue.path[0] ?? 'completed_on');
      issues.push({ path: at(column[field] ?? field), message: `Line ${line}: ${issue.message}` });
    }
    facts.push(fact);
  }
  if (issues.length > 0) {
    throw new AppError(
      'VALIDATION',
      `${issues.length} problem${issues.length === 1 ? '' : 's'} in the file; nothing was imported.`,
      { issues: issues.slice(0, 200) },
    );
  }
  await db.transaction().execute(async (trx) => {
    for (const fact of facts) await insertCompletion(ctx, trx, fact);
    await ctx.audit(trx, {
      action: 'training.record.import',
      entity: 'training_record',
      outcome: 'success',
      detail: `${facts.length} records`,
    });
  });
  ctx.deps.events.publish('training.changed', { ids: [...new Set(facts.map((f) => f.staffId))] });
  return { imported: facts.length };
}

/** Write many checked completions in one transaction with one audit entry (demo branch, benchmarks). */
export async function insertCompletionsBulk(ctx: HandlerContext, facts: readonly CompletionFacts[]): Promise<number> {
  const courses = new Map<string, NonNullable<Awaited<ReturnType<typeof courseFacts>>>>();
  for (const fact of facts) {
    if (courses.has(fact.courseId)) continue;
    const course = await courseFacts(ctx.deps.db, fact.courseId);
    if (!course) throw AppError.field(['courseId'], 'Choose a course from the list.');
    courses.set(fact.courseId, course);
  }
  const now = ctx.deps.clock.now().toISOString();
  const today = londonDate(ctx.deps.clock.now());
  await ctx.deps.db.transaction().execute(async (trx) => {
    const rows = facts.map((fact) => {
      const course = courses.get(fact.courseId);
      if (!course) throw AppError.field(['courseId'], 'Choose a course from the list.');
      if (fact.completedOn > today) throw AppError.field(['completedOn'], 'Completion date cannot be in the future');
      return {
        id: ctx.deps.ids(),
        staff_id: fact.staffId,
        course_id: fact.courseId,
        completed_on: fact.completedOn,
        expires_on: fact.expiresOn ?? expiryFor(fact.completedOn, course.validity_months),
        delivered_by: course.provider_kind === 'in_house' ? ('in_house' as const) : ('external' as const),
        provider_name: course.provider_name,
        how_delivered: course.delivery,
        certificate_id: fact.certificateId,
        session_id: fact.sessionId,
        source: fact.source,
        notes: fact.notes,
        created_at: now,
        updated_at: now,
      };
    });
    // Chunks keep each statement under SQLite's bound-parameter limit.
    for (let i = 0; i < rows.length; i += 500)
      await trx
        .insertInto('training_record')
        .values(rows.slice(i, i + 500))
        .execute();
    await ctx.audit(trx, {
      action: 'training.record.bulk',
      entity: 'training_record',
      outcome: 'success',
      detail: `${rows.length} records`,
    });
  });
  return facts.length;
}
