import { sql, type Kysely } from 'kysely';

// Starting while a DBS check is pending: the date the enhanced check was applied for. A worker with no certificate
// yet but an application made is "pending"; the branch's policy (a setting, as data) says whether they may work
// meanwhile, only alongside a colleague, or not at all.
// Frozen text: the statements this migration ran when it landed, written out in full (it imports no code lists).
const STATEMENTS = [
  `ALTER TABLE staff ADD COLUMN dbs_applied_on TEXT CHECK (dbs_applied_on IS NULL OR dbs_applied_on GLOB
    '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
