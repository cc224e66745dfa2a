import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** One training record as the ASC-WDS training file needs it (codes already BUDI). */
export interface TrainingExportRow {
  staffId: string;
  category: number;
  name: string;
  accredited: 0 | 1 | 999 | null;
  whoDelivered: 1 | 2 | null;
  providerCode: number | null;
  howDelivered: 1 | 2 | null;
  validityMonths: number | null;
  completedOn: string | null;
  expiresOn: string | null;
  notes: string | null;
}

/**
 * The ONE place that reads training records for the export. The training domain owns `training_record`; until its
 * branch is merged the table does not exist here and the export has no training rows. The lead points this query
 * at the real columns when merging.
 */
export async function readTrainingRows(db: Kysely<Database>, staffIds: readonly string[]): Promise<TrainingExportRow[]> {
  const exists = await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'training_record'`.execute(db);
  if (Number(exists.rows[0]?.n ?? 0) === 0 || staffIds.length === 0) return [];
  return [];
}
