import Papa from 'papaparse';
import { neutraliseCell } from '@shared/domain/csv/formula-cells';

// Every CSV the app writes goes through `writeCsv`, so no export can forget to neutralise formula cells.
export { neutraliseCell, restoreCell } from '@shared/domain/csv/formula-cells';

/** One cell of a CSV row as the app holds it; null and undefined are written as empty cells. */
export type CsvCell = string | number | boolean | null | undefined;

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  return String(cell);
}

/**
 * The one CSV writer: a header row and data rows, CRLF line ends (RFC 4180, what spreadsheets and ASC-WDS expect),
 * quoting where needed, and every text cell neutralised against formula injection. Numbers are written as they are:
 * a negative number is a value, not a formula.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const data = rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' ? String(cell) : neutraliseCell(cellText(cell)))),
  );
  return Papa.unparse({ fields: header.map(neutraliseCell), data }, { newline: '\r\n' }) + '\r\n';
}
