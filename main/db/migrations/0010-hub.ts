import { sql, type Kysely } from 'kysely';

// The hub: floors and spaces, opening hours and closed days, visiting organisations and their visitors' accounts,
// bookings, the half-day claims that make double booking impossible (a visitor's booking and a training session in
// the training room claim the same rows), sign-ins, roll calls and kiosk sessions.
// Frozen text: the statements this migration ran when it landed, written out in full (it imports no code lists),
// so the schema it makes can never drift with the code. The runner applies them in one transaction.
const STATEMENTS = [
  `CREATE TABLE hub_floor (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 99),
    grid_columns INTEGER NOT NULL CHECK (grid_columns BETWEEN 4 AND 60),
    grid_rows INTEGER NOT NULL CHECK (grid_rows BETWEEN 4 AND 60),
    image_type TEXT CHECK (image_type IS NULL OR image_type IN ('image/png', 'image/jpeg', 'image/svg+xml')),
    image BLOB CHECK (image IS NULL OR length(image) BETWEEN 1 AND 5242880),
    image_sha256 TEXT CHECK (image_sha256 IS NULL OR length(image_sha256) = 64),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    removed_at TEXT,
    CHECK ((image_type IS NULL) = (image IS NULL) AND (image IS NULL) = (image_sha256 IS NULL))
) STRICT`,
  `CREATE UNIQUE INDEX hub_floor_name ON hub_floor (lower(name)) WHERE removed_at IS NULL`,
  `CREATE TABLE hub_space (
    id TEXT PRIMARY KEY,
    floor_id TEXT NOT NULL REFERENCES hub_floor (id),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    kind TEXT NOT NULL CHECK (kind IN ('desk', 'meeting_room', 'training_room', 'quiet_room')),
    capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 200),
    has_screen INTEGER NOT NULL CHECK (has_screen IN (0, 1)),
    has_phone INTEGER NOT NULL CHECK (has_phone IN (0, 1)),
    wheelchair_access INTEGER NOT NULL CHECK (wheelchair_access IN (0, 1)),
    lockable INTEGER NOT NULL CHECK (lockable IN (0, 1)),
    grid_x INTEGER NOT NULL CHECK (grid_x BETWEEN 0 AND 59),
    grid_y INTEGER NOT NULL CHECK (grid_y BETWEEN 0 AND 59),
    grid_width INTEGER NOT NULL CHECK (grid_width BETWEEN 1 AND 60),
    grid_height INTEGER NOT NULL CHECK (grid_height BETWEEN 1 AND 60),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    removed_at TEXT
) STRICT`,
  `CREATE UNIQUE INDEX hub_space_name ON hub_space (lower(name)) WHERE removed_at IS NULL`,
  `CREATE UNIQUE INDEX hub_one_training_room ON hub_space (kind) WHERE kind = 'training_room' AND removed_at IS NULL`,
  `CREATE INDEX hub_space_floor ON hub_space (floor_id)`,
  `CREATE TABLE hub_opening_hours (
    weekday INTEGER PRIMARY KEY CHECK (weekday BETWEEN 1 AND 7),
    is_open INTEGER NOT NULL CHECK (is_open IN (0, 1)),
    open_minute INTEGER NOT NULL CHECK (open_minute BETWEEN 0 AND 1439),
    close_minute INTEGER NOT NULL CHECK (close_minute BETWEEN 1 AND 1440),
    CHECK (is_open = 0 OR close_minute > open_minute)
) STRICT`,
  `CREATE TABLE hub_closed_day (
    date TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 120),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
) STRICT`,
  `CREATE TABLE hub_organisation (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    kind TEXT NOT NULL CHECK (kind IN ('nhs_community_nursing', 'gp_practice', 'council_social_work',
      'occupational_therapy', 'mental_health', 'voluntary_sector', 'other')),
    contact_name TEXT NOT NULL CHECK (length(contact_name) BETWEEN 1 AND 120),
    contact_email TEXT,
    contact_phone TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    removed_at TEXT
) STRICT`,
  `CREATE UNIQUE INDEX hub_organisation_name ON hub_organisation (lower(name)) WHERE removed_at IS NULL`,
  `CREATE TABLE hub_visitor (
    account_id TEXT PRIMARY KEY REFERENCES account (id),
    organisation_id TEXT NOT NULL REFERENCES hub_organisation (id),
    email TEXT,
    phone TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT`,
  `CREATE INDEX hub_visitor_organisation ON hub_visitor (organisation_id)`,
  `CREATE TABLE hub_booking (
    id TEXT PRIMARY KEY,
    space_id TEXT NOT NULL REFERENCES hub_space (id),
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    period TEXT NOT NULL CHECK (period IN ('morning', 'afternoon', 'day')),
    account_id TEXT NOT NULL REFERENCES account (id),
    organisation_id TEXT REFERENCES hub_organisation (id),
    status TEXT NOT NULL CHECK (status IN ('booked', 'checked_in', 'cancelled', 'no_show')),
    series_id TEXT,
    walk_in INTEGER NOT NULL CHECK (walk_in IN (0, 1)),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    checked_in_at TEXT,
    ended_at TEXT,
    ended_by TEXT,
    CHECK (status <> 'checked_in' OR checked_in_at IS NOT NULL),
    CHECK (status NOT IN ('cancelled', 'no_show') OR ended_at IS NOT NULL)
) STRICT`,
  `CREATE INDEX hub_booking_date ON hub_booking (date, status)`,
  `CREATE INDEX hub_booking_account ON hub_booking (account_id, date)`,
  `CREATE INDEX hub_booking_series ON hub_booking (series_id) WHERE series_id IS NOT NULL`,
  `CREATE INDEX hub_booking_open ON hub_booking (date) WHERE status = 'booked'`,
  `CREATE TABLE hub_claim (
    space_id TEXT NOT NULL REFERENCES hub_space (id),
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    half TEXT NOT NULL CHECK (half IN ('am', 'pm')),
    booking_id TEXT REFERENCES hub_booking (id) ON DELETE CASCADE,
    training_session_id TEXT REFERENCES training_session (id) ON DELETE CASCADE,
    PRIMARY KEY (space_id, date, half),
    CHECK ((booking_id IS NULL) <> (training_session_id IS NULL))
) STRICT, WITHOUT ROWID`,
  `CREATE INDEX hub_claim_date ON hub_claim (date)`,
  `CREATE INDEX hub_claim_booking ON hub_claim (booking_id) WHERE booking_id IS NOT NULL`,
  `CREATE INDEX hub_claim_session ON hub_claim (training_session_id) WHERE training_session_id IS NOT NULL`,
  `CREATE TABLE hub_presence (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('visitor', 'staff', 'contractor')),
    account_id TEXT REFERENCES account (id),
    organisation_id TEXT REFERENCES hub_organisation (id),
    guest_name TEXT CHECK (guest_name IS NULL OR length(guest_name) BETWEEN 1 AND 120),
    guest_company TEXT CHECK (guest_company IS NULL OR length(guest_company) BETWEEN 1 AND 120),
    booking_id TEXT REFERENCES hub_booking (id),
    space_id TEXT REFERENCES hub_space (id),
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    signed_in_at TEXT NOT NULL,
    signed_in_via TEXT NOT NULL CHECK (signed_in_via IN ('pass', 'name', 'walk_in', 'contractor', 'staff')),
    signed_out_at TEXT,
    signed_out_how TEXT CHECK (signed_out_how IS NULL OR signed_out_how IN ('kiosk', 'closing', 'staff')),
    CHECK ((kind = 'contractor') = (account_id IS NULL)),
    CHECK (kind <> 'contractor' OR (guest_name IS NOT NULL AND guest_company IS NOT NULL)),
    CHECK ((signed_out_at IS NULL) = (signed_out_how IS NULL))
) STRICT`,
  `CREATE UNIQUE INDEX hub_presence_open_account ON hub_presence (account_id)
    WHERE signed_out_at IS NULL AND account_id IS NOT NULL`,
  `CREATE UNIQUE INDEX hub_presence_open_contractor ON hub_presence (lower(guest_name), lower(guest_company))
    WHERE signed_out_at IS NULL AND kind = 'contractor'`,
  `CREATE INDEX hub_presence_open ON hub_presence (date) WHERE signed_out_at IS NULL`,
  `CREATE INDEX hub_presence_date ON hub_presence (date)`,
  `CREATE INDEX hub_presence_account ON hub_presence (account_id, date) WHERE account_id IS NOT NULL`,
  `CREATE TABLE hub_roll_call (
    id TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    started_by TEXT NOT NULL,
    ended_at TEXT,
    ended_by TEXT,
    CHECK ((ended_at IS NULL) = (ended_by IS NULL))
) STRICT`,
  `CREATE UNIQUE INDEX hub_one_open_roll_call ON hub_roll_call ((ended_at IS NULL)) WHERE ended_at IS NULL`,
  `CREATE TABLE hub_roll_call_line (
    roll_call_id TEXT NOT NULL REFERENCES hub_roll_call (id),
    presence_id TEXT NOT NULL REFERENCES hub_presence (id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('visitor', 'staff', 'contractor')),
    organisation_name TEXT,
    floor_name TEXT NOT NULL,
    space_name TEXT,
    signed_in_at TEXT NOT NULL,
    safe_at TEXT,
    marked_by TEXT,
    PRIMARY KEY (roll_call_id, presence_id),
    CHECK ((safe_at IS NULL) = (marked_by IS NULL))
) STRICT`,
  `CREATE TABLE kiosk_session (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    started_at TEXT NOT NULL,
    started_by TEXT NOT NULL,
    ended_at TEXT,
    ended_by TEXT
) STRICT`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
