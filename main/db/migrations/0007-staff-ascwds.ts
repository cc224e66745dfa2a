import { sql, type Kysely } from 'kysely';

// Frozen once landed: the staff-file answers ASC-WDS asks for that the record did not hold yet (STARTINSECT, DHA,
// COUNTRYOFBIRTH). All optional, so existing records stay valid.
// Frozen text: the statements this migration ran when it landed, written out in full (it imports no code lists),
// so the schema it makes can never drift with the code. The runner applies them in one transaction.
const STATEMENTS = [
  `ALTER TABLE staff ADD COLUMN started_in_sector INTEGER CHECK (started_in_sector IS NULL OR started_in_sector
    BETWEEN 1940 AND 2100)`,
  `ALTER TABLE staff ADD COLUMN delegated_healthcare INTEGER CHECK (delegated_healthcare IS NULL OR
    delegated_healthcare IN (0, 1))`,
  `ALTER TABLE staff ADD COLUMN country_of_birth INTEGER CHECK (country_of_birth IS NULL OR country_of_birth IN
    (826,372,616,642,620,380,724,566,288,716,356,586,608,388,999,998,0))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
