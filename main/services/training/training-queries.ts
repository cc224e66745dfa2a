import type { Kysely, Selectable } from 'kysely';
import { Skill } from '@shared/domain/skills';
import type { Course, Provider, Requirement, Strand } from '@shared/domain/training/catalogue';
import type { CompetencyAssessment, TrainingRecord } from '@shared/domain/training/records';
import type { TrainingSession } from '@shared/domain/training/sessions';
import type { CompetencyAssessmentTable, Database, TrainingProviderTable } from '@main/db/schema';

/** Map a provider row. */
export function toProvider(row: Selectable<TrainingProviderTable>): Provider {
  return { id: row.id, name: row.name, kind: row.kind, strand: row.strand as Strand | null, contact: row.contact };
}

/** One provider by id. */
export function findProvider(db: Kysely<Database>, id: string) {
  return db.selectFrom('training_provider').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every provider, by name. */
export async function listProviders(db: Kysely<Database>): Promise<Provider[]> {
  const rows = await db.selectFrom('training_provider').selectAll().orderBy('name').execute();
  return rows.map(toProvider);
}

/** Courses with their provider names and skills; one course when `id` is given. */
export async function listCourses(db: Kysely<Database>, id?: string): Promise<Course[]> {
  let query = db
    .selectFrom('training_course as c')
    .innerJoin('training_provider as p', 'p.id', 'c.provider_id')
    .selectAll('c')
    .select('p.name as provider_name');
  if (id) query = query.where('c.id', '=', id);
  const rows = await query.orderBy('c.name').execute();
  let skillQuery = db.selectFrom('course_skill').select(['course_id', 'skill']);
  if (id) skillQuery = skillQuery.where('course_id', '=', id);
  const skills = new Map<string, Course['skills']>();
  for (const row of await skillQuery.orderBy('skill').execute()) {
    const parsed = Skill.safeParse(row.skill);
    if (!parsed.success) continue;
    skills.set(row.course_id, [...(skills.get(row.course_id) ?? []), parsed.data]);
  }
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    providerId: row.provider_id,
    providerName: row.provider_name,
    ascwdsCategory: row.ascwds_category,
    strand: row.strand as Strand | null,
    delivery: row.delivery,
    accredited: row.accredited === 1,
    validityMonths: row.validity_months,
    countsCareCertificate: row.counts_care_certificate === 1,
    countsQualification: row.counts_qualification === 1,
    countsOtj: row.counts_otj === 1,
    skills: skills.get(row.id) ?? [],
  }));
}

/**
 * One course with its provider: the facts a completion copies (so ASC-WDS history survives later course edits), and
 * the training domain's one "does this course exist" read.
 */
export async function courseFacts(db: Kysely<Database>, courseId: string) {
  return db
    .selectFrom('training_course as c')
    .innerJoin('training_provider as p', 'p.id', 'c.provider_id')
    .select(['c.id', 'c.name', 'c.validity_months', 'c.delivery', 'p.name as provider_name', 'p.kind as provider_kind'])
    .where('c.id', '=', courseId)
    .executeTakeFirst();
}

/** Every course's id and name (lookups by either). */
export function courseNames(db: Kysely<Database>): Promise<{ id: string; name: string }[]> {
  return db.selectFrom('training_course').select(['id', 'name']).execute();
}

/** Every requirement with its course name. */
export async function listRequirements(db: Kysely<Database>): Promise<Requirement[]> {
  const rows = await db
    .selectFrom('training_requirement as r')
    .innerJoin('training_course as c', 'c.id', 'r.course_id')
    .select(['r.id', 'r.job_role', 'r.strand', 'r.course_id', 'c.name', 'r.any_of_group', 'r.effective_from'])
    .orderBy('r.job_role')
    .orderBy('r.strand')
    .orderBy('c.name')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    jobRole: row.job_role,
    strand: row.strand as Strand | null,
    courseId: row.course_id,
    courseName: row.name,
    anyOfGroup: row.any_of_group,
    effectiveFrom: row.effective_from,
  }));
}

/** Training records of one person (or one record by id), newest first. */
export async function listRecords(
  db: Kysely<Database>,
  filter: { staffId?: string; id?: string },
): Promise<TrainingRecord[]> {
  let query = db
    .selectFrom('training_record as r')
    .innerJoin('training_course as c', 'c.id', 'r.course_id')
    .selectAll('r')
    .select(['c.name as course_name', 'c.ascwds_category', 'c.strand']);
  if (filter.staffId) query = query.where('r.staff_id', '=', filter.staffId);
  if (filter.id) query = query.where('r.id', '=', filter.id);
  const rows = await query.orderBy('r.completed_on', 'desc').orderBy('c.name').execute();
  return rows.map((row) => ({
    id: row.id,
    staffId: row.staff_id,
    courseId: row.course_id,
    courseName: row.course_name,
    ascwdsCategory: row.ascwds_category,
    strand: row.strand as Strand | null,
    completedOn: row.completed_on,
    expiresOn: row.expires_on,
    deliveredBy: row.delivered_by,
    providerName: row.provider_name,
    howDelivered: row.how_delivered,
    certificateId: row.certificate_id,
    source: row.source,
    notes: row.notes,
    createdAt: row.created_at,
  }));
}

/** Sessions in a date range (or one by id), with booking counts. */
export async function listSessions(
  db: Kysely<Database>,
  filter: { from?: string; to?: string; id?: string; ids?: string[] },
): Promise<TrainingSession[]> {
  let query = db
    .selectFrom('training_session as s')
    .innerJoin('training_course as c', 'c.id', 's.course_id')
    .selectAll('s')
    .select((eb) => [
      'c.name as course_name',
      eb
        .selectFrom('training_booking as b')
        .whereRef('b.session_id', '=', 's.id')
        .where('b.booked', '=', 1)
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('booked_count'),
    ]);
  if (filter.id) query = query.where('s.id', '=', filter.id);
  if (filter.ids) query = query.where('s.id', 'in', filter.ids.length > 0 ? filter.ids : ['']);
  if (filter.from) query = query.where('s.date', '>=', filter.from);
  if (filter.to) query = query.where('s.date', '<=', filter.to);
  const rows = await query.orderBy('s.date').orderBy('s.start_minute').execute();
  return rows.map((row) => ({
    id: row.id,
    courseId: row.course_id,
    courseName: row.course_name,
    date: row.date,
    startMinute: row.start_minute,
    durationMinutes: row.duration_minutes,
    venue: row.venue,
    venueDetail: row.venue_detail,
    trainerName: row.trainer_name,
    capacity: row.capacity,
    status: row.status,
    booked: Number(row.booked_count ?? 0),
    registerSubmitted: row.register_submitted_at !== null,
  }));
}

/** Map a competency row. */
export function toCompetency(row: Selectable<CompetencyAssessmentTable>): CompetencyAssessment {
  return {
    id: row.id,
    staffId: row.staff_id,
    competency: row.competency,
    assessedOn: row.assessed_on,
    outcome: row.outcome,
    assessor: row.assessor,
    nextDueOn: row.next_due_on,
    notes: row.notes,
  };
}
