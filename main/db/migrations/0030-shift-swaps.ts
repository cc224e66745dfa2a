import { sql, type Kysely } from 'kysely';
import { rebuildTable } from './rebuild-table';

// A worker swaps a whole shift with a teammate (issue 18): every visit of theirs on one day of a published week,
// optionally for every visit of the teammate's on a day. It is one more kind of change request ('swap_shift'), so it
// is answered, approved and listed like a single-visit swap; the request row names the first visit of each side, and
// rota_change_request_visit lists every visit on each side as it stood when asked (day, start and length), so an
// answer given after the week has changed is refused rather than applied to a different shift.
// Frozen text: the statements this migration ran when it landed, written out in full (it imports no code lists).
export const rebuildsTables = true;

const ROTA_CHANGE_REQUEST = `(
    id TEXT PRIMARY KEY,
    iso_week TEXT NOT NULL REFERENCES rota_week (iso_week) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('swap', 'give_up', 'swap_shift')),
    visit_id TEXT NOT NULL CHECK (length(visit_id) BETWEEN 1 AND 200),
    from_staff_id TEXT NOT NULL REFERENCES staff (id),
    to_staff_id TEXT REFERENCES staff (id),
    other_visit_id TEXT CHECK (other_visit_id IS NULL OR length(other_visit_id) BETWEEN 1 AND 200),
    reason TEXT CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 500),
    sickness INTEGER NOT NULL CHECK (sickness IN (0, 1)),
    status TEXT NOT NULL CHECK (status IN ('proposed', 'awaiting_coordinator', 'done', 'declined')),
    created_at TEXT NOT NULL,
    decided_at TEXT,
    decided_by TEXT,
    note TEXT CHECK (note IS NULL OR length(note) BETWEEN 1 AND 500),
    CHECK (kind <> 'swap' OR (to_staff_id IS NOT NULL AND to_staff_id <> from_staff_id AND sickness = 0)),
    CHECK (kind <> 'swap_shift' OR (to_staff_id IS NOT NULL AND to_staff_id <> from_staff_id AND sickness = 0)),
    CHECK (kind <> 'give_up' OR (to_staff_id IS NULL AND other_visit_id IS NULL AND reason IS NOT NULL)),
    CHECK (status IN ('proposed', 'awaiting_coordinator') OR decided_at IS NOT NULL)
) STRICT`;

const STATEMENTS = [
  `CREATE TABLE rota_change_request_visit (
    request_id TEXT NOT NULL REFERENCES rota_change_request (id) ON DELETE CASCADE,
    visit_id TEXT NOT NULL CHECK (length(visit_id) BETWEEN 1 AND 200),
    side TEXT NOT NULL CHECK (side IN ('give', 'take')),
    staff_id TEXT NOT NULL REFERENCES staff (id),
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    PRIMARY KEY (request_id, visit_id)
) STRICT`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await rebuildTable(db, 'rota_change_request', ROTA_CHANGE_REQUEST);
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
