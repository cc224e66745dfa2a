import { z } from 'zod';

/** UK postcode (with or without the space), normalised to upper case with one space before the inward code. */
export const UkPostcode = z
  .string({ message: 'Enter a postcode' })
  .trim()
  .toUpperCase()
  .regex(/^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$/, 'Enter a real UK postcode, like SE6 4RU')
  .transform((value) => value.replace(/^(.+?) ?([0-9][A-Z]{2})$/, '$1 $2'));
export type UkPostcode = z.infer<typeof UkPostcode>;

// A box around the United Kingdom (incl. Shetland, Scilly and Northern Ireland); a point outside is a typing slip.
const UK_BOUNDS = { minLat: 49.8, maxLat: 60.9, minLon: -8.7, maxLon: 1.8 } as const;

/** Latitude in the UK, in decimal degrees. */
export const UkLatitude = z
  .number({ message: 'Enter a latitude in decimal degrees' })
  .finite()
  .min(UK_BOUNDS.minLat, `Latitude must be in the UK (${UK_BOUNDS.minLat} to ${UK_BOUNDS.maxLat})`)
  .max(UK_BOUNDS.maxLat, `Latitude must be in the UK (${UK_BOUNDS.minLat} to ${UK_BOUNDS.maxLat})`);

/** Longitude in the UK, in decimal degrees. */
export const UkLongitude = z
  .number({ message: 'Enter a longitude in decimal degrees' })
  .finite()
  .min(UK_BOUNDS.minLon, `Longitude must be in the UK (${UK_BOUNDS.minLon} to ${UK_BOUNDS.maxLon})`)
  .max(UK_BOUNDS.maxLon, `Longitude must be in the UK (${UK_BOUNDS.minLon} to ${UK_BOUNDS.maxLon})`);

/** A point in the UK. */
export const UkLocation = z.object({ lat: UkLatitude, lon: UkLongitude });
export type UkLocation = z.infer<typeof UkLocation>;

/**
 * Read "51.4412, -0.0213" (as pasted from a map or a spreadsheet) into a point; null when it is not two numbers.
 * The UK check is the schema's job, so the form can say which half is wrong.
 */
export function parsePastedLocation(text: string): { lat: number; lon: number } | null {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!match) return null;
  return { lat: Number(match[1]), lon: Number(match[2]) };
}
