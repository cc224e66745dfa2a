import { AppError, type Issue } from '@shared/contract/errors';
import {
  findDirectoryColumns,
  readDirectoryRow,
  type PostcodeImportReport,
} from '@shared/domain/clients/postcode-directory';
import type { HandlerContext } from '@main/rpc/context';
import { readCsvRows } from '../csv/csv-reader';
import { replaceDirectory, type DirectoryEntry } from './directory-store';

// A file with more bad rows than this is the wrong file or a broken one: the first ones say enough.
const MAX_PROBLEMS = 100;

interface CheckedFile {
  rows: number;
  postcodes: DirectoryEntry[];
  terminated: number;
  unlocated: number;
  problems: Issue[];
}

/** Check every row of the file; nothing is written. Lines are numbered as a spreadsheet shows them (header = 1). */
function checkFile(csv: string): CheckedFile {
  const [header = [], ...body] = readCsvRows(csv);
  const checked: CheckedFile = { rows: body.length, postcodes: [], terminated: 0, unlocated: 0, problems: [] };
  const found = findDirectoryColumns(header);
  if (!found.ok) {
    checked.problems.push({ path: ['csv'], message: found.reason });
    return checked;
  }
  if (body.length === 0) checked.problems.push({ path: ['csv'], message: 'The file has no postcodes in it' });
  const problem = (row: number, column: string, reason: string) =>
    checked.problems.push({ path: ['rows', row, column], message: `Line ${row}, column ${column}: ${reason}` });
  const firstRow = new Map<string, number>();
  body.forEach((cells, i) => {
    const row = i + 2;
    const read = readDirectoryRow(cells, found.columns, header);
    if (read.kind === 'terminated') checked.terminated += 1;
    else if (read.kind === 'unlocated') checked.unlocated += 1;
    else if (read.kind === 'problem') problem(row, read.column, read.reason);
    else {
      const earlier = firstRow.get(read.postcode);
      if (earlier !== undefined)
        problem(row, (header[found.columns.postcode] ?? '').trim(), `${read.postcode} is also on line ${earlier}`);
      else {
        firstRow.set(read.postcode, row);
        checked.postcodes.push({ postcode: read.postcode, lat: read.lat, lon: read.lon });
      }
    }
  });
  return checked;
}

/** The file refused: what is wrong with it, each bad row by line and column (the first hundred, and how many more). */
function refusal(problems: Issue[]): AppError {
  const shown = problems.slice(0, MAX_PROBLEMS);
  const more = problems.length - shown.length;
  if (more > 0) shown.push({ path: ['rows', 'more'], message: `…and ${more.toLocaleString('en-GB')} more problems` });
  const summary =
    problems.length === 1 && problems[0]?.path.length === 1
      ? 'This is not an ONS Postcode Directory file: nothing was imported'
      : `${problems.length.toLocaleString('en-GB')} ${problems.length === 1 ? 'problem' : 'problems'} ` +
        'in the file: nothing was imported';
  return new AppError('VALIDATION', summary, { issues: shown });
}

/**
 * Import the borough's extract of the ONS Postcode Directory. Every row is checked first: a file of the wrong shape
 * or with any bad row imports nothing, and the report names each bad row, column and reason. Terminated postcodes and
 * those the ONS could not place are skipped and counted. A good file replaces the whole directory in one transaction.
 */
export async function importPostcodeDirectory(
  ctx: HandlerContext,
  csv: string,
  dryRun: boolean,
): Promise<PostcodeImportReport> {
  const checked = checkFile(csv);
  if (checked.problems.length > 0) throw refusal(checked.problems);
  const report = (imported: boolean): PostcodeImportReport => ({
    imported,
    rows: checked.rows,
    postcodes: checked.postcodes.length,
    terminated: checked.terminated,
    unlocated: checked.unlocated,
  });
  if (dryRun) return report(false);

  await replaceDirectory(ctx, checked.postcodes, checked, ctx.requireCaller().username);
  return report(true);
}
