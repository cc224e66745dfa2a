import { sql, type Kysely } from 'kysely';

// Frozen once landed: the full staff record, pay policy values, child records and the ASC-WDS export memory.
// Frozen text: the statements this migration ran when it landed, written out in full (it imports no code lists),
// so the schema it makes can never drift with the code. The runner applies them in one transaction.
const STATEMENTS = [
  `CREATE TABLE employer (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 120),
    created_at TEXT NOT NULL
) STRICT`,
  `ALTER TABLE staff ADD COLUMN pronouns TEXT CHECK (pronouns IS NULL OR length(pronouns) BETWEEN 1 AND 40)`,
  `ALTER TABLE staff ADD COLUMN home_postcode TEXT CHECK (home_postcode IS NULL OR length(home_postcode) BETWEEN
    5 AND 8)`,
  `ALTER TABLE staff ADD COLUMN home_area TEXT CHECK (home_area IS NULL OR length(home_area) BETWEEN 1 AND 80)`,
  `ALTER TABLE staff ADD COLUMN employer_id TEXT REFERENCES employer (id)`,
  `ALTER TABLE staff ADD COLUMN cwp_category INTEGER CHECK (cwp_category IS NULL OR cwp_category IN
    (1,2,3,4,5,6,7,998,999))`,
  `ALTER TABLE staff ADD COLUMN contract_type INTEGER CHECK (contract_type IS NULL OR contract_type IN
    (1,2,3,4,7))`,
  `ALTER TABLE staff ADD COLUMN guaranteed_hours REAL CHECK (guaranteed_hours IS NULL OR (guaranteed_hours
    BETWEEN 0 AND 75 AND guaranteed_hours * 2 = round(guaranteed_hours * 2)))`,
  `ALTER TABLE staff ADD COLUMN zero_hours INTEGER NOT NULL DEFAULT 0 CHECK (zero_hours IN (0, 1))`,
  `ALTER TABLE staff ADD COLUMN wtr_opt_out INTEGER NOT NULL DEFAULT 0 CHECK (wtr_opt_out IN (0, 1))`,
  `ALTER TABLE staff ADD COLUMN wtr_opt_out_signed TEXT CHECK (wtr_opt_out_signed IS NULL OR wtr_opt_out_signed
    GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`,
  `ALTER TABLE staff ADD COLUMN travel_paid_full INTEGER NOT NULL DEFAULT 1 CHECK (travel_paid_full IN (0, 1))`,
  `ALTER TABLE staff ADD COLUMN occupational_sick_pay INTEGER NOT NULL DEFAULT 0 CHECK (occupational_sick_pay IN
    (0, 1))`,
  `ALTER TABLE staff ADD COLUMN dbs_recheck_due TEXT CHECK (dbs_recheck_due IS NULL OR dbs_recheck_due GLOB
    '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`,
  `ALTER TABLE staff ADD COLUMN rtw_document_type TEXT CHECK (rtw_document_type IS NULL OR rtw_document_type IN
    ('uk_passport','birth_certificate_ni','share_code','evisa','brp','other'))`,
  `ALTER TABLE staff ADD COLUMN rtw_expiry TEXT CHECK (rtw_expiry IS NULL OR rtw_expiry GLOB
    '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`,
  `ALTER TABLE staff ADD COLUMN rtw_follow_up TEXT CHECK (rtw_follow_up IS NULL OR rtw_follow_up GLOB
    '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`,
  `ALTER TABLE staff ADD COLUMN drives INTEGER NOT NULL DEFAULT 0 CHECK (drives IN (0, 1))`,
  `ALTER TABLE staff ADD COLUMN licence_checked_on TEXT CHECK (licence_checked_on IS NULL OR licence_checked_on
    GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`,
  `ALTER TABLE staff ADD COLUMN insurance_expiry TEXT CHECK (insurance_expiry IS NULL OR insurance_expiry GLOB
    '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`,
  `ALTER TABLE staff ADD COLUMN supervision_due TEXT CHECK (supervision_due IS NULL OR supervision_due GLOB
    '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`,
  `ALTER TABLE staff ADD COLUMN appraisal_due TEXT CHECK (appraisal_due IS NULL OR appraisal_due GLOB
    '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`,
  `ALTER TABLE staff ADD COLUMN emergency_name TEXT CHECK (emergency_name IS NULL OR length(emergency_name)
    BETWEEN 1 AND 120)`,
  `ALTER TABLE staff ADD COLUMN emergency_relationship TEXT CHECK (emergency_relationship IS NULL OR
    length(emergency_relationship) BETWEEN 1 AND 60)`,
  `ALTER TABLE staff ADD COLUMN emergency_phone TEXT`,
  `ALTER TABLE staff ADD COLUMN lives_in_borough INTEGER CHECK (lives_in_borough IS NULL OR lives_in_borough IN
    (0, 1))`,
  `ALTER TABLE staff ADD COLUMN recruitment_source INTEGER CHECK (recruitment_source IS NULL OR
    recruitment_source IN (1,2,5,7,8,10,12,15,17,18,16))`,
  `ALTER TABLE staff ADD COLUMN leaving_date TEXT CHECK (leaving_date IS NULL OR leaving_date GLOB
    '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`,
  `ALTER TABLE staff ADD COLUMN leave_reason INTEGER CHECK (leave_reason IS NULL OR leave_reason IN
    (1,2,3,4,5,6,7,8,9))`,
  `ALTER TABLE staff ADD COLUMN date_of_birth TEXT CHECK (date_of_birth IS NULL OR date_of_birth GLOB
    '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`,
  `ALTER TABLE staff ADD COLUMN ni_number TEXT CHECK (ni_number IS NULL OR ni_number GLOB
    '[A-Z][A-Z][0-9][0-9][0-9][0-9][0-9][0-9][A-D]')`,
  `ALTER TABLE staff ADD COLUMN dbs_certificate_number TEXT CHECK (dbs_certificate_number IS NULL OR
    dbs_certificate_number GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]')`,
  `ALTER TABLE staff ADD COLUMN dbs_issue_date TEXT CHECK (dbs_issue_date IS NULL OR dbs_issue_date GLOB
    '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`,
  `ALTER TABLE staff ADD COLUMN dbs_barred_list_checked INTEGER NOT NULL DEFAULT 0 CHECK (dbs_barred_list_checked
    IN (0, 1))`,
  `ALTER TABLE staff ADD COLUMN dbs_update_service INTEGER NOT NULL DEFAULT 0 CHECK (dbs_update_service IN (0,
    1))`,
  `ALTER TABLE staff ADD COLUMN sex TEXT CHECK (sex IS NULL OR sex IN
    ('female','male','other','prefer_not_to_say'))`,
  `ALTER TABLE staff ADD COLUMN ethnicity INTEGER CHECK (ethnicity IS NULL OR ethnicity IN
    (31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,98,99,0))`,
  `ALTER TABLE staff ADD COLUMN disability TEXT CHECK (disability IS NULL OR disability IN
    ('no','yes','prefer_not_to_say','unknown'))`,
  `ALTER TABLE staff ADD COLUMN nationality INTEGER CHECK (nationality IS NULL OR nationality IN
    (826,372,616,642,620,380,724,566,288,716,356,586,608,388,999,998,0))`,
  `ALTER TABLE staff ADD COLUMN erased_at TEXT`,
  `CREATE INDEX staff_leaving ON staff (leaving_date) WHERE leaving_date IS NOT NULL`,
  `CREATE TABLE staff_pay_rate (
    id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    effective_from TEXT NOT NULL CHECK (effective_from IS NULL OR effective_from GLOB
      '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    pence_per_hour INTEGER NOT NULL CHECK (pence_per_hour BETWEEN 0 AND 100000),
    note TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (staff_id, effective_from)
) STRICT`,
  `CREATE TABLE pay_policy_value (
    id TEXT PRIMARY KEY,
    benchmark TEXT NOT NULL CHECK (benchmark IN ('band3_equivalent', 'london_living_wage', 'real_living_wage',
      'national_living_wage')),
    effective_from TEXT NOT NULL CHECK (effective_from IS NULL OR effective_from GLOB
      '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    pence_per_hour INTEGER NOT NULL CHECK (pence_per_hour BETWEEN 1 AND 100000),
    note TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (benchmark, effective_from)
) STRICT`,
  `CREATE TABLE staff_reference_check (
    id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    referee_name TEXT NOT NULL CHECK (length(referee_name) BETWEEN 1 AND 120),
    relationship TEXT,
    requested_on TEXT CHECK (requested_on IS NULL OR requested_on GLOB
      '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    received_on TEXT CHECK (received_on IS NULL OR received_on GLOB
      '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    created_at TEXT NOT NULL
) STRICT`,
  `CREATE INDEX staff_reference_check_staff ON staff_reference_check (staff_id)`,
  `CREATE TABLE staff_review (
    id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IS NULL OR kind IN ('supervision','appraisal','spot_check')),
    held_on TEXT NOT NULL CHECK (held_on IS NULL OR held_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    notes TEXT,
    created_at TEXT NOT NULL
) STRICT`,
  `CREATE INDEX staff_review_staff ON staff_review (staff_id, held_on)`,
  `CREATE TABLE staff_attachment (
    id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IS NULL OR kind IN ('dbs_certificate','right_to_work','other')),
    file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
    media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes INTEGER NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    content BLOB NOT NULL,
    uploaded_at TEXT NOT NULL,
    uploaded_by TEXT NOT NULL
) STRICT`,
  `CREATE INDEX staff_attachment_staff ON staff_attachment (staff_id)`,
  `CREATE TABLE ascwds_export_memory (
    kind TEXT NOT NULL CHECK (kind IN ('workplace', 'worker')),
    record_key TEXT NOT NULL,
    first_exported_at TEXT NOT NULL,
    last_exported_at TEXT NOT NULL,
    PRIMARY KEY (kind, record_key)
) STRICT, WITHOUT ROWID`,
  `INSERT INTO pay_policy_value (id, benchmark, effective_from, pence_per_hour, note, created_at) VALUES
    ('01960000-0000-7000-8000-000000000001', 'band3_equivalent', '2025-04-01', 1275,
    'AfC Band 3 entry £24,937 ÷ 52.143 ÷ 37.5', '2025-04-01T00:00:00.000Z')`,
  `INSERT INTO pay_policy_value (id, benchmark, effective_from, pence_per_hour, note, created_at) VALUES
    ('01960000-0000-7000-8000-000000000002', 'london_living_wage', '2024-10-22', 1385,
    'Living Wage Foundation, announced Oct 2024', '2025-04-01T00:00:00.000Z')`,
  `INSERT INTO pay_policy_value (id, benchmark, effective_from, pence_per_hour, note, created_at) VALUES
    ('01960000-0000-7000-8000-000000000003', 'london_living_wage', '2025-10-22', 1480,
    'Living Wage Foundation, announced 22 Oct 2025', '2025-04-01T00:00:00.000Z')`,
  `INSERT INTO pay_policy_value (id, benchmark, effective_from, pence_per_hour, note, created_at) VALUES
    ('01960000-0000-7000-8000-000000000004', 'real_living_wage', '2024-10-22', 1260,
    'Living Wage Foundation, announced Oct 2024', '2025-04-01T00:00:00.000Z')`,
  `INSERT INTO pay_policy_value (id, benchmark, effective_from, pence_per_hour, note, created_at) VALUES
    ('01960000-0000-7000-8000-000000000005', 'real_living_wage', '2025-10-22', 1345,
    'Living Wage Foundation, announced 22 Oct 2025', '2025-04-01T00:00:00.000Z')`,
  `INSERT INTO pay_policy_value (id, benchmark, effective_from, pence_per_hour, note, created_at) VALUES
    ('01960000-0000-7000-8000-000000000006', 'national_living_wage', '2025-04-01', 1221,
    'Statutory, age 21 and over', '2025-04-01T00:00:00.000Z')`,
  `INSERT INTO pay_policy_value (id, benchmark, effective_from, pence_per_hour, note, created_at) VALUES
    ('01960000-0000-7000-8000-000000000007', 'national_living_wage', '2026-04-01', 1271,
    'Statutory, age 21 and over', '2025-04-01T00:00:00.000Z')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
