import { sql, type Kysely } from 'kysely';

// Holiday computed truthfully (issue 13). Irregular-hours workers accrue holiday at the end of each pay period on the
// hours worked in it (Working Time Regulations reg 15B, leave years from 1 April 2024), so each pay period exported
// keeps, per worker, the minutes worked, the holiday accrued on them, and the holiday paid in the period (leave taken
// and any rolled-up holiday pay). The holiday tab adds these up over a leave year; nothing existing changes.
// Frozen text: the statements this migration ran when it landed, written out in full (it imports no code lists).
const DATE = "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'";

const STATEMENTS = [
  `CREATE TABLE holiday_accrual (
    export_id TEXT NOT NULL REFERENCES payroll_export (id),
    staff_id TEXT NOT NULL REFERENCES staff (id),
    period_start TEXT NOT NULL CHECK (period_start GLOB ${DATE}),
    period_end TEXT NOT NULL CHECK (period_end GLOB ${DATE}),
    irregular INTEGER NOT NULL CHECK (irregular IN (0, 1)),
    worked_minutes INTEGER NOT NULL CHECK (worked_minutes BETWEEN 0 AND 100000),
    accrued_minutes INTEGER NOT NULL CHECK (accrued_minutes BETWEEN 0 AND 100000),
    holiday_minutes INTEGER NOT NULL CHECK (holiday_minutes BETWEEN 0 AND 100000),
    holiday_pence INTEGER NOT NULL CHECK (holiday_pence BETWEEN 0 AND 10000000),
    rolled_up_pence INTEGER NOT NULL CHECK (rolled_up_pence BETWEEN 0 AND 10000000),
    PRIMARY KEY (export_id, staff_id),
    CHECK (period_end >= period_start),
    CHECK (irregular = 1 OR accrued_minutes = 0)
) STRICT, WITHOUT ROWID`,
  `CREATE INDEX holiday_accrual_staff ON holiday_accrual (staff_id, period_end)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
