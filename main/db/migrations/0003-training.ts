import { sql, type Kysely } from 'kysely';
import { SKILLS } from '../../../shared/domain/skills';
import { JOB_ROLE_CODES } from '../../../shared/domain/staff/job-roles';
import { ASCWDS_CATEGORY_CODES, STRANDS } from '../../../shared/domain/training/catalogue';

const DATE = (column: string) => sql.raw(`${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`);
const list = (values: readonly (string | number)[]) => sql.raw(values.map((v) => (typeof v === 'number' ? String(v) : `'${v}'`)).join(', '));

// Frozen once landed: change the schema with a new migration, never by editing this one.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE training_provider (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 120),
      kind TEXT NOT NULL CHECK (kind IN ('specialist', 'in_house', 'e_learning', 'college', 'external')),
      strand TEXT CHECK (strand IS NULL OR strand IN (${list(STRANDS)})),
      contact TEXT CHECK (contact IS NULL OR length(contact) <= 300),
      created_at TEXT NOT NULL,
      CHECK ((kind = 'specialist') = (strand IS NOT NULL))
    ) STRICT`,
    sql`CREATE TABLE training_course (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 120),
      provider_id TEXT NOT NULL REFERENCES training_provider (id),
      ascwds_category INTEGER NOT NULL CHECK (ascwds_category IN (${list(ASCWDS_CATEGORY_CODES)})),
      strand TEXT CHECK (strand IS NULL OR strand IN (${list(STRANDS)})),
      delivery TEXT NOT NULL CHECK (delivery IN ('face_to_face', 'e_learning', 'blended')),
      accredited INTEGER NOT NULL CHECK (accredited IN (0, 1)),
      validity_months INTEGER CHECK (validity_months IS NULL OR validity_months BETWEEN 1 AND 999),
      counts_care_certificate INTEGER NOT NULL CHECK (counts_care_certificate IN (0, 1)),
      counts_qualification INTEGER NOT NULL CHECK (counts_qualification IN (0, 1)),
      counts_otj INTEGER NOT NULL CHECK (counts_otj IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE course_skill (
      course_id TEXT NOT NULL REFERENCES training_course (id) ON DELETE CASCADE,
      skill TEXT NOT NULL CHECK (skill IN (${list(SKILLS)})),
      PRIMARY KEY (course_id, skill)
    ) STRICT`,
    sql`CREATE TABLE training_requirement (
      id TEXT PRIMARY KEY,
      job_role INTEGER CHECK (job_role IS NULL OR job_role IN (${list(JOB_ROLE_CODES)})),
      strand TEXT CHECK (strand IS NULL OR strand IN (${list(STRANDS)})),
      course_id TEXT NOT NULL REFERENCES training_course (id),
      any_of_group TEXT CHECK (any_of_group IS NULL OR length(any_of_group) BETWEEN 1 AND 60),
      effective_from TEXT NOT NULL CHECK (${DATE('effective_from')}),
      created_at TEXT NOT NULL,
      CHECK ((job_role IS NULL) <> (strand IS NULL))
    ) STRICT`,
    sql`CREATE UNIQUE INDEX training_requirement_unique ON training_requirement (coalesce(job_role, -1), coalesce(strand, ''), course_id)`,
    sql`CREATE TABLE training_certificate (
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
    sql`CREATE TABLE training_session (
      id TEXT PRIMARY KEY,
      course_id TEXT NOT NULL REFERENCES training_course (id),
      date TEXT NOT NULL CHECK (${DATE('date')}),
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
    sql`CREATE INDEX training_session_date ON training_session (date)`,
    sql`CREATE TABLE training_booking (
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
    sql`CREATE INDEX training_booking_staff ON training_booking (staff_id, session_id)`,
    sql`CREATE TABLE training_record (
      id TEXT PRIMARY KEY,
      staff_id TEXT NOT NULL REFERENCES staff (id),
      course_id TEXT NOT NULL REFERENCES training_course (id),
      completed_on TEXT NOT NULL CHECK (${DATE('completed_on')}),
      expires_on TEXT CHECK (expires_on IS NULL OR (${DATE('expires_on')} AND expires_on > completed_on)),
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
    // Covering index for the matrix (latest expiry per staff and course) and the skill loader.
    sql`CREATE INDEX training_record_staff_course ON training_record (staff_id, course_id, completed_on, expires_on)`,
    sql`CREATE INDEX training_record_expiry ON training_record (expires_on)`,
    sql`CREATE INDEX training_record_staff_expiry ON training_record (staff_id, expires_on)`,
    // The latest last-valid-day per person and course ('9999-12-31' = never expires), kept by triggers so the
    // matrix reads 60,000 cells instead of grouping 200,000 records. Exact for any date on or after the latest
    // completion, which cannot be in the future.
    sql`CREATE TABLE training_current (
      staff_id TEXT NOT NULL,
      course_id TEXT NOT NULL,
      best_expiry TEXT NOT NULL,
      PRIMARY KEY (staff_id, course_id)
    ) STRICT, WITHOUT ROWID`,
    // Bumped by every change to the summary, so readers can keep it in memory until it changes.
    sql`CREATE TABLE training_current_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL) STRICT`,
    sql`INSERT INTO training_current_version (id, version) VALUES (1, 0)`,
    sql`CREATE TRIGGER training_current_insert AFTER INSERT ON training_record BEGIN
      UPDATE training_current_version SET version = version + 1 WHERE id = 1;
      INSERT INTO training_current (staff_id, course_id, best_expiry) VALUES (new.staff_id, new.course_id, coalesce(new.expires_on, '9999-12-31'))
      ON CONFLICT (staff_id, course_id) DO UPDATE SET best_expiry = max(best_expiry, excluded.best_expiry);
    END`,
    sql`CREATE TRIGGER training_current_delete AFTER DELETE ON training_record BEGIN
      UPDATE training_current_version SET version = version + 1 WHERE id = 1;
      DELETE FROM training_current WHERE staff_id = old.staff_id AND course_id = old.course_id;
      INSERT INTO training_current (staff_id, course_id, best_expiry)
        SELECT staff_id, course_id, max(coalesce(expires_on, '9999-12-31')) FROM training_record
        WHERE staff_id = old.staff_id AND course_id = old.course_id GROUP BY staff_id, course_id;
    END`,
    sql`CREATE TRIGGER training_current_update AFTER UPDATE OF staff_id, course_id, expires_on ON training_record BEGIN
      UPDATE training_current_version SET version = version + 1 WHERE id = 1;
      DELETE FROM training_current WHERE (staff_id = old.staff_id AND course_id = old.course_id) OR (staff_id = new.staff_id AND course_id = new.course_id);
      INSERT INTO training_current (staff_id, course_id, best_expiry)
        SELECT staff_id, course_id, max(coalesce(expires_on, '9999-12-31')) FROM training_record
        WHERE (staff_id = old.staff_id AND course_id = old.course_id) OR (staff_id = new.staff_id AND course_id = new.course_id)
        GROUP BY staff_id, course_id;
    END`,
    sql`CREATE TABLE competency_assessment (
      id TEXT PRIMARY KEY,
      staff_id TEXT NOT NULL REFERENCES staff (id),
      competency TEXT NOT NULL CHECK (competency IN ('medication', 'moving_and_handling')),
      assessed_on TEXT NOT NULL CHECK (${DATE('assessed_on')}),
      outcome TEXT NOT NULL CHECK (outcome IN ('competent', 'not_yet_competent')),
      assessor TEXT NOT NULL CHECK (length(assessor) BETWEEN 1 AND 120),
      next_due_on TEXT NOT NULL CHECK (${DATE('next_due_on')} AND next_due_on > assessed_on),
      notes TEXT CHECK (notes IS NULL OR length(notes) <= 1000),
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX competency_assessment_staff ON competency_assessment (staff_id, assessed_on)`,
    sql`CREATE TABLE care_certificate_standard (
      staff_id TEXT NOT NULL REFERENCES staff (id),
      standard INTEGER NOT NULL CHECK (standard BETWEEN 1 AND 16),
      signed_off_on TEXT NOT NULL CHECK (${DATE('signed_off_on')}),
      signed_off_by TEXT NOT NULL,
      PRIMARY KEY (staff_id, standard)
    ) STRICT`,
    sql`CREATE TABLE notice (
      id TEXT PRIMARY KEY,
      staff_id TEXT NOT NULL REFERENCES staff (id),
      text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
      created_at TEXT NOT NULL,
      read_at TEXT
    ) STRICT`,
    sql`CREATE INDEX notice_staff ON notice (staff_id, created_at)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
