import type { Kysely, Selectable } from 'kysely';
import type { PathwayStep, Placement } from '@shared/domain/pathway/steps';
import type { StaffQualification } from '@shared/domain/pathway/qualifications';
import { qualificationTitle } from '@shared/domain/pathway/qualifications';
import type { Database, PathwayPlacementTable, StaffQualificationTable } from '@main/db/schema';

/** Every step (or one) with its course and qualification requirements, in display order. */
export async function loadSteps(
  db: Kysely<Database>,
  includeArchived = true,
  onlyId: string | null = null,
): Promise<PathwayStep[]> {
  let query = db.selectFrom('pathway_step').selectAll();
  let courseQuery = db.selectFrom('pathway_step_course').selectAll();
  let qualQuery = db.selectFrom('pathway_step_qualification').selectAll();
  if (!includeArchived) query = query.where('archived', '=', 0);
  if (onlyId !== null) {
    query = query.where('id', '=', onlyId);
    courseQuery = courseQuery.where('step_id', '=', onlyId);
    qualQuery = qualQuery.where('step_id', '=', onlyId);
  }
  const [steps, courses, quals] = await Promise.all([
    query.orderBy('cwp_category').orderBy('route').orderBy('sort_order').orderBy('name').execute(),
    courseQuery.orderBy('label').execute(),
    qualQuery.orderBy('qualification_code').execute(),
  ]);
  return steps.map((s) => ({
    id: s.id,
    name: s.name,
    cwpCategory: s.cwp_category,
    route: s.route,
    previousStepId: s.previous_step_id,
    description: s.description,
    minMonthsInPrevious: s.min_months_in_previous,
    requiresSignOff: s.requires_sign_off === 1,
    requiredCourses: courses.filter((c) => c.step_id === s.id).map((c) => ({ courseId: c.course_id, label: c.label })),
    requiredQualifications: quals.filter((q) => q.step_id === s.id).map((q) => q.qualification_code),
    sortOrder: s.sort_order,
    archived: s.archived === 1,
  }));
}

/** One step by id. */
export async function loadStep(db: Kysely<Database>, id: string): Promise<PathwayStep | undefined> {
  return (await loadSteps(db, true, id))[0];
}

/** Map a placement row (with its step's name and category) to the contract shape. */
export function toPlacement(
  row: Selectable<PathwayPlacementTable> & { step_name: string; cwp_category: number },
): Placement {
  return {
    id: row.id,
    staffId: row.staff_id,
    stepId: row.step_id,
    stepName: row.step_name,
    cwpCategory: row.cwp_category,
    kind: row.kind,
    startDate: row.start_date,
    endDate: row.end_date,
    newHourlyRatePence: row.new_hourly_rate_pence,
    note: row.note,
    overrideReason: row.override_reason,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
  };
}

/** Placements for some staff (all staff when `staffIds` is null), oldest first per person. */
export async function loadPlacements(db: Kysely<Database>, staffIds: readonly string[] | null): Promise<Placement[]> {
  let query = db
    .selectFrom('pathway_placement as p')
    .innerJoin('pathway_step as s', 's.id', 'p.step_id')
    .selectAll('p')
    .select(['s.name as step_name', 's.cwp_category']);
  if (staffIds !== null) {
    if (staffIds.length === 0) return [];
    query = query.where('p.staff_id', 'in', staffIds);
  }
  const rows = await query.orderBy('p.staff_id').orderBy('p.start_date').execute();
  return rows.map(toPlacement);
}

/** The placement in force on a date for each person (the latest that started on or before it). */
export function currentPlacements(placements: readonly Placement[], onDate: string): Map<string, Placement> {
  const out = new Map<string, Placement>();
  for (const p of placements) if (p.startDate <= onDate) out.set(p.staffId, p); // ordered by start date per person
  return out;
}

/** Map a qualification row to the contract shape. */
export function toQualification(row: Selectable<StaffQualificationTable>): StaffQualification {
  return {
    id: row.id,
    staffId: row.staff_id,
    qualificationCode: row.qualification_code,
    title: qualificationTitle(row.qualification_code),
    yearAchieved: row.year_achieved,
    notes: row.notes,
    source: row.source,
    apprenticeshipId: row.apprenticeship_id,
    createdAt: row.created_at,
  };
}

/** A worker's qualifications, newest first. */
export async function qualificationsOf(db: Kysely<Database>, staffId: string): Promise<StaffQualification[]> {
  const rows = await db
    .selectFrom('staff_qualification')
    .selectAll()
    .where('staff_id', '=', staffId)
    .orderBy('year_achieved', 'desc')
    .execute();
  return rows.map(toQualification);
}

/** The record of one qualification a worker holds, if they hold it (one record per code per person). */
export function heldQualification(db: Kysely<Database>, staffId: string, code: number) {
  return db
    .selectFrom('staff_qualification')
    .select('id')
    .where('staff_id', '=', staffId)
    .where('qualification_code', '=', code)
    .executeTakeFirst();
}

/** A worker's pathway membership (supervisor, borough residence), if recorded. */
export function findMember(db: Kysely<Database>, staffId: string) {
  return db.selectFrom('pathway_member').selectAll().where('staff_id', '=', staffId).executeTakeFirst();
}

/** Qualification codes per person (`everyone` reads the whole table rather than a long id list). */
export async function qualificationCodesByStaff(
  db: Kysely<Database>,
  staffIds: readonly string[],
  everyone = false,
): Promise<Map<string, Set<number>>> {
  const out = new Map<string, Set<number>>(staffIds.map((id) => [id, new Set<number>()]));
  if (staffIds.length === 0) return out;
  let query = db.selectFrom('staff_qualification').select(['staff_id', 'qualification_code']);
  if (!everyone) query = query.where('staff_id', 'in', staffIds);
  const rows = await query.execute();
  for (const r of rows) out.get(r.staff_id)?.add(r.qualification_code);
  return out;
}

/** Sign-offs per person: step id → date signed. */
export async function signOffsByStaff(
  db: Kysely<Database>,
  staffIds: readonly string[],
  everyone = false,
): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>(staffIds.map((id) => [id, new Map<string, string>()]));
  if (staffIds.length === 0) return out;
  let query = db.selectFrom('pathway_sign_off').select(['staff_id', 'step_id', 'signed_on']);
  if (!everyone) query = query.where('staff_id', 'in', staffIds);
  const rows = await query.execute();
  for (const r of rows) out.get(r.staff_id)?.set(r.step_id, r.signed_on);
  return out;
}

/** Each person's job role (ASC-WDS code): whether they give face-to-face care decides which training counts. */
export async function jobRolesByStaff(
  db: Kysely<Database>,
  staffIds: readonly string[],
  everyone = false,
): Promise<Map<string, number>> {
  if (staffIds.length === 0) return new Map();
  let query = db.selectFrom('staff').select(['id', 'job_role']);
  if (!everyone) query = query.where('id', 'in', staffIds);
  const rows = await query.execute();
  return new Map(rows.map((r) => [r.id, r.job_role]));
}
