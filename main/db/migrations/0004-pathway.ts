import { sql, type Kysely } from 'kysely';

// Career pathway, qualifications and apprenticeships. Frozen once landed: change the schema with a new migration.
// Course requirements hold the training domain's course id as text without a foreign key: training's tables are
// built in parallel and the key is added when both have landed.
// Frozen text: the statements this migration ran when it landed, written out in full (it imports no code lists),
// so the schema it makes can never drift with the code. The runner applies them in one transaction.
const STATEMENTS = [
  `CREATE TABLE pathway_step (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 80),
    cwp_category INTEGER NOT NULL CHECK (cwp_category IN (1,2,3,4,5,6,7)),
    route TEXT NOT NULL CHECK (route IN ('core', 'specialist')),
    previous_step_id TEXT REFERENCES pathway_step (id),
    description TEXT CHECK (description IS NULL OR length(description) <= 500),
    min_months_in_previous INTEGER NOT NULL CHECK (min_months_in_previous BETWEEN 0 AND 120),
    requires_sign_off INTEGER NOT NULL CHECK (requires_sign_off IN (0, 1)),
    sort_order INTEGER NOT NULL CHECK (sort_order BETWEEN 0 AND 1000),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (previous_step_id IS NULL OR previous_step_id <> id)
) STRICT`,
  `CREATE TABLE pathway_step_course (
    step_id TEXT NOT NULL REFERENCES pathway_step (id) ON DELETE CASCADE,
    course_id TEXT NOT NULL CHECK (length(course_id) BETWEEN 1 AND 64),
    label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 120),
    PRIMARY KEY (step_id, course_id)
) STRICT`,
  `CREATE TABLE pathway_step_qualification (
    step_id TEXT NOT NULL REFERENCES pathway_step (id) ON DELETE CASCADE,
    qualification_code INTEGER NOT NULL CHECK (qualification_code IN
      (158,129,130,109,132,53,54,55,56,57,58,1,2,3,9,10,301,302,303,304,305,306,307,311,145,146,147,148,149,150,
      154,155,156,157,159,144)),
    PRIMARY KEY (step_id, qualification_code)
) STRICT`,
  `CREATE TABLE pathway_member (
    staff_id TEXT PRIMARY KEY REFERENCES staff (id),
    supervisor_staff_id TEXT REFERENCES staff (id),
    borough_resident INTEGER CHECK (borough_resident IS NULL OR borough_resident IN (0, 1)),
    updated_at TEXT NOT NULL,
    CHECK (supervisor_staff_id IS NULL OR supervisor_staff_id <> staff_id)
) STRICT`,
  `CREATE INDEX pathway_member_supervisor ON pathway_member (supervisor_staff_id) WHERE supervisor_staff_id IS
    NOT NULL`,
  `CREATE TABLE pathway_placement (
    id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id),
    step_id TEXT NOT NULL REFERENCES pathway_step (id),
    kind TEXT NOT NULL CHECK (kind IN ('appointed', 'progressed')),
    start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    end_date TEXT CHECK (end_date IS NULL OR (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND
      end_date >= start_date)),
    new_hourly_rate_pence INTEGER CHECK (new_hourly_rate_pence IS NULL OR new_hourly_rate_pence BETWEEN 1 AND
      100000),
    note TEXT CHECK (note IS NULL OR length(note) <= 500),
    override_reason TEXT CHECK (override_reason IS NULL OR length(override_reason) BETWEEN 1 AND 500),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    UNIQUE (staff_id, start_date)
) STRICT`,
  `CREATE INDEX pathway_placement_start ON pathway_placement (start_date, kind)`,
  `CREATE TABLE pathway_sign_off (
    id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id),
    step_id TEXT NOT NULL REFERENCES pathway_step (id),
    signed_on TEXT NOT NULL CHECK (signed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    signed_by TEXT NOT NULL,
    note TEXT CHECK (note IS NULL OR length(note) <= 500),
    recorded_at TEXT NOT NULL,
    UNIQUE (staff_id, step_id)
) STRICT`,
  `CREATE TABLE apprenticeship_standard (
    code TEXT PRIMARY KEY CHECK (code GLOB 'ST[0-9][0-9][0-9][0-9]'),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
    level INTEGER NOT NULL CHECK (level BETWEEN 2 AND 7),
    qualification_code INTEGER NOT NULL CHECK (qualification_code IN
      (158,129,130,109,132,53,54,55,56,57,58,1,2,3,9,10,301,302,303,304,305,306,307,311,145,146,147,148,149,150,
      154,155,156,157,159,144)),
    typical_months INTEGER NOT NULL CHECK (typical_months BETWEEN 8 AND 60),
    minimum_otj_hours REAL NOT NULL CHECK (minimum_otj_hours BETWEEN 0 AND 5000),
    minimum_otj_note TEXT,
    updated_at TEXT NOT NULL
) STRICT`,
  `CREATE TABLE apprenticeship (
    id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id),
    standard_code TEXT NOT NULL REFERENCES apprenticeship_standard (code),
    provider_name TEXT NOT NULL CHECK (length(provider_name) BETWEEN 1 AND 120),
    start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    planned_end_date TEXT NOT NULL CHECK (planned_end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND
      planned_end_date > start_date),
    mentor_staff_id TEXT REFERENCES staff (id),
    weekly_hours REAL NOT NULL CHECK (weekly_hours BETWEEN 1 AND 48),
    age_at_start INTEGER NOT NULL CHECK (age_at_start BETWEEN 16 AND 80),
    english_status TEXT NOT NULL CHECK (english_status IN ('not_started', 'in_progress', 'achieved', 'exempt',
      'not_taking')),
    maths_status TEXT NOT NULL CHECK (maths_status IN ('not_started', 'in_progress', 'achieved', 'exempt',
      'not_taking')),
    status TEXT NOT NULL CHECK (status IN ('active', 'completed', 'withdrawn')),
    epa_date TEXT CHECK (epa_date IS NULL OR (epa_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND
      epa_date >= start_date)),
    epa_result TEXT CHECK (epa_result IS NULL OR epa_result IN ('fail', 'pass', 'merit', 'distinction')),
    completed_on TEXT CHECK (completed_on IS NULL OR completed_on GLOB
      '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (mentor_staff_id IS NULL OR mentor_staff_id <> staff_id),
    CHECK ((status = 'completed') = (completed_on IS NOT NULL))
) STRICT`,
  `CREATE INDEX apprenticeship_status ON apprenticeship (status, standard_code)`,
  `CREATE INDEX apprenticeship_staff ON apprenticeship (staff_id)`,
  `CREATE INDEX apprenticeship_mentor ON apprenticeship (mentor_staff_id) WHERE mentor_staff_id IS NOT NULL`,
  `CREATE TABLE otj_entry (
    id TEXT PRIMARY KEY,
    apprenticeship_id TEXT NOT NULL REFERENCES apprenticeship (id),
    entry_date TEXT NOT NULL CHECK (entry_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    hours REAL NOT NULL CHECK (hours > 0 AND hours <= 24),
    activity TEXT NOT NULL CHECK (length(activity) BETWEEN 1 AND 200),
    evidence TEXT CHECK (evidence IS NULL OR length(evidence) <= 500),
    source TEXT NOT NULL CHECK (source IN ('manual', 'training_session')),
    session_id TEXT,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    logged_by TEXT NOT NULL,
    logged_at TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT,
    CHECK ((source = 'manual') = (session_id IS NULL)),
    CHECK ((status = 'pending') = (decided_at IS NULL))
) STRICT`,
  `CREATE INDEX otj_entry_day ON otj_entry (apprenticeship_id, entry_date, status)`,
  `CREATE UNIQUE INDEX otj_entry_session ON otj_entry (apprenticeship_id, session_id) WHERE session_id IS NOT
    NULL`,
  `CREATE TABLE apprenticeship_otj_total (
    apprenticeship_id TEXT PRIMARY KEY REFERENCES apprenticeship (id),
    approved_hours REAL NOT NULL CHECK (approved_hours >= 0),
    pending_hours REAL NOT NULL CHECK (pending_hours >= 0)
) STRICT`,
  `CREATE TRIGGER otj_total_insert AFTER INSERT ON otj_entry BEGIN INSERT INTO apprenticeship_otj_total
    (apprenticeship_id, approved_hours, pending_hours) VALUES (NEW.apprenticeship_id, CASE WHEN NEW.status =
    'approved' THEN NEW.hours ELSE 0 END,
     CASE WHEN NEW.status = 'pending' THEN NEW.hours ELSE 0 END) ON CONFLICT
    (apprenticeship_id) DO UPDATE SET approved_hours = approved_hours + excluded.approved_hours, pending_hours =
    pending_hours + excluded.pending_hours; END`,
  `CREATE TRIGGER otj_total_update AFTER UPDATE OF status, hours ON otj_entry BEGIN UPDATE
    apprenticeship_otj_total SET approved_hours = approved_hours - CASE WHEN OLD.status = 'approved' THEN
    OLD.hours ELSE 0 END + CASE WHEN NEW.status = 'approved' THEN NEW.hours ELSE 0 END, pending_hours =
    pending_hours - CASE WHEN OLD.status = 'pending' THEN OLD.hours ELSE 0 END + CASE WHEN NEW.status = 'pending'
    THEN NEW.hours ELSE 0 END WHERE apprenticeship_id = NEW.apprenticeship_id; END`,
  `CREATE TRIGGER otj_total_delete AFTER DELETE ON otj_entry BEGIN UPDATE apprenticeship_otj_total SET
    approved_hours = approved_hours - CASE WHEN OLD.status = 'approved' THEN OLD.hours ELSE 0 END,
     pending_hours =
    pending_hours - CASE WHEN OLD.status = 'pending' THEN OLD.hours ELSE 0 END WHERE apprenticeship_id =
    OLD.apprenticeship_id; END`,
  `CREATE TABLE apprenticeship_review (
    id TEXT PRIMARY KEY,
    apprenticeship_id TEXT NOT NULL REFERENCES apprenticeship (id),
    review_date TEXT NOT NULL CHECK (review_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    employer_rep TEXT NOT NULL CHECK (length(employer_rep) BETWEEN 1 AND 120),
    provider_rep TEXT NOT NULL CHECK (length(provider_rep) BETWEEN 1 AND 120),
    progress_summary TEXT NOT NULL CHECK (length(progress_summary) BETWEEN 1 AND 2000),
    actions TEXT NOT NULL CHECK (length(actions) BETWEEN 1 AND 2000),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
) STRICT`,
  `CREATE INDEX apprenticeship_review_date ON apprenticeship_review (apprenticeship_id, review_date)`,
  `CREATE TABLE apprenticeship_gateway_item (
    apprenticeship_id TEXT NOT NULL REFERENCES apprenticeship (id),
    item_key TEXT NOT NULL CHECK (length(item_key) BETWEEN 1 AND 40),
    done_on TEXT NOT NULL CHECK (done_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    PRIMARY KEY (apprenticeship_id, item_key)
) STRICT`,
  `CREATE TRIGGER otj_entry_after_start BEFORE INSERT ON otj_entry WHEN NEW.entry_date < (SELECT start_date FROM
    apprenticeship WHERE id = NEW.apprenticeship_id) BEGIN SELECT RAISE(ABORT,
    'otj entry before apprenticeship start'); END`,
  `CREATE TRIGGER review_after_start BEFORE INSERT ON apprenticeship_review WHEN NEW.review_date < (SELECT
    start_date FROM apprenticeship WHERE id = NEW.apprenticeship_id) BEGIN SELECT RAISE(ABORT,
    'review before apprenticeship start'); END`,
  `CREATE TABLE staff_qualification (
    id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id),
    qualification_code INTEGER NOT NULL CHECK (qualification_code IN
      (158,129,130,109,132,53,54,55,56,57,58,1,2,3,9,10,301,302,303,304,305,306,307,311,145,146,147,148,149,150,
      154,155,156,157,159,144)),
    year_achieved INTEGER NOT NULL CHECK (year_achieved BETWEEN 1960 AND 2100),
    notes TEXT CHECK (notes IS NULL OR length(notes) <= 500),
    source TEXT NOT NULL CHECK (source IN ('manual', 'apprenticeship')),
    apprenticeship_id TEXT REFERENCES apprenticeship (id),
    created_at TEXT NOT NULL,
    UNIQUE (staff_id, qualification_code),
    CHECK ((source = 'apprenticeship') = (apprenticeship_id IS NOT NULL))
) STRICT`,
  `INSERT INTO apprenticeship_standard (code, title, level, qualification_code, typical_months,
    minimum_otj_hours, minimum_otj_note, updated_at) VALUES ('ST0005', 'Adult Care Worker', 2, 302, 12, 187,
    'Funding-rule floor (187 h) until the published minimum for this standard is entered',
    '2026-01-01T00:00:00.000Z')`,
  `INSERT INTO apprenticeship_standard (code, title, level, qualification_code, typical_months,
    minimum_otj_hours, minimum_otj_note, updated_at) VALUES ('ST0006', 'Lead Adult Care Worker', 3, 304, 18,
     187,
    'Funding-rule floor (187 h) until the published minimum for this standard is entered',
    '2026-01-01T00:00:00.000Z')`,
  `INSERT INTO apprenticeship_standard (code, title, level, qualification_code, typical_months,
    minimum_otj_hours, minimum_otj_note, updated_at) VALUES ('ST0007', 'Lead Practitioner in Adult Care', 4,
     305,
    18, 187, 'Funding-rule floor (187 h) until the published minimum for this standard is entered',
    '2026-01-01T00:00:00.000Z')`,
  `INSERT INTO apprenticeship_standard (code, title, level, qualification_code, typical_months,
    minimum_otj_hours, minimum_otj_note, updated_at) VALUES ('ST0008', 'Leader in Adult Care', 5, 307, 18, 187,
    'Funding-rule floor (187 h) until the published minimum for this standard is entered',
    '2026-01-01T00:00:00.000Z')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
