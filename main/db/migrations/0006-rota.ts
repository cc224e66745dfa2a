import { sql, type Kysely } from 'kysely';

// Week plans, their visits and assignments, the change log after publishing, and one-off changes for a week.
// Sickness is recorded in the people domain's availability_exception (one place for absences).
// Frozen once landed: change the schema with a new migration, never by editing this one.
// Frozen text: the statements this migration ran when it landed, written out in full (it imports no code lists),
// so the schema it makes can never drift with the code. The runner applies them in one transaction.
const STATEMENTS = [
  `CREATE TABLE rota_week (
    iso_week TEXT PRIMARY KEY CHECK (iso_week GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'),
    status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    seed INTEGER NOT NULL,
    iterations INTEGER,
    stop_reason TEXT CHECK (stop_reason IS NULL OR stop_reason IN ('iterations', 'time', 'converged')),
    instance_json TEXT NOT NULL CHECK (json_valid(instance_json)),
    measures_json TEXT CHECK (measures_json IS NULL OR json_valid(measures_json)),
    warnings_json TEXT NOT NULL CHECK (json_valid(warnings_json) AND json_type(warnings_json) = 'array'),
    planned_at TEXT NOT NULL,
    planned_by TEXT NOT NULL,
    published_at TEXT,
    published_by TEXT,
    updated_at TEXT NOT NULL,
    CHECK (status <> 'published' OR (published_at IS NOT NULL AND published_by IS NOT NULL))
) STRICT`,
  `CREATE TABLE rota_visit (
    iso_week TEXT NOT NULL REFERENCES rota_week (iso_week) ON DELETE CASCADE,
    id TEXT NOT NULL CHECK (length(id) BETWEEN 1 AND 200),
    client_id TEXT NOT NULL REFERENCES client (id),
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    ideal_start_minute INTEGER NOT NULL CHECK (ideal_start_minute BETWEEN 0 AND 1439),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440 AND start_minute +
      duration_minutes <= 1440),
    workers_needed INTEGER NOT NULL CHECK (workers_needed IN (1, 2)),
    purpose TEXT NOT NULL,
    worker1_id TEXT REFERENCES staff (id),
    worker2_id TEXT REFERENCES staff (id),
    pinned INTEGER NOT NULL CHECK (pinned IN (0, 1)),
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL,
    unassigned_json TEXT NOT NULL CHECK (json_valid(unassigned_json) AND json_type(unassigned_json) = 'array'),
    one_off_id TEXT,
    PRIMARY KEY (iso_week, id),
    CHECK (worker2_id IS NULL OR (worker1_id IS NOT NULL AND worker2_id <> worker1_id)),
    CHECK (pinned = 0 OR worker1_id IS NOT NULL)
) STRICT`,
  `CREATE INDEX rota_visit_worker1 ON rota_visit (worker1_id, iso_week) WHERE worker1_id IS NOT NULL`,
  `CREATE INDEX rota_visit_worker2 ON rota_visit (worker2_id, iso_week) WHERE worker2_id IS NOT NULL`,
  `CREATE INDEX rota_visit_client ON rota_visit (client_id, iso_week)`,
  `CREATE TABLE rota_change (
    id TEXT PRIMARY KEY,
    iso_week TEXT NOT NULL REFERENCES rota_week (iso_week) ON DELETE CASCADE,
    visit_id TEXT NOT NULL,
    client_id TEXT NOT NULL REFERENCES client (id),
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    at TEXT NOT NULL,
    by TEXT NOT NULL,
    what TEXT NOT NULL CHECK (what IN ('assign', 'unassign', 'move', 'swap', 'sickness_cover', 'pin', 'unpin')),
    before_text TEXT NOT NULL,
    after_text TEXT NOT NULL,
    worker_ids_json TEXT NOT NULL CHECK (json_valid(worker_ids_json) AND json_type(worker_ids_json) = 'array')
) STRICT`,
  `CREATE INDEX rota_change_week ON rota_change (iso_week, at)`,
  `CREATE TABLE rota_one_off (
    id TEXT PRIMARY KEY,
    iso_week TEXT NOT NULL CHECK (iso_week GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'),
    client_id TEXT NOT NULL REFERENCES client (id),
    kind TEXT NOT NULL CHECK (kind IN ('cancel', 'extra')),
    visit_id TEXT,
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 720 AND start_minute +
      duration_minutes <= 1440),
    workers_needed INTEGER NOT NULL CHECK (workers_needed IN (1, 2)),
    required_skills_json TEXT NOT NULL CHECK (json_valid(required_skills_json) AND
      json_type(required_skills_json) = 'array'),
    agreed_short INTEGER NOT NULL CHECK (agreed_short IN (0, 1)),
    purpose TEXT NOT NULL CHECK (length(purpose) BETWEEN 1 AND 500),
    note TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK (kind <> 'cancel' OR visit_id IS NOT NULL),
    UNIQUE (iso_week, visit_id)
) STRICT`,
  `CREATE INDEX rota_one_off_week ON rota_one_off (iso_week, client_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
