import { CompiledQuery, type Compilable, type Insertable, type Kysely, type Selectable } from 'kysely';
import { ShortReason, type VisitActual } from '@shared/domain/actuals/actuals';
import { minutesBetween } from '@shared/domain/actuals/flags';
import type { ActualImportRowTable, Database, VisitActualTable } from '@main/db/schema';

/** A stored actual. */
export type VisitActualRow = Selectable<VisitActualTable>;

/** The key of one worker's visit: week, visit and worker. */
export const actualKey = (isoWeek: string, visitId: string, staffId: string) => `${isoWeek}|${visitId}|${staffId}`;

/** Actuals recorded for visits planned between two dates, by key. */
export async function actualsBetween(
  db: Kysely<Database>,
  from: string,
  to: string,
): Promise<Map<string, VisitActualRow>> {
  const rows = await db
    .selectFrom('visit_actual')
    .selectAll()
    .where('planned_date', '>=', from)
    .where('planned_date', '<=', to)
    .execute();
  return new Map(rows.map((r) => [actualKey(r.iso_week, r.visit_id, r.staff_id), r]));
}

/** The keys of the actuals recorded for visits planned between two dates (what an import would replace). */
export async function actualKeysBetween(db: Kysely<Database>, from: string, to: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('visit_actual')
    .select(['iso_week', 'visit_id', 'staff_id'])
    .where('planned_date', '>=', from)
    .where('planned_date', '<=', to)
    .execute();
  return new Set(rows.map((r) => actualKey(r.iso_week, r.visit_id, r.staff_id)));
}

/** Actuals recorded for one week's visits, by key (the pay view reads these). */
export async function actualsOfWeek(db: Kysely<Database>, isoWeek: string): Promise<Map<string, VisitActualRow>> {
  const rows = await db.selectFrom('visit_actual').selectAll().where('iso_week', '=', isoWeek).execute();
  return new Map(rows.map((r) => [actualKey(r.iso_week, r.visit_id, r.staff_id), r]));
}

/** Write (or replace) actuals, in the caller's transaction. */
export async function upsertActuals(
  db: Kysely<Database>,
  rows: readonly Insertable<VisitActualTable>[],
): Promise<void> {
  await inChunks(db, rows, (chunk) =>
    db
      .insertInto('visit_actual')
      .values([...chunk])
      .onConflict((oc) =>
        oc.columns(['iso_week', 'visit_id', 'staff_id']).doUpdateSet((eb) => ({
          arrival_date: eb.ref('excluded.arrival_date'),
          arrival_minute: eb.ref('excluded.arrival_minute'),
          departure_date: eb.ref('excluded.departure_date'),
          departure_minute: eb.ref('excluded.departure_minute'),
          short_reason: eb.ref('excluded.short_reason'),
          note: eb.ref('excluded.note'),
          source: eb.ref('excluded.source'),
          import_id: eb.ref('excluded.import_id'),
          recorded_by: eb.ref('excluded.recorded_by'),
          recorded_at: eb.ref('excluded.recorded_at'),
        })),
      ),
  );
}

/** Keep call monitoring rows that matched no visit, in the caller's transaction. */
export async function insertUnmatchedRows(
  db: Kysely<Database>,
  rows: readonly Insertable<ActualImportRowTable>[],
): Promise<void> {
  await inChunks(db, rows, (chunk) => db.insertInto('actual_import_row').values([...chunk]));
}

// 17 columns × 50 rows stays well inside SQLite's bound-parameter cap.
const CHUNK = 50;

/**
 * Write rows as multi-row statements of CHUNK rows. Kysely's compiling of a statement of ~850 values costs far more
 * than SQLite's work (an import of 10,000 rows spent most of its time there), so each statement shape is compiled
 * once and run again with the next chunk's values, taken in the compiled order: the columns of the rows, which are
 * all built alike (the first chunk's parameters are checked against that order).
 */
async function inChunks<R extends object>(
  db: Kysely<Database>,
  rows: readonly R[],
  build: (chunk: readonly R[]) => Compilable,
): Promise<void> {
  const compiled = new Map<number, CompiledQuery>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const columns = Object.keys(chunk[0] ?? {}) as (keyof R)[];
    const values = chunk.flatMap((row) => columns.map((c) => row[c]));
    let query = compiled.get(chunk.length);
    if (!query) {
      query = build(chunk).compile();
      if (query.parameters.length !== values.length || query.parameters.some((p, n) => p !== values[n]))
        throw new Error('inChunks: rows must all have the same columns in the same order');
      compiled.set(chunk.length, query);
    }
    await db.executeQuery(CompiledQuery.raw(query.sql, values));
  }
}

/** A stored actual as the contract sends it. */
export function toVisitActual(r: VisitActualRow): VisitActual {
  const departure =
    r.departure_date === null || r.departure_minute === null
      ? null
      : { date: r.departure_date, minute: r.departure_minute };
  return {
    arrivalDate: r.arrival_date,
    arrivalMinute: r.arrival_minute,
    departureDate: r.departure_date,
    departureMinute: r.departure_minute,
    actualMinutes:
      departure === null ? null : minutesBetween({ date: r.arrival_date, minute: r.arrival_minute }, departure),
    shortReason: ShortReason.nullable().catch(null).parse(r.short_reason),
    note: r.note,
    source: r.source,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
  };
}

/** One worker's actual at one visit, if recorded. */
export function findActual(
  db: Kysely<Database>,
  isoWeek: string,
  visitId: string,
  staffId: string,
): Promise<VisitActualRow | undefined> {
  return db
    .selectFrom('visit_actual')
    .selectAll()
    .where('iso_week', '=', isoWeek)
    .where('visit_id', '=', visitId)
    .where('staff_id', '=', staffId)
    .executeTakeFirst();
}
