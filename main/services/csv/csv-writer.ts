import Papa from 'papaparse';

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection"); a leading
// apostrophe makes it text. Every CSV the app writes goes through `writeCsv`, so no export can forget it.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell of a CSV row as the app holds it; null and undefined are written as empty cells. */
export type CsvCell = string | number | boolean | null | undefined;

/** Neutralise a cell that a spreadsheet would read as a formula. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undo `neutraliseCell` when a file the app wrote is read back (re-importing an export changes nothing). */
export function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

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
