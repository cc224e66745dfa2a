import {
  findDirectoryColumns,
  readDirectoryRow,
  type PostcodeImportProblem,
  type PostcodeImportReport,
} from '@shared/domain/clients/postcode-directory';
import type { HandlerContext } from '@main/rpc/context';
import { readCsvRows } from '../csv/csv-reader';

const MAX_PROBLEMS = 500;
// Rows per INSERT: three parameters each keeps a statement far below SQLite's 32,766-parameter limit, and few
// enough statements that a borough's 20,000 postcodes load in well under a second.
const BATCH = 2000;

interface CheckedFile {
  rows: number;
  postcodes: { postcode: string; lat: number; lon: number }[];
  terminated: number;
  unlocated: number;
  problems: PostcodeImportProblem[];
}

/** Check every row of the file; nothing is written. Rows are numbered as a spreadsheet shows them (header = 1). */
function checkFile(csv: string): CheckedFile {
  const [header = [], ...body] = readCsvRows(csv);
  const checked: CheckedFile = { rows: body.length, postcodes: [], terminated: 0, unlocated: 0, problems: [] };
  const found = findDirectoryColumns(header);
  if (!found.ok) {
    checked.problems.push({ row: 1, column: found.missing, reason: found.reason });
    return checked;
  }
  if (body.length === 0) checked.problems.push({ row: 2, column: '', reason: 'The file has no postcodes in it' });
  const firstRow = new Map<string, number>();
  body.forEach((cells, i) => {
    const row = i + 2;
    const read = readDirectoryRow(cells, found.columns, header);
    if (read.kind === 'terminated') checked.terminated += 1;
    else if (read.kind === 'unlocated') checked.unlocated += 1;
    else if (read.kind === 'problem') checked.problems.push({ row, column: read.column, reason: read.reason });
    else {
      const earlier = firstRow.get(read.postcode);
      if (earlier !== undefined)
        checked.problems.push({
          row,
          column: (header[found.columns.postcode] ?? '').trim(),
          reason: `${read.postcode} is also on row ${earlier}`,
        });
      else {
        firstRow.set(read.postcode, row);
        checked.postcodes.push({ postcode: read.postcode, lat: read.lat, lon: read.lon });
      }
    }
  });
  return checked;
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
  const report = (imported: boolean): PostcodeImportReport => ({
    imported,
    rows: checked.rows,
    postcodes: checked.postcodes.length,
    terminated: checked.terminated,
    unlocated: checked.unlocated,
    problems: checked.problems.slice(0, MAX_PROBLEMS),
    moreProblems: Math.max(0, checked.problems.length - MAX_PROBLEMS),
  });
  if (checked.problems.length > 0 || dryRun) return report(false);

  const caller = ctx.requireCaller();
  const importId = ctx.deps.ids();
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('postcode').execute();
    for (let start = 0; start < checked.postcodes.length; start += BATCH)
      await trx
        .insertInto('postcode')
        .values(checked.postcodes.slice(start, start + BATCH))
        .execute();
    await trx
      .insertInto('postcode_import')
      .values({
        id: importId,
        imported_at: ctx.deps.clock.now().toISOString(),
        imported_by: caller.username,
        postcodes: checked.postcodes.length,
        terminated_skipped: checked.terminated,
        unlocated_skipped: checked.unlocated,
      })
      .execute();
    await ctx.audit(trx, {
      action: 'postcodes.importDirectory',
      entity: 'postcode_import',
      entityId: importId,
      outcome: 'success',
      detail: `${checked.postcodes.length} postcodes (${checked.terminated} terminated skipped)`,
    });
  });
  return report(true);
}
