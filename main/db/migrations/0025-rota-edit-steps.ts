import { sql, type Kysely } from 'kysely';

// Frozen once landed: the edits made to a draft week, in order, so a coordinator can undo and redo them (issue 14).
// Each step keeps the touched visits' placements before and after the edit (workers, start, pin) as JSON, and the
// edit in words for the board's "Undo: …" button. Steps go with their week: planning the week again replaces the
// rota_week row, and the cascade clears the steps, which no longer describe that plan. `undone` marks steps that can
// be redone; a new edit deletes them.
const STATEMENTS = [
  `CREATE TABLE rota_edit_step (
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
    iso_week TEXT NOT NULL REFERENCES rota_week (iso_week) ON DELETE CASCADE,
    seq INTEGER NOT NULL CHECK (seq >= 1),
    what TEXT NOT NULL CHECK (what IN ('assign', 'unassign', 'move', 'swap', 'pin', 'unpin')),
    summary TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 1000),
    before_json TEXT NOT NULL CHECK (json_valid(before_json) AND json_type(before_json) = 'array'),
    after_json TEXT NOT NULL CHECK (json_valid(after_json) AND json_type(after_json) = 'array'),
    by TEXT NOT NULL,
    at TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
    UNIQUE (iso_week, seq)
) STRICT`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
