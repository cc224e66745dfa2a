import { sql, type Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.
// Frozen text: the statements this migration ran when it landed, written out in full (it imports no code lists),
// so the schema it makes can never drift with the code. The runner applies them in one transaction.
const STATEMENTS = [
  `CREATE TABLE branch (
    id TEXT PRIMARY KEY,
    provider_name TEXT NOT NULL CHECK (length(provider_name) BETWEEN 1 AND 120),
    provider_id TEXT,
    branch_name TEXT NOT NULL CHECK (length(branch_name) BETWEEN 1 AND 120),
    neighbourhood TEXT NOT NULL CHECK (length(neighbourhood) BETWEEN 1 AND 80),
    cqc_location_id TEXT CHECK (cqc_location_id IS NULL OR cqc_location_id GLOB
      '[0-9]-[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*'),
    is_demo INTEGER NOT NULL CHECK (is_demo IN (0, 1)),
    created_at TEXT NOT NULL
) STRICT`,
  `CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value_json TEXT NOT NULL CHECK (json_valid(value_json)),
    updated_at TEXT NOT NULL
) STRICT`,
  `CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE CHECK (length(reference) BETWEEN 1 AND 49),
    given_name TEXT NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
    family_name TEXT NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
    preferred_name TEXT CHECK (preferred_name IS NULL OR length(preferred_name) BETWEEN 1 AND 100),
    job_role INTEGER NOT NULL CHECK (job_role IN
      (1,2,3,4,5,6,7,8,9,10,11,15,16,17,23,24,25,26,27,34,35,36,37,38,39,40,42,43,44,45,46,47,48,49,50,51,52)),
    email TEXT,
    phone TEXT,
    start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status TEXT NOT NULL CHECK (status IN ('active', 'archived')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT`,
  `CREATE INDEX staff_family_name ON staff (family_name COLLATE NOCASE, given_name COLLATE NOCASE)`,
  `CREATE INDEX staff_status_role ON staff (status, job_role)`,
  `CREATE TABLE account (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 3 AND 64 AND username = lower(username)),
    display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
    staff_id TEXT REFERENCES staff (id),
    password_hash TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    must_change_password INTEGER NOT NULL CHECK (must_change_password IN (0, 1)),
    disabled INTEGER NOT NULL CHECK (disabled IN (0, 1)),
    last_sign_in_at TEXT,
    created_at TEXT NOT NULL
) STRICT`,
  `CREATE UNIQUE INDEX account_staff ON account (staff_id) WHERE staff_id IS NOT NULL`,
  `CREATE TABLE account_role (
    account_id TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('manager', 'coordinator', 'trainer', 'worker', 'visitor')),
    PRIMARY KEY (account_id, role)
) STRICT`,
  `CREATE TABLE session (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES account (id),
    created_at TEXT NOT NULL,
    last_activity_at TEXT NOT NULL,
    reauth_until TEXT,
    ended_at TEXT
) STRICT`,
  `CREATE INDEX session_account ON session (account_id)`,
  `CREATE TABLE sign_in_attempt (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL,
    at TEXT NOT NULL,
    success INTEGER NOT NULL CHECK (success IN (0, 1))
) STRICT`,
  `CREATE INDEX sign_in_attempt_user_at ON sign_in_attempt (username, at)`,
  `CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT,
    entity_id TEXT,
    outcome TEXT NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
    detail TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
) STRICT`,
  `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT,
    'audit log is append-only'); END`,
  `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT,
    'audit log is append-only'); END`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
