import { sql, type Kysely } from 'kysely';
import { COUNTRIES_OF_BIRTH, codesOf } from '../../../shared/domain/staff/codes';

// Frozen once landed: the staff-file answers ASC-WDS asks for that the record did not hold yet (STARTINSECT, DHA,
// COUNTRYOFBIRTH). All optional, so existing records stay valid.
export async function up(db: Kysely<unknown>): Promise<void> {
  const columns = [
    sql`started_in_sector INTEGER CHECK (started_in_sector IS NULL OR started_in_sector BETWEEN 1940 AND 2100)`,
    sql`delegated_healthcare INTEGER CHECK (delegated_healthcare IS NULL OR delegated_healthcare IN (0, 1))`,
    sql`country_of_birth INTEGER CHECK (country_of_birth IS NULL OR country_of_birth IN (${sql.raw(codesOf(COUNTRIES_OF_BIRTH).join(','))}))`,
  ];
  for (const column of columns) await sql`ALTER TABLE staff ADD COLUMN ${column}`.execute(db);
}
