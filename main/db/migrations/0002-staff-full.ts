import { sql, type Kysely } from 'kysely';
import {
  CONTRACT_TYPES,
  CWP_CATEGORIES,
  DISABILITIES,
  ETHNICITIES,
  LEAVE_REASONS,
  NATIONALITIES,
  RECRUITMENT_SOURCES,
  REVIEW_KINDS,
  RTW_DOCUMENT_TYPES,
  SEXES,
  ATTACHMENT_KINDS,
  codesOf,
} from '../../../shared/domain/staff/codes';

const DATE = (column: string) => sql.raw(`CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`);
const BOOL = (column: string) => sql.raw(`CHECK (${column} IN (0, 1))`);
const NUM_IN = (column: string, codes: readonly number[]) => sql.raw(`CHECK (${column} IS NULL OR ${column} IN (${codes.join(',')}))`);
const TEXT_IN = (column: string, codes: readonly string[]) => sql.raw(`CHECK (${column} IS NULL OR ${column} IN (${codes.map((c) => `'${c}'`).join(',')}))`);

// Frozen once landed: the full staff record, pay policy values, child records and the ASC-WDS export memory.
export async function up(db: Kysely<unknown>): Promise<void> {
  const staffColumns = [
    sql`pronouns TEXT CHECK (pronouns IS NULL OR length(pronouns) BETWEEN 1 AND 40)`,
    sql`home_postcode TEXT CHECK (home_postcode IS NULL OR length(home_postcode) BETWEEN 5 AND 8)`,
    sql`home_area TEXT CHECK (home_area IS NULL OR length(home_area) BETWEEN 1 AND 80)`,
    sql`employer_id TEXT REFERENCES employer (id)`,
    sql`cwp_category INTEGER ${NUM_IN('cwp_category', codesOf(CWP_CATEGORIES))}`,
    sql`contract_type INTEGER ${NUM_IN('contract_type', codesOf(CONTRACT_TYPES))}`,
    sql`guaranteed_hours REAL CHECK (guaranteed_hours IS NULL OR (guaranteed_hours BETWEEN 0 AND 75 AND guaranteed_hours * 2 = round(guaranteed_hours * 2)))`,
    sql`zero_hours INTEGER NOT NULL DEFAULT 0 ${BOOL('zero_hours')}`,
    sql`wtr_opt_out INTEGER NOT NULL DEFAULT 0 ${BOOL('wtr_opt_out')}`,
    sql`wtr_opt_out_signed TEXT ${DATE('wtr_opt_out_signed')}`,
    sql`travel_paid_full INTEGER NOT NULL DEFAULT 1 ${BOOL('travel_paid_full')}`,
    sql`occupational_sick_pay INTEGER NOT NULL DEFAULT 0 ${BOOL('occupational_sick_pay')}`,
    sql`dbs_recheck_due TEXT ${DATE('dbs_recheck_due')}`,
    sql`rtw_document_type TEXT ${TEXT_IN('rtw_document_type', codesOf(RTW_DOCUMENT_TYPES))}`,
    sql`rtw_expiry TEXT ${DATE('rtw_expiry')}`,
    sql`rtw_follow_up TEXT ${DATE('rtw_follow_up')}`,
    sql`drives INTEGER NOT NULL DEFAULT 0 ${BOOL('drives')}`,
    sql`licence_checked_on TEXT ${DATE('licence_checked_on')}`,
    sql`insurance_expiry TEXT ${DATE('insurance_expiry')}`,
    sql`supervision_due TEXT ${DATE('supervision_due')}`,
    sql`appraisal_due TEXT ${DATE('appraisal_due')}`,
    sql`emergency_name TEXT CHECK (emergency_name IS NULL OR length(emergency_name) BETWEEN 1 AND 120)`,
    sql`emergency_relationship TEXT CHECK (emergency_relationship IS NULL OR length(emergency_relationship) BETWEEN 1 AND 60)`,
    sql`emergency_phone TEXT`,
    sql`lives_in_borough INTEGER CHECK (lives_in_borough IS NULL OR lives_in_borough IN (0, 1))`,
    sql`recruitment_source INTEGER ${NUM_IN('recruitment_source', codesOf(RECRUITMENT_SOURCES))}`,
    sql`leaving_date TEXT ${DATE('leaving_date')}`,
    sql`leave_reason INTEGER ${NUM_IN('leave_reason', codesOf(LEAVE_REASONS))}`,
    sql`date_of_birth TEXT ${DATE('date_of_birth')}`,
    sql`ni_number TEXT CHECK (ni_number IS NULL OR ni_number GLOB '[A-Z][A-Z][0-9][0-9][0-9][0-9][0-9][0-9][A-D]')`,
    sql`dbs_certificate_number TEXT CHECK (dbs_certificate_number IS NULL OR dbs_certificate_number GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]')`,
    sql`dbs_issue_date TEXT ${DATE('dbs_issue_date')}`,
    sql`dbs_barred_list_checked INTEGER NOT NULL DEFAULT 0 ${BOOL('dbs_barred_list_checked')}`,
    sql`dbs_update_service INTEGER NOT NULL DEFAULT 0 ${BOOL('dbs_update_service')}`,
    sql`sex TEXT ${TEXT_IN('sex', codesOf(SEXES))}`,
    sql`ethnicity INTEGER ${NUM_IN('ethnicity', codesOf(ETHNICITIES))}`,
    sql`disability TEXT ${TEXT_IN('disability', codesOf(DISABILITIES))}`,
    sql`nationality INTEGER ${NUM_IN('nationality', codesOf(NATIONALITIES))}`,
    sql`erased_at TEXT`,
  ];
  const statements = [
    sql`CREATE TABLE employer (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 120),
      created_at TEXT NOT NULL
    ) STRICT`,
    ...staffColumns.map((column) => sql`ALTER TABLE staff ADD COLUMN ${column}`),
    sql`CREATE INDEX staff_leaving ON staff (leaving_date) WHERE leaving_date IS NOT NULL`,
    sql`CREATE TABLE staff_pay_rate (
      id TEXT PRIMARY KEY,
      staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
      effective_from TEXT NOT NULL ${DATE('effective_from')},
      pence_per_hour INTEGER NOT NULL CHECK (pence_per_hour BETWEEN 0 AND 100000),
      note TEXT,
      created_at TEXT NOT NULL,
      UNIQUE (staff_id, effective_from)
    ) STRICT`,
    sql`CREATE TABLE pay_policy_value (
      id TEXT PRIMARY KEY,
      benchmark TEXT NOT NULL CHECK (benchmark IN ('band3_equivalent', 'london_living_wage', 'real_living_wage', 'national_living_wage')),
      effective_from TEXT NOT NULL ${DATE('effective_from')},
      pence_per_hour INTEGER NOT NULL CHECK (pence_per_hour BETWEEN 1 AND 100000),
      note TEXT,
      created_at TEXT NOT NULL,
      UNIQUE (benchmark, effective_from)
    ) STRICT`,
    sql`CREATE TABLE staff_reference_check (
      id TEXT PRIMARY KEY,
      staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
      referee_name TEXT NOT NULL CHECK (length(referee_name) BETWEEN 1 AND 120),
      relationship TEXT,
      requested_on TEXT ${DATE('requested_on')},
      received_on TEXT ${DATE('received_on')},
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX staff_reference_check_staff ON staff_reference_check (staff_id)`,
    sql`CREATE TABLE staff_review (
      id TEXT PRIMARY KEY,
      staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
      kind TEXT NOT NULL ${TEXT_IN('kind', codesOf(REVIEW_KINDS))},
      held_on TEXT NOT NULL ${DATE('held_on')},
      notes TEXT,
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX staff_review_staff ON staff_review (staff_id, held_on)`,
    sql`CREATE TABLE staff_attachment (
      id TEXT PRIMARY KEY,
      staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
      kind TEXT NOT NULL ${TEXT_IN('kind', codesOf(ATTACHMENT_KINDS))},
      file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
      media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
      size_bytes INTEGER NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
      content BLOB NOT NULL,
      uploaded_at TEXT NOT NULL,
      uploaded_by TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX staff_attachment_staff ON staff_attachment (staff_id)`,
    // What the ASC-WDS export has sent: NEW the first time a record goes out, UPDATE afterwards.
    sql`CREATE TABLE ascwds_export_memory (
      kind TEXT NOT NULL CHECK (kind IN ('workplace', 'worker')),
      record_key TEXT NOT NULL,
      first_exported_at TEXT NOT NULL,
      last_exported_at TEXT NOT NULL,
      PRIMARY KEY (kind, record_key)
    ) STRICT, WITHOUT ROWID`,
  ];
  for (const statement of statements) await statement.execute(db);

  // The published benchmark values (domain.md §4.3) as data the manager maintains from here on.
  const seeded: [string, string, number, string][] = [
    ['band3_equivalent', '2025-04-01', 1275, 'AfC Band 3 entry £24,937 ÷ 52.143 ÷ 37.5'],
    ['london_living_wage', '2024-10-22', 1385, 'Living Wage Foundation, announced Oct 2024'],
    ['london_living_wage', '2025-10-22', 1480, 'Living Wage Foundation, announced 22 Oct 2025'],
    ['real_living_wage', '2024-10-22', 1260, 'Living Wage Foundation, announced Oct 2024'],
    ['real_living_wage', '2025-10-22', 1345, 'Living Wage Foundation, announced 22 Oct 2025'],
    ['national_living_wage', '2025-04-01', 1221, 'Statutory, age 21 and over'],
    ['national_living_wage', '2026-04-01', 1271, 'Statutory, age 21 and over'],
  ];
  let n = 0;
  for (const [benchmark, from, pence, note] of seeded) {
    n += 1;
    const id = `01960000-0000-7000-8000-${String(n).padStart(12, '0')}`;
    await sql`INSERT INTO pay_policy_value (id, benchmark, effective_from, pence_per_hour, note, created_at)
      VALUES (${id}, ${benchmark}, ${from}, ${pence}, ${note}, '2025-04-01T00:00:00.000Z')`.execute(db);
  }
}
