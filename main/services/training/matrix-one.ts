import type { Kysely } from 'kysely';
import { CELL_STATUS_BY_CODE, type CellStatus } from '@shared/domain/training/expiry';
import type { Database } from '@main/db/schema';
import { computeMatrixRows } from './matrix-service';

/** One person's matrix row as a list of required courses with their status and latest expiry. */
export async function computeMatrixForStaff(
  db: Kysely<Database>,
  staffId: string,
  today: string,
): Promise<{ courseId: string; courseName: string; status: CellStatus; expiresOn: string | null }[]> {
  const matrix = await computeMatrixRows(db, today, [staffId]);
  const row = matrix.rows[0];
  if (!row) return [];
  return matrix.courses.map((course, i) => ({
    courseId: course.id,
    courseName: course.name,
    status: CELL_STATUS_BY_CODE[row.cells[i] ?? '-'] ?? 'not_required',
    expiresOn: row.expiries[i] ?? null,
  }));
}
