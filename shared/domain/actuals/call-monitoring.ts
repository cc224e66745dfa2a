import { z } from 'zod';
import type { WallClock } from './flags';
import { isRealIsoDate, ukDateAsIso } from '../common';
import { parseClockTime } from '../time/format';

// Electronic call monitoring (ECM) files. The built-in layout is CM2000's visit export: CM2000 is the call monitoring
// system most English councils commission for homecare (providers log arrivals and departures into it, and
// rostering systems carry a CM2000 integration with its own exception codes), so it is the file a London branch
// is most likely to be handed. Its headings below are the visit-level fields a CM2000 export carries (carer,
// client, scheduled and actual start and end, exception code); a council can configure its export, so the page
// says to use "Another layout" and map the columns whenever a branch's file is headed differently. Every other
// system's file goes through that mapping: each heading is named as one of the fields or as not used, so nothing
// in a file is silently ignored.

/** What a column of a call monitoring file can hold. */
export const EcmField = z.enum([
  'branch',
  'workerRef',
  'personName',
  'visitDate',
  'plannedStart',
  'arrival',
  'departure',
  'ignore',
]);
export type EcmField = z.infer<typeof EcmField>;

/** Each field in plain words, for the mapping screen and messages. */
export const ECM_FIELD_LABELS: Readonly<Record<EcmField, string>> = {
  branch: 'Branch (refused when it is not this branch)',
  workerRef: 'Worker’s staff reference',
  personName: 'Person’s name',
  visitDate: 'Visit date',
  plannedStart: 'Planned start time',
  arrival: 'Actual arrival (time, or date and time)',
  departure: 'Actual departure (time, or date and time)',
  ignore: 'Not used',
};

/** The fields a file must have, whatever its layout. */
export const REQUIRED_ECM_FIELDS: readonly EcmField[] = ['workerRef', 'personName', 'visitDate', 'arrival'];

/** The CM2000 visit export's headings and the field each holds. */
export const CM2000_COLUMNS: Readonly<Record<string, EcmField>> = {
  'Branch Name': 'branch',
  'Carer Ref': 'workerRef',
  'Carer Name': 'ignore',
  'Client Name': 'personName',
  'Client Ref': 'ignore',
  'Visit Date': 'visitDate',
  'Scheduled Start': 'plannedStart',
  'Scheduled End': 'ignore',
  'Actual Start': 'arrival',
  'Actual End': 'departure',
  'Actual Duration': 'ignore',
  'Exception Code': 'ignore',
};

/** How the file's columns are read: the CM2000 layout, or a heading → field mapping made on the mapping screen. */
export const EcmLayout = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cm2000') }),
  z.object({
    kind: z.literal('mapped'),
    columns: z.record(z.string().max(200), EcmField),
  }),
]);
export type EcmLayout = z.infer<typeof EcmLayout>;

/** A call monitoring file to check or apply. */
export const EcmImportInput = z.object({
  csv: z
    .string()
    .min(1, 'Choose a call monitoring file')
    .max(32 * 1024 * 1024, 'The file is larger than 32 MB'),
  layout: EcmLayout,
  /** Check only: report what would happen and write nothing. */
  dryRun: z.boolean(),
});
export type EcmImportInput = z.input<typeof EcmImportInput>;

/** Where each field is in a file (column index), once the header has been read against a layout. */
export type EcmColumns = Partial<Record<Exclude<EcmField, 'ignore'>, number>>;

const norm = (heading: string) => heading.trim().toLowerCase();

/**
 * The columns of a header row under a layout, or each problem naming the heading: a heading the layout does not
 * know, a field given twice, a required field missing.
 */
export function readEcmHeader(
  header: readonly string[],
  layout: EcmLayout,
): { columns: EcmColumns; problems: string[] } {
  const known = new Map<string, EcmField>(
    Object.entries(layout.kind === 'cm2000' ? CM2000_COLUMNS : layout.columns).map(([h, f]) => [norm(h), f]),
  );
  const columns: EcmColumns = {};
  const problems: string[] = [];
  header.forEach((heading, index) => {
    const field = known.get(norm(heading));
    if (field === undefined)
      problems.push(
        layout.kind === 'cm2000'
          ? `The column “${heading.trim()}” is not in the CM2000 layout: choose “Another layout” and say what it holds`
          : `Say what the column “${heading.trim()}” holds, or mark it as not used`,
      );
    else if (field !== 'ignore') {
      if (columns[field] !== undefined)
        problems.push(
          `Two columns hold the ${ECM_FIELD_LABELS[field].toLowerCase()}: keep one and mark the other not used`,
        );
      columns[field] = index;
    }
  });
  for (const field of REQUIRED_ECM_FIELDS)
    if (columns[field as Exclude<EcmField, 'ignore'>] === undefined)
      problems.push(`The file has no column for the ${ECM_FIELD_LABELS[field].toLowerCase()}`);
  return { columns, problems };
}

/** A row read from the file (before it is matched to a visit). */
export interface EcmRow {
  line: number;
  branch: string | null;
  workerRef: string;
  personName: string;
  visitDate: string;
  plannedStart: number | null;
  arrival: WallClock;
  departure: WallClock | null;
}

/** A date as the file writes it: 07/12/2026 (as UK systems export) or 2026-12-07. Null when it is neither. */
export function readEcmDate(text: string): string | null {
  const iso = ukDateAsIso(text);
  return isRealIsoDate(iso) ? iso : null;
}

/** A time of day, 08:05 or 08:05:30 (seconds dropped); null when it is not one. */
export function readEcmTime(text: string): number | null {
  return parseClockTime(text.trim().replace(/^(\d{1,2}:\d{2}):\d{2}$/, '$1'));
}

/** A moment as a time on the visit's date, or a date and time ("07/12/2026 08:05", "2026-12-07T08:05"). */
export function readEcmMoment(text: string, visitDate: string): WallClock | null {
  const t = text.trim();
  const time = readEcmTime(t);
  if (time !== null) return { date: visitDate, minute: time };
  const split = /^(\S+)[ T](\S+)$/.exec(t);
  if (!split) return null;
  const date = readEcmDate(split[1] ?? '');
  const minute = readEcmTime(split[2] ?? '');
  return date === null || minute === null ? null : { date, minute };
}

/** One data row read with the columns, or the column at fault and why. */
export function readEcmRow(
  cells: readonly string[],
  columns: EcmColumns,
  line: number,
): { ok: true; row: EcmRow } | { ok: false; field: EcmField; reason: string } {
  const cell = (field: Exclude<EcmField, 'ignore'>) => {
    const index = columns[field];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const workerRef = cell('workerRef');
  if (workerRef === '') return { ok: false, field: 'workerRef', reason: 'the worker’s staff reference is empty' };
  const personName = cell('personName');
  if (personName === '') return { ok: false, field: 'personName', reason: 'the person’s name is empty' };
  const visitDate = readEcmDate(cell('visitDate'));
  if (visitDate === null) return { ok: false, field: 'visitDate', reason: 'enter the visit date as 07/12/2026' };
  let plannedStart: number | null = null;
  if (columns.plannedStart !== undefined && cell('plannedStart') !== '') {
    const moment = readEcmMoment(cell('plannedStart'), visitDate);
    if (moment === null) return { ok: false, field: 'plannedStart', reason: 'enter the planned start as 08:00' };
    plannedStart = moment.minute;
  }
  const arrival = readEcmMoment(cell('arrival'), visitDate);
  if (arrival === null)
    return { ok: false, field: 'arrival', reason: 'enter the arrival as 08:05 or 07/12/2026 08:05' };
  let departure: WallClock | null = null;
  if (cell('departure') !== '') {
    departure = readEcmMoment(cell('departure'), visitDate);
    if (departure === null)
      return { ok: false, field: 'departure', reason: 'enter the departure as 08:50 or 07/12/2026 08:50' };
  }
  // An empty branch cell says nothing about the branch (some exports fill it only for multi-branch providers).
  const branch = cell('branch') === '' ? null : cell('branch');
  return { ok: true, row: { line, branch, workerRef, personName, visitDate, plannedStart, arrival, departure } };
}
