import { CELL_LABELS, CELL_STATUS_BY_CODE } from '@shared/domain/training/expiry';
import type { Matrix } from '@shared/domain/training/matrix';
import { jobRoleLabel } from '@shared/domain/staff/job-roles';
import { writeCsv } from '../csv/csv-writer';

/** The order the matrix page offers: by name, or those with most gaps first. */
export type MatrixOrder = 'name' | 'worst';

/**
 * The training matrix as the page shows it, as CSV: one row per person, a status per course, then the share
 * compliant.
 */
export function matrixCsv(matrix: Matrix, order: MatrixOrder): { csv: string; fileName: string; rows: number } {
  const rows = [...matrix.rows];
  if (order === 'worst') rows.sort((a, b) => b.gaps - a.gaps || a.name.localeCompare(b.name));
  const header = ['Staff reference', 'Name', 'Job role', ...matrix.courses.map((c) => c.name)];
  const body = rows.map((row) => [
    row.reference,
    row.name,
    jobRoleLabel(row.jobRole),
    ...matrix.courses.map((_, i) => {
      const status = CELL_STATUS_BY_CODE[row.cells[i] ?? '-'] ?? 'not_required';
      const expiry = row.expiries[i];
      return status === 'not_required' ? '' : `${CELL_LABELS[status]}${expiry ? ` (expires ${expiry})` : ''}`;
    }),
  ]);
  const summary = ['', 'Share compliant', '', ...matrix.courses.map((c) => `${Math.round(c.compliantShare * 100)}%`)];
  return {
    csv: writeCsv(header, [...body, summary]),
    fileName: `training-matrix-${matrix.onDate}.csv`,
    rows: rows.length,
  };
}
