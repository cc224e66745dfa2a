// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection"); a leading
// apostrophe makes it text. Pure, so the branch's CSV writer and the council's exports share one rule.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralise a cell that a spreadsheet would read as a formula. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undo `neutraliseCell` when a file the app wrote is read back (re-importing an export changes nothing). */
export function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
