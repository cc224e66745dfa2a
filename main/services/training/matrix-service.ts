import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import { AppError } from '@shared/contract/errors';
import { displayName } from '@shared/domain/staff/staff';
import { STRAND_FOR_SKILL, type Strand } from '@shared/domain/training/catalogue';
import { CELL_CODES, isCompliant, statusFrom, statusThresholds, type CellStatus } from '@shared/domain/training/expiry';
import { addDays, daysBetween } from '@shared/domain/time/iso-week';
import type { ExpiryAlert, Matrix, MatrixQuery as MatrixQuerySchema } from '@shared/domain/training/matrix';
import { teamMemberIds } from '@main/services/clients/client-queries';
import type { Database } from '@main/db/schema';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import { teamNeedsByStaff } from '../people/team-needs';
import { courseNames } from './training-queries';
import { warningWindows } from './training-settings';
import { withTier2ForCare } from '@shared/domain/training/oliver-mcgowan';
import { oliverMcGowanCourses } from './training-facts';

/** A matrix query after its schema filled the defaults. */
export type ParsedMatrixQuery = z.output<typeof MatrixQuerySchema>;

/** The matrix a caller asked for, on the backend's today unless the query names a date. */
export function trainingMatrix(ctx: HandlerContext, query: ParsedMatrixQuery): Promise<Matrix> {
  assertMayFilterByTeam(ctx, query.clientId);
  return computeMatrix(ctx.deps.db, query, londonDate(ctx.deps.clock.now()));
}

/** Courses expiring or missing as of the backend's today. */
export function trainingAlerts(ctx: HandlerContext, unbookedOnly: boolean): Promise<ExpiryAlert[]> {
  return expiryAlerts(ctx.deps.db, londonDate(ctx.deps.clock.now()), unbookedOnly);
}

// Who is in a person's team is people data: only managers and coordinators may filter by it.
function assertMayFilterByTeam(ctx: HandlerContext, clientId: string | null): void {
  const caller = ctx.requireCaller();
  if (clientId !== null && !caller.roles.some((role) => role === 'manager' || role === 'coordinator')) {
    throw new AppError('FORBIDDEN', 'Only managers and coordinators can filter the matrix by a person’s team.');
  }
}

const RANK: Record<CellStatus, number> = {
  valid: 6,
  expiring_90: 5,
  expiring_60: 4,
  expiring_30: 3,
  expired: 2,
  missing: 1,
  not_required: 0,
};

/** For each staff member, the required course ids mapped to their "any one of" group key (the course id when alone). */
export async function requiredCoursesByStaff(
  db: Kysely<Database>,
  staff: readonly { id: string; jobRole: number }[],
  onDate: string,
): Promise<Map<string, Map<string, string>>> {
  const [requirements, omtCategories] = await Promise.all([
    db.selectFrom('training_requirement').selectAll().where('effective_from', '<=', onDate).execute(),
    oliverMcGowanCourses(db),
  ]);
  const byRole = new Map<number, { courseId: string; group: string }[]>();
  const byStrand = new Map<string, { courseId: string; group: string }[]>();
  for (const r of requirements) {
    const entry = {
      courseId: r.course_id,
      group: r.any_of_group ? `${r.job_role ?? r.strand}:${r.any_of_group}` : r.course_id,
    };
    if (r.job_role !== null) byRole.set(r.job_role, [...(byRole.get(r.job_role) ?? []), entry]);
    if (r.strand !== null) byStrand.set(r.strand, [...(byStrand.get(r.strand) ?? []), entry]);
  }
  const needs =
    byStrand.size > 0
      ? await teamNeedsByStaff(
          db,
          staff.map((s) => s.id),
        )
      : new Map<string, Set<string>>();
  const out = new Map<string, Map<string, string>>();
  // People with the same role and strand needs share one map (the matrix plans each distinct map once).
  const profiles = new Map<string, Map<string, string>>();
  for (const person of staff) {
    const strands = new Set<Strand>();
    for (const skill of needs.get(person.id) ?? []) {
      const strand = STRAND_FOR_SKILL[skill as keyof typeof STRAND_FOR_SKILL];
      if (strand) strands.add(strand);
    }
    const key = `${person.jobRole}|${[...strands].sort().join(',')}`;
    let required = profiles.get(key);
    if (!required) {
      required = new Map<string, string>();
      for (const entry of byRole.get(person.jobRole) ?? []) required.set(entry.courseId, entry.group);
      for (const strand of strands)
        for (const entry of byStrand.get(strand) ?? [])
          if (!required.has(entry.courseId)) required.set(entry.courseId, entry.group);
      // Oliver McGowan: for anyone giving face-to-face care only Tier 2 counts, whatever the requirement names.
      required = withTier2ForCare(required, person.jobRole, omtCategories);
      profiles.set(key, required);
    }
    out.set(person.id, required);
  }
  return out;
}

/** Latest last-valid-day per staff and course, as of a date ('9999-12-31' for records that never expire). */
export async function latestExpiries(
  db: Kysely<Database>,
  onDate: string,
  today: string,
  staffIds?: readonly string[],
): Promise<Map<string, Map<string, string>>> {
  const filtered = staffIds !== undefined && staffIds.length <= 500;
  if (onDate >= today && !filtered) return wholeSummary(db);
  const rows =
    onDate >= today
      ? // No completion can be later than today, so the trigger-kept summary is exact.
        await db
          .selectFrom('training_current')
          .where('staff_id', 'in', staffIds && staffIds.length > 0 ? [...staffIds] : [''])
          .select(['staff_id', 'course_id', 'best_expiry as best'])
          .execute()
      : await groupedExpiries(db, onDate, staffIds);
  return toNested(rows);
}

// The whole summary, kept in memory per store until its version (bumped by the same triggers) changes.
const summaryCache = new WeakMap<Kysely<Database>, { version: number; value: Map<string, Map<string, string>> }>();

async function wholeSummary(db: Kysely<Database>): Promise<Map<string, Map<string, string>>> {
  const { version } = await db
    .selectFrom('training_current_version')
    .select('version')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  const cached = summaryCache.get(db);
  if (cached && cached.version === version) return cached.value;
  const value = toNested(
    await db.selectFrom('training_current').select(['staff_id', 'course_id', 'best_expiry as best']).execute(),
  );
  summaryCache.set(db, { version, value });
  return value;
}

function toNested(
  rows: readonly { staff_id: string; course_id: string; best: string }[],
): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const row of rows) {
    let byCourse = out.get(row.staff_id);
    if (!byCourse) {
      byCourse = new Map();
      out.set(row.staff_id, byCourse);
    }
    byCourse.set(row.course_id, row.best);
  }
  return out;
}

async function groupedExpiries(db: Kysely<Database>, onDate: string, staffIds?: readonly string[]) {
  let query = db
    .selectFrom('training_record')
    .select(['staff_id', 'course_id', sql<string>`max(coalesce(expires_on, '9999-12-31'))`.as('best')])
    .where('completed_on', '<=', onDate);
  if (staffIds && staffIds.length <= 500)
    query = query.where('staff_id', 'in', staffIds.length > 0 ? [...staffIds] : ['']);
  return query.groupBy(['staff_id', 'course_id']).execute();
}

/**
 * For one requirement profile: its groups (member course ids in requirement order) and, per column, the group index
 * or −1.
 */
interface Plan {
  groups: string[][];
  columnGroup: number[];
  columnCourse: string[];
}

function planFor(needs: Map<string, string>, courses: readonly { id: string }[]): Plan {
  const index = new Map<string, number>();
  const groups: string[][] = [];
  const groupOfCourse = new Map<string, number>();
  for (const [courseId, group] of needs) {
    let g = index.get(group);
    if (g === undefined) {
      g = groups.length;
      index.set(group, g);
      groups.push([]);
    }
    groups[g]?.push(courseId);
    groupOfCourse.set(courseId, g);
  }
  return {
    groups,
    columnGroup: courses.map((c) => groupOfCourse.get(c.id) ?? -1),
    columnCourse: courses.map((c) => c.id),
  };
}

/** The training matrix: staff × required courses, one status per cell, with the share compliant per course. */
export async function computeMatrix(
  db: Kysely<Database>,
  query: ParsedMatrixQuery,
  today: string,
  onlyStaffIds?: readonly string[],
): Promise<Matrix> {
  const onDate = query.onDate ?? today;
  let staffQuery = db
    .selectFrom('staff')
    .select(['id', 'reference', 'given_name', 'family_name', 'preferred_name', 'job_role']);
  staffQuery = onlyStaffIds
    ? staffQuery.where('id', 'in', onlyStaffIds.length > 0 ? [...onlyStaffIds] : [''])
    : staffQuery.where('status', '=', 'active');
  if (query.jobRole !== null) staffQuery = staffQuery.where('job_role', '=', query.jobRole);
  // A team is at most a handful of workers, so one lookup and an IN keeps the filtered matrix cheap.
  const teamIds = query.clientId !== null ? await teamMemberIds(db, query.clientId) : undefined;
  if (teamIds) staffQuery = staffQuery.where('id', 'in', teamIds.length > 0 ? teamIds : ['']);
  const staffRows = await staffQuery.orderBy('family_name').orderBy('given_name').execute();
  const staff = staffRows.map((s) => ({ id: s.id, jobRole: s.job_role }));
  const required = await requiredCoursesByStaff(db, staff, onDate);
  let courseQuery = db.selectFrom('training_course').select(['id', 'name', 'ascwds_category', 'strand', 'provider_id']);
  if (query.strand !== null) courseQuery = courseQuery.where('strand', '=', query.strand);
  if (query.providerId !== null) courseQuery = courseQuery.where('provider_id', '=', query.providerId);
  const candidates = await courseQuery.orderBy('name').execute();
  const anyRequires = new Set<string>();
  for (const map of required.values()) for (const courseId of map.keys()) anyRequires.add(courseId);
  const courses = candidates.filter((c) => anyRequires.has(c.id));
  const thresholds = statusThresholds(onDate, await warningWindows(db));
  const expiries = await latestExpiries(db, onDate, today, onlyStaffIds ?? teamIds);
  const requiredCount = new Array<number>(courses.length).fill(0);
  const compliantCount = new Array<number>(courses.length).fill(0);
  const plans = new Map<Map<string, string>, Plan>();
  const rows: Matrix['rows'] = [];
  for (const person of staffRows) {
    const needs = required.get(person.id) ?? new Map<string, string>();
    let plan = plans.get(needs);
    if (!plan) {
      plan = planFor(needs, courses);
      plans.set(needs, plan);
    }
    const held = expiries.get(person.id);
    // Each group's best member stands for it, so Tier 1 OR Tier 2 satisfies the Oliver McGowan requirement.
    const groupStatus: CellStatus[] = [];
    const groupBest: string[] = [];
    for (const members of plan.groups) {
      let bestStatus: CellStatus = 'not_required';
      let bestCourse = '';
      for (const courseId of members) {
        const best = held?.get(courseId);
        const status = statusFrom(best === undefined ? undefined : best === '9999-12-31' ? null : best, thresholds);
        // Ties go to the later requirement (Tier 2 is listed after Tier 1).
        if (RANK[status] >= RANK[bestStatus]) {
          bestStatus = status;
          bestCourse = courseId;
        }
      }
      groupStatus.push(bestStatus);
      groupBest.push(bestCourse);
    }
    let cells = '';
    const rowExpiries: (string | null)[] = new Array<string | null>(courses.length);
    let gaps = 0;
    for (let index = 0; index < courses.length; index += 1) {
      const courseId = plan.columnCourse[index] as string;
      const g = plan.columnGroup[index] as number;
      const status: CellStatus = g < 0 || groupBest[g] !== courseId ? 'not_required' : (groupStatus[g] as CellStatus);
      if (status !== 'not_required') {
        requiredCount[index] = (requiredCount[index] ?? 0) + 1;
        if (isCompliant(status)) compliantCount[index] = (compliantCount[index] ?? 0) + 1;
        else gaps += 1;
      }
      cells += CELL_CODES[status];
      const best = held?.get(courseId);
      rowExpiries[index] = best === undefined || best === '9999-12-31' ? null : best;
    }
    rows.push({
      staffId: person.id,
      name: displayName({
        givenName: person.given_name,
        familyName: person.family_name,
        preferredName: person.preferred_name,
      }),
      reference: person.reference,
      jobRole: person.job_role,
      cells,
      expiries: rowExpiries,
      gaps,
    });
  }
  return {
    onDate,
    courses: courses.map((c, index) => ({
      id: c.id,
      name: c.name,
      ascwdsCategory: c.ascwds_category,
      strand: c.strand as Strand | null,
      compliantShare:
        (requiredCount[index] ?? 0) === 0 ? 1 : (compliantCount[index] ?? 0) / (requiredCount[index] ?? 1),
    })),
    rows,
  };
}

/** The matrix for given people (any status), unfiltered. */
export function computeMatrixRows(db: Kysely<Database>, today: string, staffIds: readonly string[]): Promise<Matrix> {
  return computeMatrix(
    db,
    { jobRole: null, strand: null, providerId: null, onDate: null, clientId: null },
    today,
    staffIds,
  );
}

/** What expires in the next warning window (or has expired within it), latest record only, with any renewal booked. */
export async function expiryAlerts(db: Kysely<Database>, today: string, unbookedOnly: boolean): Promise<ExpiryAlert[]> {
  const windows = await warningWindows(db);
  const horizon = addDays(today, windows.first);
  const staff = await db
    .selectFrom('staff')
    .select(['id', 'given_name', 'family_name', 'preferred_name', 'job_role'])
    .where('status', '=', 'active')
    .execute();
  const required = await requiredCoursesByStaff(
    db,
    staff.map((s) => ({ id: s.id, jobRole: s.job_role })),
    today,
  );
  const expiries = await latestExpiries(db, today, today);
  const courses = new Map((await courseNames(db)).map((c) => [c.id, c.name]));
  const bookings = await db
    .selectFrom('training_booking as b')
    .innerJoin('training_session as s', 's.id', 'b.session_id')
    .select(['b.staff_id', 's.course_id', 's.date'])
    .where('b.booked', '=', 1)
    .where('s.status', '=', 'scheduled')
    .where('s.date', '>=', today)
    .orderBy('s.date')
    .execute();
  const booked = new Map<string, string>();
  for (const b of bookings) {
    const key = `${b.staff_id}|${b.course_id}`;
    if (!booked.has(key)) booked.set(key, b.date);
  }
  const out: ExpiryAlert[] = [];
  for (const person of staff) {
    const needs = required.get(person.id);
    for (const [courseId, best] of expiries.get(person.id) ?? []) {
      if (!needs?.has(courseId) || best === '9999-12-31' || best > horizon || best < addDays(today, -windows.first))
        continue;
      const bookedSessionDate = booked.get(`${person.id}|${courseId}`) ?? null;
      if (unbookedOnly && bookedSessionDate !== null) continue;
      out.push({
        staffId: person.id,
        name: displayName({
          givenName: person.given_name,
          familyName: person.family_name,
          preferredName: person.preferred_name,
        }),
        courseId,
        courseName: courses.get(courseId) ?? '',
        expiresOn: best,
        daysLeft: daysBetween(today, best),
        bookedSessionDate,
      });
    }
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft || a.name.localeCompare(b.name));
}
