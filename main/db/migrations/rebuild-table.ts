import { sql, type Kysely } from 'kysely';

// FROZEN like a migration: the migrations that call it rely on exactly what it does today. To do something else,
// add rebuild-table-2.ts beside it; never edit this one.

/**
 * Rebuild a table with a new definition, keeping every row: SQLite's documented procedure for the changes ALTER
 * TABLE cannot make, such as a CHECK list that grows (see "Code lists that grow" in index.ts). `definition` is the
 * whole table as it is to be, from the opening bracket on, written out in the migration: the same columns in the
 * same order, only their constraints different. The migration calling this sets `rebuildsTables`, so the runner
 * turns foreign keys off around it (dropping a table others refer to would otherwise fail or cascade) and commits
 * only if every reference still holds. Rows are copied by column, so a row the new constraints refuse fails the
 * migration and nothing changes. Indexes and triggers on the table are made again from their own SQL. Not for tables
 * whose rowids matter (none of ours: every table that needs a stable key declares one).
 */
export async function rebuildTable(db: Kysely<unknown>, table: string, definition: string): Promise<void> {
  const staged = `${table}__rebuild`;
  const objects = await sql<{ sql: string }>`SELECT sql FROM sqlite_schema
    WHERE tbl_name = ${table} AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid`.execute(db);
  await sql.raw(`CREATE TABLE "${staged}" ${definition}`).execute(db);
  const before = await columnsOf(db, table);
  const after = await columnsOf(db, staged);
  if (before.join(',') !== after.join(','))
    throw new Error(`rebuildTable must keep the columns of ${table} (${before.join(', ')}), not ${after.join(', ')}`);
  const columns = after.map((column) => `"${column}"`).join(', ');
  await sql.raw(`INSERT INTO "${staged}" (${columns}) SELECT ${columns} FROM "${table}"`).execute(db);
  await sql.raw(`DROP TABLE "${table}"`).execute(db);
  // A trigger on another table may name this one; while it is gone, a modern RENAME would refuse to check that
  // trigger. The legacy rename only renames, which is all this step needs (nothing refers to the staged name).
  await sql.raw('PRAGMA legacy_alter_table = ON').execute(db);
  await sql.raw(`ALTER TABLE "${staged}" RENAME TO "${table}"`).execute(db);
  await sql.raw('PRAGMA legacy_alter_table = OFF').execute(db);
  for (const object of objects.rows) await sql.raw(object.sql).execute(db);
}

async function columnsOf(db: Kysely<unknown>, table: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM pragma_table_xinfo(${table}) ORDER BY cid`.execute(db);
  return rows.map((row) => row.name);
}
