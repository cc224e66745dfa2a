import type { Kysely } from 'kysely';
import type { Database } from '@main/db/schema';

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
 * The ONE place that reads training records for the export: every record of the given staff joined to its course
 * (ASC-WDS category, validity, accreditation). Provider names are not on the ASC-WDS provider list, so an external
 * provider is sent as 999 ("other"); blended delivery counts as face to face, its assessed part.
 */
export async function readTrainingRows(
  db: Kysely<Database>,
  staffIds: readonly string[],
): Promise<TrainingExportRow[]> {
  if (staffIds.length === 0) return [];
  const wanted = new Set(staffIds);
  const rows = await db
    .selectFrom('training_record as r')
    .innerJoin('training_course as c', 'c.id', 'r.course_id')
    .select([
      'r.staff_id',
      'c.ascwds_category',
      'c.name',
      'c.accredited',
      'c.validity_months',
      'r.delivered_by',
      'r.how_delivered',
      'r.completed_on',
      'r.expires_on',
      'r.notes',
    ])
    .orderBy('r.staff_id')
    .orderBy('r.completed_on')
    .execute();
  return rows
    .filter((row) => wanted.has(row.staff_id))
    .map((row) => ({
      staffId: row.staff_id,
      category: row.ascwds_category,
      name: row.name,
      accredited: row.accredited === 1 ? 1 : 0,
      whoDelivered: row.delivered_by === 'in_house' ? 1 : 2,
      providerCode: row.delivered_by === 'in_house' ? null : 999,
      howDelivered: row.how_delivered === 'e_learning' ? 2 : 1,
      validityMonths: row.validity_months,
      completedOn: row.completed_on,
      expiresOn: row.expires_on,
      notes: row.notes,
    }));
}
