import { sql, type Kysely } from 'kysely';

// Frozen once landed: changes a person's team proposes to their ideal week (issue 18, "the team plans together").
// A proposal names one item of the version in force when it was made, keeps that item as it was (day, start, length,
// what it is for) so it reads the same after the week changes, and proposes a new start and/or length with the
// worker's reason. The version and item are kept as text, not foreign keys: a same-day correction of an ideal week
// replaces its version, and must not be blocked by (or cascade into) the proposals made against it. A coordinator
// accepts (the new version it made is recorded) or declines with a reason.
const STATEMENTS = [
  `CREATE TABLE ideal_week_proposal (
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
    client_id TEXT NOT NULL REFERENCES client (id),
    version_id TEXT NOT NULL CHECK (length(version_id) BETWEEN 1 AND 64),
    item_id TEXT NOT NULL CHECK (length(item_id) BETWEEN 1 AND 64),
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes >= 1),
    purpose TEXT NOT NULL CHECK (length(purpose) BETWEEN 1 AND 500),
    proposed_start_minute INTEGER CHECK (proposed_start_minute BETWEEN 0 AND 1439),
    proposed_duration_minutes INTEGER CHECK (proposed_duration_minutes BETWEEN 1 AND 720),
    reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    proposed_by TEXT NOT NULL REFERENCES staff (id),
    created_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'declined')),
    decided_by TEXT,
    decided_at TEXT,
    decline_reason TEXT CHECK (decline_reason IS NULL OR length(decline_reason) BETWEEN 1 AND 500),
    applied_version_id TEXT,
    CHECK (proposed_start_minute IS NOT NULL OR proposed_duration_minutes IS NOT NULL),
    CHECK (status <> 'declined' OR decline_reason IS NOT NULL),
    CHECK ((status = 'proposed') = (decided_at IS NULL))
) STRICT`,
  `CREATE INDEX ideal_week_proposal_by_status ON ideal_week_proposal (status, created_at)`,
  `CREATE INDEX ideal_week_proposal_by_client ON ideal_week_proposal (client_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
