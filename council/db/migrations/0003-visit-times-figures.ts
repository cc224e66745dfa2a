import type { Kysely } from 'kysely';

// Frozen once landed. Summary version 2 carries care delivery from actual visit times; the borough view charts those
// figures over time, per branch and combined, so they sit beside each summary as columns like the first figures
// (0001): the counts of visits due, arrived on time, late and missed, completed, lengthened and shortened, and the
// planned and actual hours of the completed visits. A column is null where the branch did not send a number: a count
// sent as "<5" or "withheld", or a version 1 summary (which has no such figures; schema_version tells the two apart).
// The paths read from stored bodies are written out here, so this migration never drifts with the schema's code.
// On SQLite each column is added only if missing (it has no ADD COLUMN IF NOT EXISTS) and the fill is idempotent, so
// a migration cut short there completes on the next start.

const COLUMNS: readonly { column: string; path: readonly string[] }[] = [
  { column: 'f_vt_due', path: ['arrivals', 'total'] },
  { column: 'f_vt_on_time', path: ['arrivals', 'cells', 'on_time'] },
  { column: 'f_vt_late', path: ['arrivals', 'cells', 'late'] },
  { column: 'f_vt_missed', path: ['arrivals', 'cells', 'missed'] },
  { column: 'f_vt_completed', path: ['lengths', 'total'] },
  { column: 'f_vt_lengthened', path: ['lengths', 'cells', 'lengthened'] },
  { column: 'f_vt_shortened', path: ['lengths', 'cells', 'shortened'] },
  { column: 'f_vt_planned_hours', path: ['plannedHoursCompleted'] },
  { column: 'f_vt_actual_hours', path: ['actualHoursCompleted'] },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // PostgreSQL runs the migration in one transaction, so its columns are all there or none are; SQLite's adapter runs
  // DDL outside one, so a start cut short may have added some (and its store holds one summary table to look at).
  const transactional = db.getExecutor().adapter.supportsTransactionalDdl;
  const summary = transactional ? null : (await db.introspection.getTables()).find((t) => t.name === 'summary');
  const present = new Set(summary?.columns.map((c) => c.name) ?? []);
  for (const { column } of COLUMNS)
    if (!present.has(column)) await db.schema.alterTable('summary').addColumn(column, 'double precision').execute();

  // Summaries of version 2 stored before this migration: their figures from the body as received.
  const store = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const rows = (await store
    .selectFrom('summary')
    .select(['summary_id', 'body_json'])
    .where('schema_version', '>=', 2)
    .where('period_kind', '=', 'week')
    .execute()) as { summary_id: string; body_json: string }[];
  for (const row of rows) {
    const body = JSON.parse(row.body_json) as { careDelivery?: { visitTimes?: unknown } };
    const block = body.careDelivery?.visitTimes;
    if (block === undefined) continue;
    const values = Object.fromEntries(COLUMNS.map(({ column, path }) => [column, numberAt(block, path)]));
    await store.updateTable('summary').set(values).where('summary_id', '=', row.summary_id).execute();
  }
}

function numberAt(value: unknown, path: readonly string[]): number | null {
  let at: unknown = value;
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : null;
  return typeof at === 'number' ? at : null;
}
