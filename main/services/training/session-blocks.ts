import type { Kysely } from 'kysely';
import type { SessionBlock } from '@shared/domain/training/sessions';
import type { Database } from '@main/db/schema';

/**
 * Booked training as working-time blocks for the rota (Europe/London wall clock): training happens in paid work time
 * (Ethical Care Charter stage 2). Cancelled sessions and people marked absent are not blocks.
 */
export async function sessionBlocksForStaff(
  db: Kysely<Database>,
  staffIds: readonly string[],
  fromDate: string,
  toDate: string,
): Promise<SessionBlock[]> {
  if (staffIds.length === 0) return [];
  const wanted = new Set(staffIds);
  let query = db
    .selectFrom('training_booking as b')
    .innerJoin('training_session as s', 's.id', 'b.session_id')
    .select(['b.staff_id', 's.date', 's.start_minute', 's.duration_minutes', 's.id'])
    .where('s.status', '=', 'scheduled')
    .where('s.date', '>=', fromDate)
    .where('s.date', '<=', toDate)
    .where((eb) => eb.or([eb('b.outcome', 'is', null), eb('b.outcome', '!=', 'absent')]));
  if (staffIds.length <= 500) query = query.where('b.staff_id', 'in', [...wanted]);
  const rows = await query.orderBy('s.date').orderBy('s.start_minute').execute();
  return rows
    .filter((row) => wanted.has(row.staff_id))
    .map((row) => ({
      staffId: row.staff_id,
      date: row.date,
      startMinute: row.start_minute,
      durationMinutes: row.duration_minutes,
      sessionId: row.id,
    }));
}
