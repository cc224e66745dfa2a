import { sql, type Kysely } from 'kysely';

// Frozen once landed: when someone the hub signed out at closing (they forgot to sign out) really left, as the
// manager or coordinator recorded it afterwards (issue 16). The sign-in row keeps its closing time, so the building
// list and past roll calls never change; this row says what the branch learned later. `left_at` is null when nobody
// knows; one record per sign-in, never replaced (it is audited).
const STATEMENTS = [
  `CREATE TABLE hub_departure (
    presence_id TEXT PRIMARY KEY REFERENCES hub_presence (id),
    left_at TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 120)
) STRICT`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
