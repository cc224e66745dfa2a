import type { Kysely } from 'kysely';
import { QUALIFICATIONS } from '@shared/domain/pathway/qualifications';
import type { Database } from '@main/db/schema';

/** One achieved qualification for QUALACHnn, and the highest social-care level for SCQUAL. */
export interface QualificationExportRow {
  staffId: string;
  budiCode: number;
  yearAchieved: number;
  socialCareLevel: number | null;
  notes: string | null;
}

/**
 * The ONE place that reads qualifications for the export: the pathway domain's achieved qualifications, each with
 * its RQF level where the code names one (the highest becomes SCQUAL).
 */
export async function readQualificationRows(
  db: Kysely<Database>,
  staffIds: readonly string[],
): Promise<QualificationExportRow[]> {
  if (staffIds.length === 0) return [];
  const wanted = new Set(staffIds);
  const levels = new Map<number, number>(
    QUALIFICATIONS.filter((q) => 'level' in q && typeof q.level === 'number').map((q) => [q.code, q.level as number]),
  );
  const rows = await db
    .selectFrom('staff_qualification')
    .select(['staff_id', 'qualification_code', 'year_achieved', 'notes'])
    .orderBy('staff_id')
    .orderBy('year_achieved')
    .execute();
  return rows
    .filter((row) => wanted.has(row.staff_id))
    .map((row) => ({
      staffId: row.staff_id,
      budiCode: row.qualification_code,
      yearAchieved: row.year_achieved,
      socialCareLevel: levels.get(row.qualification_code) ?? null,
      notes: row.notes,
    }));
}
