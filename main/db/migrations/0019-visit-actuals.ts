import { sql, type Kysely } from 'kysely';

// What actually happened at each visit (issue 18):
// - visit_actual: one row per visit and worker (each worker of a double-up arrives and leaves on their own), with the
//   actual arrival and departure as Europe/London wall-clock date and minute (the rota's own terms), who recorded
//   them and how (the worker, a coordinator, or an electronic call monitoring import), and the reason given for a
//   visit lengthened or shortened. It keeps a copy of the visit as planned when recorded, and no foreign key to
//   rota_visit, so replanning a week (which replaces its visit rows) never deletes what happened.
// - actual_import and actual_import_row: each call monitoring file applied, and the rows it could not match to a
//   visit, kept open until a person resolves them (attached to a visit or set aside with a reason).
// Frozen text: the statements this migration ran when it landed, written out in full (it imports no code lists).
const DATE = "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'";
const WEEK = "'[0-9][0-9][0-9][0-9]-W[0-5][0-9]'";
const SHORT_REASONS =
  "'person_asked_to_finish', 'person_out', 'family_present', 'tasks_done_person_agreed', 'emergency_elsewhere', " +
  "'unsafe_to_stay'";

const STATEMENTS = [
  `CREATE TABLE visit_actual (
    iso_week TEXT NOT NULL CHECK (iso_week GLOB ${WEEK}),
    visit_id TEXT NOT NULL CHECK (length(visit_id) BETWEEN 1 AND 200),
    staff_id TEXT NOT NULL REFERENCES staff (id),
    client_id TEXT NOT NULL REFERENCES client (id),
    planned_date TEXT NOT NULL CHECK (planned_date GLOB ${DATE}),
    planned_start_minute INTEGER NOT NULL CHECK (planned_start_minute BETWEEN 0 AND 1439),
    planned_duration_minutes INTEGER NOT NULL CHECK (planned_duration_minutes BETWEEN 1 AND 1440),
    arrival_date TEXT NOT NULL CHECK (arrival_date GLOB ${DATE}),
    arrival_minute INTEGER NOT NULL CHECK (arrival_minute BETWEEN 0 AND 1439),
    departure_date TEXT CHECK (departure_date IS NULL OR departure_date GLOB ${DATE}),
    departure_minute INTEGER CHECK (departure_minute IS NULL OR departure_minute BETWEEN 0 AND 1439),
    short_reason TEXT CHECK (short_reason IS NULL OR short_reason IN (${SHORT_REASONS})),
    note TEXT CHECK (note IS NULL OR length(note) BETWEEN 1 AND 500),
    source TEXT NOT NULL CHECK (source IN ('worker', 'coordinator', 'call_monitoring')),
    import_id TEXT,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (iso_week, visit_id, staff_id),
    CHECK ((departure_date IS NULL) = (departure_minute IS NULL)),
    CHECK (departure_date IS NULL OR departure_date > arrival_date OR
      (departure_date = arrival_date AND departure_minute > arrival_minute)),
    CHECK ((source = 'call_monitoring') = (import_id IS NOT NULL))
) STRICT`,
  `CREATE INDEX visit_actual_date ON visit_actual (planned_date, staff_id)`,
  `CREATE TABLE actual_import (
    id TEXT PRIMARY KEY,
    layout TEXT NOT NULL CHECK (layout IN ('cm2000', 'mapped')),
    rows INTEGER NOT NULL CHECK (rows >= 0),
    matched INTEGER NOT NULL CHECK (matched >= 0),
    unmatched INTEGER NOT NULL CHECK (unmatched >= 0),
    imported_by TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    CHECK (matched + unmatched = rows)
) STRICT`,
  `CREATE TABLE actual_import_row (
    id TEXT PRIMARY KEY,
    import_id TEXT NOT NULL REFERENCES actual_import (id),
    line INTEGER NOT NULL CHECK (line >= 2),
    worker_ref TEXT NOT NULL,
    person_name TEXT NOT NULL,
    planned_date TEXT NOT NULL CHECK (planned_date GLOB ${DATE}),
    planned_start_minute INTEGER CHECK (planned_start_minute IS NULL OR planned_start_minute BETWEEN 0 AND 1439),
    arrival_date TEXT NOT NULL CHECK (arrival_date GLOB ${DATE}),
    arrival_minute INTEGER NOT NULL CHECK (arrival_minute BETWEEN 0 AND 1439),
    departure_date TEXT CHECK (departure_date IS NULL OR departure_date GLOB ${DATE}),
    departure_minute INTEGER CHECK (departure_minute IS NULL OR departure_minute BETWEEN 0 AND 1439),
    reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 300),
    status TEXT NOT NULL CHECK (status IN ('open', 'attached', 'set_aside')),
    resolved_by TEXT,
    resolved_at TEXT,
    resolution_note TEXT CHECK (resolution_note IS NULL OR length(resolution_note) BETWEEN 1 AND 500),
    CHECK ((status = 'open') = (resolved_by IS NULL AND resolved_at IS NULL))
) STRICT`,
  `CREATE INDEX actual_import_row_open ON actual_import_row (status, planned_date)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
