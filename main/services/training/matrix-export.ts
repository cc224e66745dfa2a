import { CELL_LABELS, CELL_STATUS_BY_CODE } from '@shared/domain/training/expiry';
import type { Matrix } from '@shared/domain/training/matrix';
import { jobRoleLabel } from '@shared/domain/staff/job-roles';
import type { HandlerContext } from '@main/rpc/context';
import { writeCsv } from '../csv/csv-writer';
import { trainingMatrix, type ParsedMatrixQuery } from './matrix-service';

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

/** The matrix the caller may see, as CSV; the export itself is audited (it carries people's training out). */
export async function exportMatrix(
  ctx: HandlerContext,
  query: ParsedMatrixQuery & { order: MatrixOrder },
): Promise<{ csv: string; fileName: string; rows: number }> {
  const exported = matrixCsv(await trainingMatrix(ctx, query), query.order);
  await ctx.deps.db.transaction().execute((trx) =>
    ctx.audit(trx, {
      action: 'training.exportMatrix',
      entity: 'training',
      entityId: null,
      outcome: 'success',
      detail: `${exported.rows} rows`,
    }),
  );
  return exported;
}
