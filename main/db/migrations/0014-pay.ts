import { sql, type Kysely } from 'kysely';
import { rebuildTable } from './rebuild-table';

// Pay that matches the rules (issue 13):
// - pay_policy_value learns the statutory minimum for 18–20 and for under-18s, so the floor in force can follow a
//   worker's age (the National Living Wage is 21 and over), with the April 2025 and April 2026 rates.
// - The Living Wage Foundation rates were stored from their announcement date; employers implement them by the
//   following 1 May, and a floor takes effect on its implementation date, so the seeded rows move there (only rows
//   still exactly as seeded: a branch that entered its own date keeps it).
// Frozen text: the statements this migration ran when it landed, written out in full (it imports no code lists).
export const rebuildsTables = true;

const DATE = "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'";

const PAY_POLICY_VALUE = `(
    id TEXT PRIMARY KEY,
    benchmark TEXT NOT NULL CHECK (benchmark IN ('band3_equivalent', 'london_living_wage', 'real_living_wage',
      'national_living_wage', 'national_minimum_wage_18_20', 'national_minimum_wage_under_18')),
    effective_from TEXT NOT NULL CHECK (effective_from IS NULL OR effective_from GLOB
      ${DATE}),
    pence_per_hour INTEGER NOT NULL CHECK (pence_per_hour BETWEEN 1 AND 100000),
    note TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (benchmark, effective_from)
) STRICT`;

const STATEMENTS = [
  `INSERT INTO pay_policy_value (id, benchmark, effective_from, pence_per_hour, note, created_at) VALUES
    ('01960000-0000-7000-8000-000000000008', 'national_minimum_wage_18_20', '2025-04-01', 1000,
    'Statutory, age 18 to 20', '2026-12-07T00:00:00.000Z'),
    ('01960000-0000-7000-8000-000000000009', 'national_minimum_wage_18_20', '2026-04-01', 1085,
    'Statutory, age 18 to 20', '2026-12-07T00:00:00.000Z'),
    ('01960000-0000-7000-8000-00000000000a', 'national_minimum_wage_under_18', '2025-04-01', 755,
    'Statutory, under 18', '2026-12-07T00:00:00.000Z'),
    ('01960000-0000-7000-8000-00000000000b', 'national_minimum_wage_under_18', '2026-04-01', 800,
    'Statutory, under 18', '2026-12-07T00:00:00.000Z')
    ON CONFLICT (benchmark, effective_from) DO NOTHING`,
  `UPDATE pay_policy_value SET effective_from = '2025-05-01',
    note = 'Living Wage Foundation, announced Oct 2024, employers implement by 1 May 2025'
    WHERE id IN ('01960000-0000-7000-8000-000000000002', '01960000-0000-7000-8000-000000000004')
    AND effective_from = '2024-10-22'
    AND NOT EXISTS (SELECT 1 FROM pay_policy_value o WHERE o.benchmark = pay_policy_value.benchmark
      AND o.effective_from = '2025-05-01')`,
  `UPDATE pay_policy_value SET effective_from = '2026-05-01',
    note = 'Living Wage Foundation, announced 22 Oct 2025, employers implement by 1 May 2026'
    WHERE id IN ('01960000-0000-7000-8000-000000000003', '01960000-0000-7000-8000-000000000005')
    AND effective_from = '2025-10-22'
    AND NOT EXISTS (SELECT 1 FROM pay_policy_value o WHERE o.benchmark = pay_policy_value.benchmark
      AND o.effective_from = '2026-05-01')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await rebuildTable(db, 'pay_policy_value', PAY_POLICY_VALUE);
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
