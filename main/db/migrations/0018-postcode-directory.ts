import { sql, type Kysely } from 'kysely';

// Frozen once landed: the borough's extract of the ONS Postcode Directory, so people and workers can be placed by
// postcode with no network (issue 14). `postcode` holds the live postcodes of the last import, keyed by the postcode
// as the app writes it (capitals, one space before the inward code); an import replaces every row in one
// transaction. `postcode_import` keeps one row per import, so the page can say how many were loaded and when.
const STATEMENTS = [
  `CREATE TABLE postcode (
    postcode TEXT PRIMARY KEY CHECK (length(postcode) BETWEEN 6 AND 8 AND postcode = upper(postcode)
      AND instr(postcode, ' ') = length(postcode) - 3),
    lat REAL NOT NULL CHECK (lat BETWEEN 49.8 AND 60.9),
    lon REAL NOT NULL CHECK (lon BETWEEN -8.7 AND 1.8)
) STRICT, WITHOUT ROWID`,
  `CREATE TABLE postcode_import (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    postcodes INTEGER NOT NULL CHECK (postcodes >= 0),
    terminated_skipped INTEGER NOT NULL CHECK (terminated_skipped >= 0),
    unlocated_skipped INTEGER NOT NULL CHECK (unlocated_skipped >= 0)
) STRICT`,
  `CREATE INDEX postcode_import_latest ON postcode_import (imported_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
