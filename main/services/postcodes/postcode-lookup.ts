import type { Kysely } from 'kysely';
import { AppError } from '@shared/contract/errors';
import type { UkLocation } from '@shared/domain/clients/location';
import type { Database } from '@main/db/schema';

/** Where a form's postcode and coordinate fields are in the procedure's input, for errors that name them. */
export interface LocationFields {
  postcode: readonly (string | number)[];
  lat: readonly (string | number)[];
  lon: readonly (string | number)[];
}

/** The point of a postcode in the imported directory; null when the directory does not hold it. */
export async function lookUpPostcode(db: Kysely<Database>, postcode: string): Promise<UkLocation | null> {
  const row = await db
    .selectFrom('postcode')
    .select(['lat', 'lon'])
    .where('postcode', '=', postcode)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * Where a person or a worker's home is: the coordinates typed by hand when both are given (they always win), else the
 * postcode's point in the imported directory. A postcode the directory does not hold is an error at the postcode
 * field saying what to do; nothing has been written when it is thrown.
 */
export async function placeByPostcode(
  db: Kysely<Database>,
  given: { postcode: string | null; lat: number | null; lon: number | null },
  fields: LocationFields,
): Promise<UkLocation> {
  if (given.lat !== null && given.lon !== null) return { lat: given.lat, lon: given.lon };
  if (given.lat !== null || given.lon !== null) {
    const [path, what] = given.lat === null ? [fields.lat, 'latitude'] : [fields.lon, 'longitude'];
    throw AppError.field([...path], `Enter the ${what} too, or leave both coordinates empty to place by postcode`);
  }
  if (given.postcode === null)
    throw AppError.field([...fields.postcode], 'Enter a postcode, or the latitude and longitude by hand');
  const found = await lookUpPostcode(db, given.postcode);
  if (found) return found;
  const loaded = await db.selectFrom('postcode').select('postcode').limit(1).executeTakeFirst();
  throw AppError.field(
    [...fields.postcode],
    loaded
      ? `${given.postcode} is not in the postcode directory: check the postcode, import a newer directory, ` +
          'or enter the latitude and longitude by hand'
      : 'No postcode directory is loaded yet: a manager can import it on the Postcode directory page, ' +
          'or enter the latitude and longitude by hand',
  );
}
