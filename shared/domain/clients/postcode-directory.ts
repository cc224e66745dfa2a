import { z } from 'zod';
import { IsoDateTime } from '../common';
import { UkLatitude, UkLongitude, UkPostcode } from './location';

// The ONS Postcode Directory (ONSPD) and its smaller relatives (the National Statistics Postcode Lookup, the "lite"
// extracts) name their columns in lower case in the CSV and in capitals on the ONS's own services; newer releases
// call the 7-character postcode `pcd7`, older ones `pcd`. The written-out form `pcds` ("SE6 4RU") is preferred.
const POSTCODE_COLUMNS = ['pcds', 'pcd', 'pcd7', 'pcd8', 'pcd2'] as const;
const LATITUDE_COLUMN = 'lat';
const LONGITUDE_COLUMN = 'long';
// The date a postcode stopped being used (YYYYMM); empty while it is live. Absent from extracts of live postcodes.
const TERMINATED_COLUMN = 'doterm';
// The ONSPD's placeholder for a postcode it has no grid reference for.
const NO_LOCATION_LATITUDE = 99.999999;

/** Where the directory's columns are in a file's header row (0-based); `terminated` is -1 when the file has none. */
export interface DirectoryColumns {
  postcode: number;
  lat: number;
  long: number;
  terminated: number;
}

/** The directory's columns in a header row, or the column the file lacks, named as the ONS names it. */
export function findDirectoryColumns(
  header: readonly string[],
): { ok: true; columns: DirectoryColumns } | { ok: false; missing: string; reason: string } {
  const names = header.map((name) => name.trim().toLowerCase());
  const postcode = POSTCODE_COLUMNS.map((name) => names.indexOf(name)).find((i) => i >= 0) ?? -1;
  if (postcode < 0)
    return {
      ok: false,
      missing: 'pcds',
      reason:
        'The file has no postcode column (pcds or pcd). Choose the ONS Postcode Directory CSV ' +
        'with its header row as the ONS publishes it.',
    };
  for (const [column, what] of [
    [LATITUDE_COLUMN, 'latitude'],
    [LONGITUDE_COLUMN, 'longitude'],
  ] as const)
    if (!names.includes(column))
      return {
        ok: false,
        missing: column,
        reason:
          `The file has no ${what} column (${column}). ` +
          'Choose the ONS Postcode Directory CSV with its header row as the ONS publishes it.',
      };
  return {
    ok: true,
    columns: {
      postcode,
      lat: names.indexOf(LATITUDE_COLUMN),
      long: names.indexOf(LONGITUDE_COLUMN),
      terminated: names.indexOf(TERMINATED_COLUMN),
    },
  };
}

/**
 * A postcode as the app keys it (capitals, one space before the inward code), from any of the directory's forms:
 * "SE6 4RU", "se64ru", the 7-character "N1  9GU". Null when it is not a UK postcode.
 */
export function normalisePostcode(raw: string): string | null {
  const parsed = UkPostcode.safeParse(raw.replace(/\s+/g, ''));
  return parsed.success ? parsed.data : null;
}

/** What one row of the directory file holds for the app. */
export type DirectoryRow =
  | { kind: 'postcode'; postcode: string; lat: number; lon: number }
  | { kind: 'terminated' }
  | { kind: 'unlocated' }
  | { kind: 'problem'; column: string; reason: string };

function coordinate(text: string | undefined): number | null {
  const trimmed = (text ?? '').trim();
  return trimmed === '' ? null : Number(trimmed);
}

/**
 * Read one data row: a live postcode with its point; a terminated postcode or one the ONS could not place (both
 * skipped and counted); or the column that is wrong and why.
 */
export function readDirectoryRow(
  cells: readonly string[],
  columns: DirectoryColumns,
  header: readonly string[],
): DirectoryRow {
  const named = (i: number) => (header[i] ?? '').trim();
  if (columns.terminated >= 0 && (cells[columns.terminated] ?? '').trim() !== '') return { kind: 'terminated' };
  const postcode = normalisePostcode(cells[columns.postcode] ?? '');
  if (postcode === null) return { kind: 'problem', column: named(columns.postcode), reason: 'Not a UK postcode' };
  const lat = coordinate(cells[columns.lat]);
  const lon = coordinate(cells[columns.long]);
  if (lat === NO_LOCATION_LATITUDE) return { kind: 'unlocated' };
  for (const [value, i, schema] of [
    [lat, columns.lat, UkLatitude],
    [lon, columns.long, UkLongitude],
  ] as const) {
    if (value === null) return { kind: 'problem', column: named(i), reason: 'Empty: a coordinate is needed' };
    const checked = schema.safeParse(value);
    if (!checked.success)
      return { kind: 'problem', column: named(i), reason: checked.error.issues[0]?.message ?? 'Not a coordinate' };
  }
  return { kind: 'postcode', postcode, lat: lat as number, lon: lon as number };
}

/** An import of the directory: the CSV text, only checked when `dryRun`. */
export const PostcodeImportInput = z.object({
  csv: z
    .string()
    .min(1, 'Choose the ONS Postcode Directory CSV file')
    .max(64 * 1024 * 1024, 'The file must be 64 MB or smaller: use your borough’s extract, not the whole UK file'),
  dryRun: z.boolean().default(false),
});
export type PostcodeImportInput = z.input<typeof PostcodeImportInput>;

/**
 * What an import found in a good file, and whether it replaced the directory (not on a dry run). A file of the wrong
 * shape or with any bad row is refused instead, each bad row named by line and column.
 */
export const PostcodeImportReport = z.object({
  imported: z.boolean(),
  /** Data rows in the file. */
  rows: z.number().int(),
  /** Live postcodes with a location: what the directory holds after importing. */
  postcodes: z.number().int(),
  /** Rows skipped because the postcode is no longer used. */
  terminated: z.number().int(),
  /** Rows skipped because the ONS has no location for the postcode. */
  unlocated: z.number().int(),
});
export type PostcodeImportReport = z.infer<typeof PostcodeImportReport>;

/** How many postcodes are loaded and when; `importedAt` null before the first import. */
export const PostcodeDirectory = z.object({
  postcodes: z.number().int(),
  importedAt: IsoDateTime.nullable(),
  terminatedSkipped: z.number().int(),
  unlocatedSkipped: z.number().int(),
});
export type PostcodeDirectory = z.infer<typeof PostcodeDirectory>;
