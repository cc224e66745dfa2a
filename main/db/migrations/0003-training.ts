import { sql, type Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.
// Frozen text: the statements this migration ran when it landed, written out in full (it imports no code lists),
// so the schema it makes can never drift with the code. The runner applies them in one transaction.
const STATEMENTS = [
  `CREATE TABLE training_provider (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 120),
    kind TEXT NOT NULL CHECK (kind IN ('specialist', 'in_house', 'e_learning', 'college', 'external')),
    strand TEXT CHECK (strand IS NULL OR strand IN ('end_of_life', 'mental_health', 'dementia',
      'learning_disability', 'meaningful_life')),
    contact TEXT CHECK (contact IS NULL OR length(contact) <= 300),
    created_at TEXT NOT NULL,
    CHECK ((kind = 'specialist') = (strand IS NOT NULL))
) STRICT`,
  `CREATE TABLE training_course (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 120),
    provider_id TEXT NOT NULL REFERENCES training_provider (id),
    ascwds_category INTEGER NOT NULL CHECK (ascwds_category IN (1, 2, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
      17, 18, 19, 20, 21, 22, 23, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
       44,
      45, 46, 47, 48, 49, 50, 51)),
    strand TEXT CHECK (strand IS NULL OR strand IN ('end_of_life', 'mental_health', 'dementia',
      'learning_disability', 'meaningful_life')),
    delivery TEXT NOT NULL CHECK (delivery IN ('face_to_face', 'e_learning', 'blended')),
    accredited INTEGER NOT NULL CHECK (accredited IN (0, 1)),
    validity_months INTEGER CHECK (validity_months IS NULL OR validity_months BETWEEN 1 AND 999),
    counts_care_certificate INTEGER NOT NULL CHECK (counts_care_certificate IN (0, 1)),
    counts_qualification INTEGER NOT NULL CHECK (counts_qualification IN (0, 1)),
    counts_otj INTEGER NOT NULL CHECK (counts_otj IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT`,
  `CREATE TABLE course_skill (
    course_id TEXT NOT NULL REFERENCES training_course (id) ON DELETE CASCADE,
    skill TEXT NOT NULL CHECK (skill IN ('dementia', 'end_of_life', 'mental_health', 'learning_disability',
      'autism', 'medication', 'moving_and_handling', 'diabetes', 'epilepsy', 'stoma_catheter', 'peg_feeding')),
    PRIMARY KEY (course_id, skill)
) STRICT`,
  `CREATE TABLE training_requirement (
    id TEXT PRIMARY KEY,
    job_role INTEGER CHECK (job_role IS NULL OR job_role IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 15, 16, 17, 23,
      24, 25, 26, 27, 34, 35, 36, 37, 38, 39, 40, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52)),
    strand TEXT CHECK (strand IS NULL OR strand IN ('end_of_life', 'mental_health', 'dementia',
      'learning_disability', 'meaningful_life')),
    course_id TEXT NOT NULL REFERENCES training_course (id),
    any_of_group TEXT CHECK (any_of_group IS NULL OR length(any_of_group) BETWEEN 1 AND 60),
    effective_from TEXT NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at TEXT NOT NULL,
    CHECK ((job_role IS NULL) <> (strand IS NULL))
) STRICT`,
  `CREATE UNIQUE INDEX training_requirement_unique ON training_requirement (coalesce(job_role, -1),
    coalesce(strand, ''), course_id)`,
  `CREATE TABLE training_certificate (
    id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id),
    file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
    mime_type TEXT NOT NULL CHECK (mime_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes INTEGER NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    content BLOB NOT NULL CHECK (length(content) = size_bytes),
    sha256 TEXT NOT NULL,
    uploaded_at TEXT NOT NULL,
    uploaded_by TEXT NOT NULL
) STRICT`,
  `CREATE TABLE training_session (
    id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL REFERENCES training_course (id),
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 15 AND 720),
    venue TEXT NOT NULL CHECK (venue IN ('hub_room', 'provider_site', 'online')),
    venue_detail TEXT CHECK (venue_detail IS NULL OR length(venue_detail) <= 200),
    trainer_name TEXT CHECK (trainer_name IS NULL OR length(trainer_name) <= 120),
    capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 200),
    status TEXT NOT NULL CHECK (status IN ('scheduled', 'cancelled')),
    register_submitted_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT`,
  `CREATE INDEX training_session_date ON training_session (date)`,
  `CREATE TABLE training_booking (
    session_id TEXT NOT NULL REFERENCES training_session (id),
    staff_id TEXT NOT NULL REFERENCES staff (id),
    booked INTEGER NOT NULL CHECK (booked IN (0, 1)),
    outcome TEXT CHECK (outcome IS NULL OR outcome IN ('attended', 'completed', 'not_completed', 'absent')),
    certificate_id TEXT REFERENCES training_certificate (id),
    reason TEXT CHECK (reason IS NULL OR length(reason) <= 300),
    booked_at TEXT NOT NULL,
    booked_by TEXT NOT NULL,
    PRIMARY KEY (session_id, staff_id),
    CHECK (booked = 1 OR reason IS NOT NULL)
) STRICT`,
  `CREATE INDEX training_booking_staff ON training_booking (staff_id, session_id)`,
  `CREATE TABLE training_record (
    id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id),
    course_id TEXT NOT NULL REFERENCES training_course (id),
    completed_on TEXT NOT NULL CHECK (completed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    expires_on TEXT CHECK (expires_on IS NULL OR (expires_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
      AND expires_on > completed_on)),
    delivered_by TEXT NOT NULL CHECK (delivered_by IN ('in_house', 'external')),
    provider_name TEXT NOT NULL CHECK (length(provider_name) BETWEEN 1 AND 120),
    how_delivered TEXT NOT NULL CHECK (how_delivered IN ('face_to_face', 'e_learning', 'blended')),
    certificate_id TEXT REFERENCES training_certificate (id),
    session_id TEXT REFERENCES training_session (id),
    source TEXT NOT NULL CHECK (source IN ('register', 'manual', 'import', 'demo')),
    notes TEXT CHECK (notes IS NULL OR length(notes) <= 1000),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (staff_id, course_id, completed_on)
) STRICT`,
  `CREATE INDEX training_record_staff_course ON training_record (staff_id, course_id, completed_on, expires_on)`,
  `CREATE INDEX training_record_expiry ON training_record (expires_on)`,
  `CREATE INDEX training_record_staff_expiry ON training_record (staff_id, expires_on)`,
  `CREATE TABLE training_current (
    staff_id TEXT NOT NULL,
    course_id TEXT NOT NULL,
    best_expiry TEXT NOT NULL,
    PRIMARY KEY (staff_id, course_id)
) STRICT, WITHOUT ROWID`,
  `CREATE TABLE training_current_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
) STRICT`,
  `INSERT INTO training_current_version (id, version) VALUES (1, 0)`,
  `CREATE TRIGGER training_current_insert AFTER INSERT ON training_record BEGIN UPDATE training_current_version
    SET version = version + 1 WHERE id = 1; INSERT INTO training_current (staff_id, course_id,
     best_expiry) VALUES
    (new.staff_id, new.course_id, coalesce(new.expires_on, '9999-12-31')) ON CONFLICT (staff_id, course_id) DO
    UPDATE SET best_expiry = max(best_expiry, excluded.best_expiry); END`,
  `CREATE TRIGGER training_current_delete AFTER DELETE ON training_record BEGIN UPDATE training_current_version
    SET version = version + 1 WHERE id = 1; DELETE FROM training_current WHERE staff_id = old.staff_id AND
    course_id = old.course_id; INSERT INTO training_current (staff_id, course_id, best_expiry) SELECT staff_id,
    course_id, max(coalesce(expires_on, '9999-12-31')) FROM training_record WHERE staff_id = old.staff_id AND
    course_id = old.course_id GROUP BY staff_id, course_id; END`,
  `CREATE TRIGGER training_current_update AFTER UPDATE OF staff_id, course_id, expires_on ON training_record
    BEGIN UPDATE training_current_version SET version = version + 1 WHERE id = 1; DELETE FROM training_current
    WHERE (staff_id = old.staff_id AND course_id = old.course_id) OR (staff_id = new.staff_id AND course_id =
    new.course_id); INSERT INTO training_current (staff_id, course_id, best_expiry) SELECT staff_id, course_id,
    max(coalesce(expires_on, '9999-12-31')) FROM training_record WHERE (staff_id = old.staff_id AND course_id =
    old.course_id) OR (staff_id = new.staff_id AND course_id = new.course_id) GROUP BY staff_id, course_id; END`,
  `CREATE TABLE competency_assessment (
    id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id),
    competency TEXT NOT NULL CHECK (competency IN ('medication', 'moving_and_handling')),
    assessed_on TEXT NOT NULL CHECK (assessed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    outcome TEXT NOT NULL CHECK (outcome IN ('competent', 'not_yet_competent')),
    assessor TEXT NOT NULL CHECK (length(assessor) BETWEEN 1 AND 120),
    next_due_on TEXT NOT NULL CHECK (next_due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND
      next_due_on > assessed_on),
    notes TEXT CHECK (notes IS NULL OR length(notes) <= 1000),
    created_at TEXT NOT NULL
) STRICT`,
  `CREATE INDEX competency_assessment_staff ON competency_assessment (staff_id, assessed_on)`,
  `CREATE TABLE care_certificate_standard (
    staff_id TEXT NOT NULL REFERENCES staff (id),
    standard INTEGER NOT NULL CHECK (standard BETWEEN 1 AND 16),
    signed_off_on TEXT NOT NULL CHECK (signed_off_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    signed_off_by TEXT NOT NULL,
    PRIMARY KEY (staff_id, standard)
) STRICT`,
  `CREATE TABLE notice (
    id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id),
    text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
    created_at TEXT NOT NULL,
    read_at TEXT
) STRICT`,
  `CREATE INDEX notice_staff ON notice (staff_id, created_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
