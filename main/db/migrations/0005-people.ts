import { sql, type Kysely } from 'kysely';

// People who draw on care, their chosen teams and ideal weeks, and workers' availability and travel.
// Frozen once landed: change the schema with a new migration, never by editing this one.
// Frozen text: the statements this migration ran when it landed, written out in full (it imports no code lists),
// so the schema it makes can never drift with the code. The runner applies them in one transaction.
const STATEMENTS = [
  `CREATE TABLE client (
    id TEXT PRIMARY KEY,
    given_name TEXT NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
    family_name TEXT NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
    preferred_name TEXT CHECK (preferred_name IS NULL OR length(preferred_name) BETWEEN 1 AND 100),
    addressed_as TEXT NOT NULL CHECK (length(addressed_as) BETWEEN 1 AND 120),
    address_line1 TEXT NOT NULL CHECK (length(address_line1) BETWEEN 1 AND 120),
    address_line2 TEXT,
    town TEXT NOT NULL CHECK (length(town) BETWEEN 1 AND 80),
    postcode TEXT NOT NULL CHECK (length(postcode) BETWEEN 5 AND 8),
    lat REAL NOT NULL CHECK (lat BETWEEN 49.8 AND 60.9),
    lon REAL NOT NULL CHECK (lon BETWEEN -8.7 AND 1.8),
    key_contacts_json TEXT NOT NULL CHECK (json_valid(key_contacts_json) AND json_type(key_contacts_json) =
      'array'),
    what_matters TEXT CHECK (what_matters IS NULL OR length(what_matters) <= 4000),
    access_notes TEXT CHECK (access_notes IS NULL OR length(access_notes) <= 4000),
    start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'ended')),
    paused_from TEXT CHECK (paused_from IS NULL OR paused_from GLOB
      '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    paused_until TEXT CHECK (paused_until IS NULL OR (paused_until GLOB
      '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND paused_from IS NOT NULL AND paused_until >= paused_from)),
      
    pause_reason TEXT,
    ended_on TEXT CHECK (ended_on IS NULL OR (ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND
      ended_on >= start_date)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (status <> 'paused' OR paused_from IS NOT NULL),
    CHECK (status <> 'ended' OR ended_on IS NOT NULL)
) STRICT`,
  `CREATE INDEX client_name ON client (family_name COLLATE NOCASE, given_name COLLATE NOCASE)`,
  `CREATE INDEX client_status ON client (status)`,
  `CREATE TABLE client_need (
    client_id TEXT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    skill TEXT NOT NULL CHECK (skill IN
      ('dementia','end_of_life','mental_health','learning_disability','autism','medication',
      'moving_and_handling','diabetes','epilepsy','stoma_catheter','peg_feeding')),
    PRIMARY KEY (client_id, skill)
) STRICT, WITHOUT ROWID`,
  `CREATE TABLE client_interview (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES client (id),
    staff_id TEXT NOT NULL REFERENCES staff (id),
    interview_date TEXT NOT NULL CHECK (interview_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    outcome TEXT NOT NULL CHECK (outcome IN ('chosen', 'not_chosen')),
    decided_by TEXT NOT NULL CHECK (length(decided_by) BETWEEN 1 AND 120),
    notes TEXT,
    created_at TEXT NOT NULL
) STRICT`,
  `CREATE INDEX client_interview_client ON client_interview (client_id, interview_date)`,
  `CREATE TABLE client_declined_worker (
    client_id TEXT NOT NULL REFERENCES client (id),
    staff_id TEXT NOT NULL REFERENCES staff (id),
    declined_on TEXT NOT NULL CHECK (declined_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    reason TEXT,
    PRIMARY KEY (client_id, staff_id)
) STRICT, WITHOUT ROWID`,
  `CREATE TABLE client_team_member (
    client_id TEXT NOT NULL REFERENCES client (id),
    staff_id TEXT NOT NULL REFERENCES staff (id),
    added_on TEXT NOT NULL CHECK (added_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    PRIMARY KEY (client_id, staff_id)
) STRICT, WITHOUT ROWID`,
  `CREATE INDEX client_team_member_staff ON client_team_member (staff_id)`,
  `CREATE TRIGGER client_team_max_12 BEFORE INSERT ON client_team_member WHEN (SELECT count(*) FROM
    client_team_member WHERE client_id = NEW.client_id) >= 12 BEGIN SELECT RAISE(ABORT,
    'a team has at most 12 workers'); END`,
  `CREATE TRIGGER client_team_not_declined BEFORE INSERT ON client_team_member WHEN EXISTS (SELECT 1 FROM
    client_declined_worker WHERE client_id = NEW.client_id AND staff_id = NEW.staff_id) BEGIN SELECT RAISE(ABORT,
    
    'the person has declined this worker'); END`,
  `CREATE TABLE ideal_week_version (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES client (id),
    effective_from TEXT NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    anchor_date TEXT NOT NULL CHECK (anchor_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (client_id, effective_from)
) STRICT`,
  `CREATE TABLE ideal_week_item (
    id TEXT PRIMARY KEY,
    version_id TEXT NOT NULL REFERENCES ideal_week_version (id) ON DELETE CASCADE,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 720 AND start_minute +
      duration_minutes <= 1440),
    workers_needed INTEGER NOT NULL CHECK (workers_needed IN (1, 2)),
    purpose TEXT NOT NULL CHECK (length(purpose) BETWEEN 1 AND 500),
    required_skills_json TEXT NOT NULL CHECK (json_valid(required_skills_json) AND
      json_type(required_skills_json) = 'array'),
    flex_minutes INTEGER NOT NULL CHECK (flex_minutes BETWEEN 0 AND 720),
    preferred_json TEXT NOT NULL CHECK (json_valid(preferred_json) AND json_type(preferred_json) = 'array'),
    agreed_short INTEGER NOT NULL CHECK (agreed_short IN (0, 1)),
    repeat TEXT NOT NULL CHECK (repeat IN ('weekly', 'week_a', 'week_b')),
    position INTEGER NOT NULL
) STRICT`,
  `CREATE INDEX ideal_week_item_version ON ideal_week_item (version_id, weekday, start_minute)`,
  `CREATE TABLE availability_window (
    id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id),
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440 AND end_minute > start_minute)
) STRICT`,
  `CREATE INDEX availability_window_staff ON availability_window (staff_id, weekday, start_minute)`,
  `CREATE TABLE worker_travel_profile (
    staff_id TEXT PRIMARY KEY REFERENCES staff (id),
    travel_mode TEXT NOT NULL CHECK (travel_mode IN ('walk','cycle','public_transport','car')),
    home_postcode TEXT,
    home_lat REAL NOT NULL CHECK (home_lat BETWEEN 49.8 AND 60.9),
    home_lon REAL NOT NULL CHECK (home_lon BETWEEN -8.7 AND 1.8),
    updated_at TEXT NOT NULL
) STRICT`,
  `CREATE TABLE availability_exception (
    id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id),
    kind TEXT NOT NULL CHECK (kind IN ('annual_leave', 'sickness', 'team_meeting')),
    status TEXT NOT NULL CHECK (status IN ('requested', 'approved', 'declined', 'recorded', 'cancelled')),
    start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_date TEXT CHECK (end_date IS NULL OR end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
    osp_recorded INTEGER NOT NULL CHECK (osp_recorded IN (0, 1)),
    note TEXT,
    requested_by TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT,
    created_at TEXT NOT NULL,
    CHECK (end_date IS NOT NULL OR kind = 'sickness'),
    CHECK (end_date IS NULL OR end_date > start_date OR (end_date = start_date AND end_minute > start_minute)),
    CHECK (kind = 'annual_leave' OR status IN ('recorded', 'cancelled')),
    CHECK (kind <> 'annual_leave' OR status IN ('requested', 'approved', 'declined', 'cancelled'))
) STRICT`,
  `CREATE INDEX availability_exception_staff ON availability_exception (staff_id, start_date)`,
  `CREATE INDEX availability_exception_dates ON availability_exception (start_date, end_date)`,
  `CREATE INDEX availability_exception_pending ON availability_exception (status) WHERE status = 'requested'`,
  `CREATE TABLE travel_recorded (
    from_id TEXT NOT NULL,
    to_id TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('walk','cycle','public_transport','car')),
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 240),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (from_id, to_id, mode),
    CHECK (from_id <> to_id)
) STRICT, WITHOUT ROWID`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
