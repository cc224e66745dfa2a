import { sql, type Kysely, type Selectable } from 'kysely';
import type { z } from 'zod';
import type { StaffInput, StaffListQuery, StaffListRow, StaffRecord } from '@shared/domain/staff/staff';
import type { Database, StaffTable } from '@main/db/schema';
import { anyColumnLike, likePatterns } from '../search/search-terms';

/** A list query after its schema filled the defaults. */
export type ParsedStaffListQuery = z.output<typeof StaffListQuery>;

/** Map a row to the record the contract returns. */
export function toStaffRecord(row: Selectable<StaffTable>): StaffRecord {
  return {
    id: row.id,
    reference: row.reference,
    givenName: row.given_name,
    familyName: row.family_name,
    preferredName: row.preferred_name,
    jobRole: row.job_role,
    email: row.email,
    phone: row.phone,
    startDate: row.start_date,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Columns of a staff input, in SQL naming. */
export function staffColumns(input: StaffInput) {
  return {
    reference: input.reference,
    given_name: input.givenName,
    family_name: input.familyName,
    preferred_name: input.preferredName,
    job_role: input.jobRole,
    email: input.email,
    phone: input.phone,
    start_date: input.startDate,
  };
}

/** Find one staff record by id. */
export function findStaff(db: Kysely<Database>, id: string) {
  return db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Which of these ids name staff records (only active ones when `activeOnly`). */
export async function staffIdsAmong(
  db: Kysely<Database>,
  ids: readonly string[],
  activeOnly = false,
): Promise<Set<string>> {
  let query = db
    .selectFrom('staff')
    .select('id')
    .where('id', 'in', [...ids]);
  if (activeOnly) query = query.where('status', '=', 'active');
  return new Set((await query.execute()).map((row) => row.id));
}

/** Every staff record's id and reference (imports match rows by reference). */
export function staffReferences(db: Kysely<Database>): Promise<{ id: string; reference: string }[]> {
  return db.selectFrom('staff').select(['id', 'reference']).execute();
}

/** Display names of staff by id (preferred first name when given), read 500 ids at a time. */
export async function staffNames(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('staff')
      .select(['id', 'given_name', 'family_name', 'preferred_name'])
      .where('id', 'in', unique.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.id, `${r.preferred_name ?? r.given_name} ${r.family_name}`);
  }
  return out;
}

/** The contract terms on the staff record (guaranteed hours, 48-hour opt-out, date of birth) of some workers. */
export function contractTerms(db: Kysely<Database>, staffIds: readonly string[]) {
  return db
    .selectFrom('staff')
    .select(['id', 'guaranteed_hours', 'wtr_opt_out', 'date_of_birth'])
    .where('id', 'in', [...staffIds])
    .execute();
}

/** Find one staff record by its reference. */
export function findStaffByReference(db: Kysely<Database>, reference: string) {
  return db.selectFrom('staff').selectAll().where('reference', '=', reference).executeTakeFirst();
}

const SORT_COLUMNS = {
  name: [sql`family_name COLLATE NOCASE`, sql`given_name COLLATE NOCASE`],
  reference: [sql`reference COLLATE NOCASE`],
  jobRole: [sql`job_role`, sql`family_name COLLATE NOCASE`],
  startDate: [sql`start_date`, sql`family_name COLLATE NOCASE`],
  status: [sql`status`, sql`family_name COLLATE NOCASE`],
} as const;

/** Search, filter, sort and page: all in SQL so a few thousand rows stay instant. */
export async function searchStaff(
  db: Kysely<Database>,
  query: ParsedStaffListQuery,
): Promise<{ rows: StaffListRow[]; total: number }> {
  let base = db.selectFrom('staff');
  if (query.status) base = base.where('status', '=', query.status);
  if (query.jobRole !== null) base = base.where('job_role', '=', query.jobRole);
  const searched = [sql`given_name`, sql`family_name`, sql`coalesce(preferred_name, '')`, sql`reference`];
  for (const pattern of likePatterns(query.search)) base = base.where(anyColumnLike(searched, pattern));
  const totalRow = await base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const direction = query.direction === 'desc' ? sql`DESC` : sql`ASC`;
  const order = SORT_COLUMNS[query.sort].map((column) => sql`${column} ${direction}`);
  const rows = await base
    .select(['id', 'reference', 'given_name', 'family_name', 'preferred_name', 'job_role', 'start_date', 'status'])
    .orderBy(sql.join(order))
    .orderBy('id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return {
    total: Number(totalRow.n),
    rows: rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      givenName: row.given_name,
      familyName: row.family_name,
      preferredName: row.preferred_name,
      jobRole: row.job_role,
      startDate: row.start_date,
      status: row.status,
    })),
  };
}
