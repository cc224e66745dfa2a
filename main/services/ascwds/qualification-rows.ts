import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** One achieved qualification for QUALACHnn, and the highest social-care level for SCQUAL. */
export interface QualificationExportRow {
  staffId: string;
  budiCode: number;
  yearAchieved: number;
  socialCareLevel: number | null;
  notes: string | null;
}

/**
 * The ONE place that reads qualifications for the export. The pathway domain owns `staff_qualification`; until its
 * branch is merged the table does not exist here, so SCQUAL is 999 and no QUALACH columns are filled.
 */
export async function readQualificationRows(db: Kysely<Database>, staffIds: readonly string[]): Promise<QualificationExportRow[]> {
  const exists = await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'staff_qualification'`.execute(db);
  if (Number(exists.rows[0]?.n ?? 0) === 0 || staffIds.length === 0) return [];
  return [];
}
