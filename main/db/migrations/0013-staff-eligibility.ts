import { sql, type Kysely } from 'kysely';

// Who may work, and when: the two facts the eligibility rule needs that the staff record did not hold.
// - rtw_checked_on: the date the right-to-work check was made (a time-limited permission's expiry cannot come before
//   it; the follow-up check is due before the expiry).
// - suspended_from / suspended_until: a suspension (inclusive dates; no end date while it is open). A suspended
//   worker is not planned on those dates.
// Frozen text: the statements this migration ran when it landed, written out in full (it imports no code lists),
// so the schema it makes can never drift with the code. The runner applies them in one transaction.
const STATEMENTS = [
  `ALTER TABLE staff ADD COLUMN rtw_checked_on TEXT CHECK (rtw_checked_on IS NULL OR rtw_checked_on GLOB
    '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`,
  `ALTER TABLE staff ADD COLUMN suspended_from TEXT CHECK (suspended_from IS NULL OR suspended_from GLOB
    '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`,
  `ALTER TABLE staff ADD COLUMN suspended_until TEXT CHECK (suspended_until IS NULL OR (suspended_from IS NOT NULL
    AND suspended_until >= suspended_from AND suspended_until GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
