import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, RotaChangeTable, RotaVisitTable, RotaWeekTable } from '@main/db/schema';

/** A stored week plan. */
export type RotaWeekRow = Selectable<RotaWeekTable>;
/** A stored visit with its assignment. */
export type RotaVisitRow = Selectable<RotaVisitTable>;

/** The week plan row, if the week has been planned. */
export function findWeek(db: Kysely<Database>, isoWeek: string): Promise<RotaWeekRow | undefined> {
  return db.selectFrom('rota_week').selectAll().where('iso_week', '=', isoWeek).executeTakeFirst();
}

/** Every visit of a planned week, in day and time order. */
export function listVisits(db: Kysely<Database>, isoWeek: string): Promise<RotaVisitRow[]> {
  return db
    .selectFrom('rota_visit')
    .selectAll()
    .where('iso_week', '=', isoWeek)
    .orderBy('date')
    .orderBy('start_minute')
    .orderBy('id')
    .execute();
}

/** Replace a week's plan and visits in one go (the caller's transaction). */
export async function replaceWeek(
  db: Kysely<Database>,
  week: Insertable<RotaWeekTable>,
  visits: readonly Insertable<RotaVisitTable>[],
): Promise<void> {
  await db.deleteFrom('rota_week').where('iso_week', '=', week.iso_week).execute();
  await db.insertInto('rota_week').values(week).execute();
  // SQLite caps bound parameters per statement; 16 columns × 500 rows stays well inside it.
  for (let i = 0; i < visits.length; i += 500)
    await db
      .insertInto('rota_visit')
      .values(visits.slice(i, i + 500))
      .execute();
}

/** Write one visit's assignment. */
export async function updateVisitAssignment(
  db: Kysely<Database>,
  isoWeek: string,
  visitId: string,
  values: Pick<
    RotaVisitTable,
    'worker1_id' | 'worker2_id' | 'start_minute' | 'pinned' | 'set_by' | 'set_at' | 'unassigned_json'
  > &
    Partial<Pick<RotaVisitTable, 'duration_minutes'>>,
): Promise<void> {
  await db.updateTable('rota_visit').set(values).where('iso_week', '=', isoWeek).where('id', '=', visitId).execute();
}

/** Add a split's second part: the visit it is split from, as a new visit of its own at its own time and length. */
export async function insertVisitPart(
  db: Kysely<Database>,
  whole: RotaVisitRow,
  part: Pick<
    RotaVisitTable,
    | 'id'
    | 'ideal_start_minute'
    | 'start_minute'
    | 'duration_minutes'
    | 'worker1_id'
    | 'worker2_id'
    | 'set_by'
    | 'set_at'
  >,
): Promise<void> {
  await db
    .insertInto('rota_visit')
    .values({ ...whole, ...part, pinned: 0, unassigned_json: '[]', part_of: whole.id })
    .execute();
}

/** Take a split's second part out of the week again (undoing the split); a whole visit is never deleted here. */
export async function deleteVisitPart(db: Kysely<Database>, isoWeek: string, visitId: string): Promise<void> {
  await db
    .deleteFrom('rota_visit')
    .where('iso_week', '=', isoWeek)
    .where('id', '=', visitId)
    .where('part_of', 'is not', null)
    .execute();
}

/** Record changes to a published week. */
export async function insertChanges(
  db: Kysely<Database>,
  changes: readonly Insertable<RotaChangeTable>[],
): Promise<void> {
  if (changes.length > 0)
    await db
      .insertInto('rota_change')
      .values([...changes])
      .execute();
}

/** Changes recorded for a week, newest first. */
export function listChanges(db: Kysely<Database>, isoWeek: string): Promise<Selectable<RotaChangeTable>[]> {
  return db
    .selectFrom('rota_change')
    .selectAll()
    .where('iso_week', '=', isoWeek)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** A worker's visits in a week (either seat of a double-up). */
export function listWorkerVisits(db: Kysely<Database>, isoWeek: string, staffId: string): Promise<RotaVisitRow[]> {
  return db
    .selectFrom('rota_visit')
    .selectAll()
    .where('iso_week', '=', isoWeek)
    .where((eb) => eb.or([eb('worker1_id', '=', staffId), eb('worker2_id', '=', staffId)]))
    .orderBy('date')
    .orderBy('start_minute')
    .execute();
}

/** A worker's planned visits (either seat) from one date to another (or onwards), with their week's status. */
export function listWorkerVisitsBetween(
  db: Kysely<Database>,
  staffId: string,
  from: string,
  to: string | null,
): Promise<{ iso_week: string; status: RotaWeekTable['status'] }[]> {
  let q = db
    .selectFrom('rota_visit')
    .innerJoin('rota_week', 'rota_week.iso_week', 'rota_visit.iso_week')
    .select(['rota_visit.iso_week', 'rota_week.status'])
    .where((eb) => eb.or([eb('rota_visit.worker1_id', '=', staffId), eb('rota_visit.worker2_id', '=', staffId)]))
    .where('rota_visit.date', '>=', from);
  if (to !== null) q = q.where('rota_visit.date', '<=', to);
  return q.orderBy('rota_visit.iso_week').execute();
}

/** The assigned visits of published weeks from one date to another, in day and time order (for actual times). */
export function listPublishedVisitsBetween(db: Kysely<Database>, from: string, to: string): Promise<RotaVisitRow[]> {
  return db
    .selectFrom('rota_visit')
    .innerJoin('rota_week', 'rota_week.iso_week', 'rota_visit.iso_week')
    .selectAll('rota_visit')
    .where('rota_week.status', '=', 'published')
    .where('rota_visit.date', '>=', from)
    .where('rota_visit.date', '<=', to)
    .where('rota_visit.worker1_id', 'is not', null)
    .orderBy('rota_visit.date')
    .orderBy('rota_visit.start_minute')
    .orderBy('rota_visit.id')
    .execute();
}

/** One visit with its week's status, if the week has been planned and holds it. */
export function findVisitWithStatus(
  db: Kysely<Database>,
  isoWeek: string,
  visitId: string,
): Promise<(RotaVisitRow & { status: RotaWeekTable['status'] }) | undefined> {
  return db
    .selectFrom('rota_visit')
    .innerJoin('rota_week', 'rota_week.iso_week', 'rota_visit.iso_week')
    .selectAll('rota_visit')
    .select('rota_week.status')
    .where('rota_visit.iso_week', '=', isoWeek)
    .where('rota_visit.id', '=', visitId)
    .executeTakeFirst();
}
