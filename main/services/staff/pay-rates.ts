import { sql, type Kysely } from 'kysely';
import type { Database } from '@main/db/schema';

/**
 * Each worker's current hourly rate on a date (latest effective on or before it), grouped in SQL over the (staff_id,
 * effective_from) index.
 */
export async function currentRates(
  db: Kysely<Database>,
  on: string,
  staffIds?: readonly string[],
): Promise<Map<string, number>> {
  // SQLite documents that with max(), the bare columns come from the row holding the maximum.
  let query = db
    .selectFrom('staff_pay_rate')
    .select(['staff_id', 'pence_per_hour', sql<string>`max(effective_from)`.as('effective_from')])
    .where('effective_from', '<=', on)
    .groupBy('staff_id');
  if (staffIds) query = query.where('staff_id', 'in', staffIds.length > 0 ? [...staffIds] : ['']);
  const rows = await query.execute();
  return new Map(rows.map((row) => [row.staff_id, row.pence_per_hour]));
}

/** Set a worker's hourly rate from a date (one rate per date: a second on the same date replaces it). */
export async function putPayRate(
  db: Kysely<Database>,
  row: {
    id: string;
    staffId: string;
    effectiveFrom: string;
    pencePerHour: number;
    note: string | null;
    createdAt: string;
  },
): Promise<void> {
  await db
    .insertInto('staff_pay_rate')
    .values({
      id: row.id,
      staff_id: row.staffId,
      effective_from: row.effectiveFrom,
      pence_per_hour: row.pencePerHour,
      note: row.note,
      created_at: row.createdAt,
    })
    .onConflict((oc) =>
      oc.columns(['staff_id', 'effective_from']).doUpdateSet({ pence_per_hour: row.pencePerHour, note: row.note }),
    )
    .execute();
}

/** The pay history of one worker, newest first. */
export function payHistory(db: Kysely<Database>, staffId: string) {
  return db
    .selectFrom('staff_pay_rate')
    .selectAll()
    .where('staff_id', '=', staffId)
    .orderBy('effective_from', 'desc')
    .execute();
}
