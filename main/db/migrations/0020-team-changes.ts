import { sql, type Kysely } from 'kysely';

// Workers run their own week (issue 18): a swap of visits between teammates, or a visit given up with a reason.
// - A swap is proposed by the worker on the visit (from_staff_id) to a teammate (to_staff_id), optionally in exchange
//   for one of the teammate's visits (other_visit_id); the teammate accepts or declines.
// - A give-up names its reason; it leaves the visit open for the team to take.
// - Either then waits for the coordinator or is done at once, as the branch's setting says (status).
// Frozen text: the statements this migration ran when it landed, written out in full (it imports no code lists).
const STATEMENTS = [
  `CREATE TABLE rota_change_request (
    id TEXT PRIMARY KEY,
    iso_week TEXT NOT NULL REFERENCES rota_week (iso_week) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('swap', 'give_up')),
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
    CHECK (kind <> 'give_up' OR (to_staff_id IS NULL AND other_visit_id IS NULL AND reason IS NOT NULL)),
    CHECK (status IN ('proposed', 'awaiting_coordinator') OR decided_at IS NOT NULL)
) STRICT`,
  `CREATE INDEX rota_change_request_week ON rota_change_request (iso_week, status)`,
  `CREATE INDEX rota_change_request_staff ON rota_change_request (from_staff_id, to_staff_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
