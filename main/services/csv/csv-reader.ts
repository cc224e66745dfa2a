import Papa from 'papaparse';
import { restoreCell } from '@shared/domain/csv/formula-cells';

/**
 * The one CSV reader for imports: rows of cells, the header first. A byte-order mark (spreadsheets save one) is
 * dropped, blank lines are skipped, and cells the app's own export neutralised against formula injection read back
 * as they were typed.
 */
export function readCsvRows(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', transform: restoreCell }).data;
}
