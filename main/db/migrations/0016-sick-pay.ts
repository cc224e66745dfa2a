import { sql, type Kysely } from 'kysely';

// Sick pay computed and stored, and the payroll export (issue 13):
// - availability_exception loses osp_recorded, a flag every sickness carried as true whatever was paid. What is paid
//   is now worked out from the branch's scheme and stored per qualifying day in sick_pay_day; sick_pay_through is
//   the last day the figures cover (null: not yet worked out, as for every absence recorded before this release;
//   the app works them out the first time it reads them). Every existing row is kept.
// - payroll_export records each pay period exported, so a period that overlaps one already exported is refused.
// Frozen text: the statements this migration ran when it landed, written out in full (it imports no code lists).
const DATE = "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'";

const STATEMENTS = [
  `ALTER TABLE availability_exception ADD COLUMN sick_pay_through TEXT CHECK (sick_pay_through IS NULL OR
    (kind = 'sickness' AND sick_pay_through GLOB ${DATE}))`,
  `CREATE TABLE sick_pay_day (
    absence_id TEXT NOT NULL REFERENCES availability_exception (id),
    staff_id TEXT NOT NULL REFERENCES staff (id),
    date TEXT NOT NULL CHECK (date GLOB ${DATE}),
    ssp_pence INTEGER NOT NULL CHECK (ssp_pence BETWEEN 0 AND 100000),
    osp TEXT NOT NULL CHECK (osp IN ('full', 'half', 'none')),
    osp_pence INTEGER NOT NULL CHECK (osp_pence BETWEEN 0 AND 1000000),
    PRIMARY KEY (absence_id, date)
) STRICT, WITHOUT ROWID`,
  `CREATE INDEX sick_pay_day_staff ON sick_pay_day (staff_id, date)`,
  `CREATE TABLE payroll_export (
    id TEXT PRIMARY KEY,
    period_kind TEXT NOT NULL CHECK (period_kind IN ('weekly', 'fortnightly', 'four_weekly', 'monthly')),
    period_start TEXT NOT NULL CHECK (period_start GLOB ${DATE}),
    period_end TEXT NOT NULL CHECK (period_end GLOB ${DATE}),
    workers INTEGER NOT NULL CHECK (workers >= 0),
    gross_pence INTEGER NOT NULL CHECK (gross_pence >= 0),
    exported_by TEXT NOT NULL,
    exported_at TEXT NOT NULL,
    CHECK (period_end >= period_start)
) STRICT`,
  `CREATE INDEX payroll_export_period ON payroll_export (period_start, period_end)`,
  // Last, so that a store interrupted part-way shows this migration's new objects (read as half-upgraded).
  `ALTER TABLE availability_exception DROP COLUMN osp_recorded`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
