import type { z } from 'zod';
import { StaffInput } from '@shared/domain/staff/staff';
import {
  EMPTY_DETAILS,
  EMPTY_SENSITIVE,
  StaffDetailsFields,
  StaffSensitiveFields,
  checkSensitive,
  type StaffDetails,
  type StaffSensitive,
} from '@shared/domain/staff/profile';
import type { ImportProblem, ImportReport } from '@shared/domain/staff/staff-import';
import { ukDateAsIso } from '@shared/domain/common';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import { listEmployers } from '../ascwds/employers';
import { requireRecentReauth } from '../auth/sign-in';
import { detailsProblems } from './profile-service';
import { toDetails, toSensitive } from './profile-rows';
import { writeFullRecords, type FullRecord } from './full-record-writer';
import { STAFF_CSV_COLUMNS, columnFor, type ColumnTarget } from './staff-csv-columns';
import { readCsvRows } from '../csv/csv-reader';
import { writeCsv } from '../csv/csv-writer';

const MAX_LISTED = 500;

/** A cell read by its column's kind: a value for the schema, or a problem the schema could not phrase. */
type Cell = { value: unknown } | { problem: string } | { keep: true };

function readCell(raw: string, target: ColumnTarget, employers: Map<string, string>): Cell {
  const text = raw.trim();
  switch (target.kind) {
    case 'text':
      return { value: target.part === 'staff' ? text : text === '' ? null : text };
    case 'date': {
      if (text === '') return { value: target.part === 'staff' ? '' : null };
      return { value: ukDateAsIso(text) };
    }
    case 'int':
      if (text === '') return { value: null };
      return /^-?\d+$/.test(text) ? { value: Number(text) } : { problem: 'Enter a code number from the list' };
    case 'hours':
      if (text === '') return { value: null };
      return /^-?\d+(\.\d+)?$/.test(text) ? { value: Number(text) } : { problem: 'Enter hours as a number, like 22.5' };
    case 'bool': {
      if (text === '') return { keep: true };
      const lower = text.toLowerCase();
      if (['yes', 'y', 'true', '1'].includes(lower)) return { value: true };
      if (['no', 'n', 'false', '0'].includes(lower)) return { value: false };
      return { problem: 'Enter yes or no' };
    }
    case 'money': {
      if (text === '') return { value: null };
      const match = /^(-)?£?(\d+)(?:\.(\d{1,2}))?$/.exec(text);
      if (!match) return { problem: 'Enter the hourly rate in pounds, like 12.75' };
      if (match[1]) return { problem: 'The rate cannot be below zero' };
      return { value: Number(match[2]) * 100 + Number((match[3] ?? '0').padEnd(2, '0')) };
    }
    case 'employer': {
      if (text === '') return { value: null };
      const id = employers.get(text.toLowerCase());
      return id
        ? { value: id }
        : {
            problem: `Unknown employer “${text}”: add the partner provider first, or leave blank for the lead provider`,
          };
    }
  }
}

function schemaProblems(row: number, part: ColumnTarget['part'], error: z.ZodError): ImportProblem[] {
  return error.issues.map((issue) => ({
    row,
    column: columnFor(part, String(issue.path[0] ?? '')),
    reason: issue.message,
  }));
}

/**
 * Validate every row first; a file with any bad row imports nothing and the report lists row, column and reason.
 * A good file imports in one transaction, matched on the staff reference (re-importing updates, never duplicates).
 * Columns missing from the file leave those fields as they are.
 */
export async function importStaffCsv(ctx: HandlerContext, csv: string, dryRun: boolean): Promise<ImportReport> {
  const [header = [], ...body] = readCsvRows(csv);
  const names = header.map((h) => h.trim().toLowerCase());
  const problems: ImportProblem[] = [];
  const known = new Map(STAFF_CSV_COLUMNS.map((c) => [c.name, c]));
  names.forEach((name, i) => {
    if (!known.has(name))
      problems.push({ row: 1, column: header[i] ?? '', reason: 'Unknown column: use the template’s column names' });
  });
  for (const required of ['staff_reference', 'first_name', 'last_name', 'job_role', 'start_date']) {
    if (!names.includes(required)) problems.push({ row: 1, column: required, reason: 'This column is required' });
  }
  if (body.length === 0) problems.push({ row: 2, column: '', reason: 'The file has no rows to import' });
  if (problems.length > 0) return report(false, body.length, 0, 0, problems);
  // Writing NI numbers, dates of birth, DBS or equality data asks for the password again, as viewing them does.
  const writesSensitive = names.some((name) => known.get(name)?.target.part === 'sensitive');
  if (writesSensitive && !dryRun)
    requireRecentReauth(ctx, 'Enter your password again to import sensitive details (NI number, DBS, equality data).');

  const db = ctx.deps.db;
  const today = londonDate(ctx.deps.clock.now());
  const employers = new Map((await listEmployers(db)).map((e) => [e.name.toLowerCase(), e.id]));
  const existingRows = new Map((await db.selectFrom('staff').selectAll().execute()).map((r) => [r.reference, r]));
  const columns = names.map((name) => known.get(name)!);
  const seen = new Map<string, number>();
  const records: FullRecord[] = [];

  body.forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.length !== names.length) {
      problems.push({ row: rowNumber, column: '', reason: `Expected ${names.length} cells, found ${cells.length}` });
      return;
    }
    const referenceCell = (cells[names.indexOf('staff_reference')] ?? '').trim();
    const existing = existingRows.get(referenceCell);
    const staff: Record<string, unknown> = existing
      ? {
          reference: existing.reference,
          givenName: existing.given_name,
          familyName: existing.family_name,
          preferredName: existing.preferred_name,
          jobRole: existing.job_role,
          email: existing.email,
          phone: existing.phone,
          startDate: existing.start_date,
        }
      : { preferredName: null, email: null, phone: null };
    const details: Record<string, unknown> = { ...(existing ? toDetails(existing) : EMPTY_DETAILS) };
    const sensitive: Record<string, unknown> = { ...(existing ? toSensitive(existing) : EMPTY_SENSITIVE) };
    const rate: { pencePerHour: number | null; effectiveFrom: string | null } = {
      pencePerHour: null,
      effectiveFrom: null,
    };
    const before = problems.length;
    columns.forEach((column, i) => {
      const cell = readCell(cells[i] ?? '', column.target, employers);
      if ('problem' in cell) problems.push({ row: rowNumber, column: column.name, reason: cell.problem });
      else if ('value' in cell) {
        if (column.target.part === 'staff') staff[column.target.field] = cell.value;
        else if (column.target.part === 'details') details[column.target.field] = cell.value;
        else if (column.target.part === 'sensitive') sensitive[column.target.field] = cell.value;
        else if (column.target.field === 'pencePerHour') rate.pencePerHour = cell.value as number | null;
        else rate.effectiveFrom = cell.value as string | null;
      }
    });
    if (problems.length > before) return;
    const staffParsed = StaffInput.safeParse(staff);
    const detailsParsed = StaffDetailsFields.safeParse(details);
    const sensitiveParsed = StaffSensitiveFields.safeParse(sensitive);
    if (!staffParsed.success) problems.push(...schemaProblems(rowNumber, 'staff', staffParsed.error));
    if (!detailsParsed.success) problems.push(...schemaProblems(rowNumber, 'details', detailsParsed.error));
    if (!sensitiveParsed.success) problems.push(...schemaProblems(rowNumber, 'sensitive', sensitiveParsed.error));
    if (!staffParsed.success || !detailsParsed.success || !sensitiveParsed.success) return;
    const startDate = staffParsed.data.startDate;
    for (const p of detailsProblems(detailsParsed.data as StaffDetails, startDate))
      problems.push({ row: rowNumber, column: columnFor('details', p.path), reason: p.message });
    for (const p of checkSensitive(sensitiveParsed.data as StaffSensitive, today, startDate))
      problems.push({ row: rowNumber, column: columnFor('sensitive', p.path), reason: p.message });
    if (startDate > today)
      problems.push({ row: rowNumber, column: 'start_date', reason: 'The start date cannot be in the future' });
    const effectiveFrom = rate.effectiveFrom ?? startDate;
    if (rate.pencePerHour !== null && effectiveFrom < startDate)
      problems.push({
        row: rowNumber,
        column: 'rate_effective_from',
        reason: 'A rate cannot take effect before the start date',
      });
    const reference = staffParsed.data.reference;
    const earlier = seen.get(reference);
    if (earlier !== undefined)
      problems.push({
        row: rowNumber,
        column: 'staff_reference',
        reason: `Staff reference ${reference} is also on row ${earlier}`,
      });
    seen.set(reference, rowNumber);
    if (problems.length > before) return;
    records.push({
      staff: staffParsed.data,
      details: detailsParsed.data as StaffDetails,
      sensitive: sensitiveParsed.data as StaffSensitive,
      rates: rate.pencePerHour === null ? [] : [{ effectiveFrom, pencePerHour: rate.pencePerHour }],
    });
  });

  if (problems.length > 0 || dryRun) {
    const updates = records.filter((r) => existingRows.has(r.staff.reference)).length;
    return report(
      false,
      body.length,
      problems.length > 0 ? 0 : records.length - updates,
      problems.length > 0 ? 0 : updates,
      problems,
    );
  }
  const written = await writeFullRecords(ctx, records, 'staff.import');
  return report(true, body.length, written.created, written.updated, []);
}

function report(
  imported: boolean,
  rows: number,
  created: number,
  updated: number,
  problems: ImportProblem[],
): ImportReport {
  return {
    imported,
    rows,
    created,
    updated,
    problems: problems.slice(0, MAX_LISTED),
    moreProblems: Math.max(0, problems.length - MAX_LISTED),
  };
}

/**
 * The template: the header row only (an example row would import a made-up person), with each column's hint for the
 * page.
 */
export function importTemplate(): { csv: string; columns: { name: string; hint: string }[] } {
  return {
    csv: writeCsv(
      STAFF_CSV_COLUMNS.map((c) => c.name),
      [],
    ),
    columns: STAFF_CSV_COLUMNS.map((c) => ({ name: c.name, hint: c.hint })),
  };
}
