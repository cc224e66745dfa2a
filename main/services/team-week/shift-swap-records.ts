import type { Kysely } from 'kysely';
import type { Database } from '@main/db/schema';
import type { AskedVisit, TeamChange } from './team-change-rules';

/** Record a shift swap's visits on each side as they stand when asked (nothing for a single-visit change). */
export async function recordAskedVisits(trx: Kysely<Database>, requestId: string, change: TeamChange): Promise<void> {
  if (change.asked.length === 0) return;
  await trx
    .insertInto('rota_change_request_visit')
    .values(
      change.asked.map((a) => ({
        request_id: requestId,
        visit_id: a.visitId,
        side: a.staffId === change.fromStaffId ? ('give' as const) : ('take' as const),
        staff_id: a.staffId,
        date: a.date,
        start_minute: a.startMinute,
        duration_minutes: a.durationMinutes,
      })),
    )
    .execute();
}

/** The visits recorded with shift swaps, by request id, each side in time order. */
export async function askedVisitsByRequest(
  db: Kysely<Database>,
  requestIds: readonly string[],
): Promise<Map<string, AskedVisit[]>> {
  const out = new Map<string, AskedVisit[]>();
  if (requestIds.length === 0) return out;
  const rows = await db
    .selectFrom('rota_change_request_visit')
    .selectAll()
    .where('request_id', 'in', [...requestIds])
    .orderBy('request_id')
    .orderBy('side')
    .orderBy('date')
    .orderBy('start_minute')
    .orderBy('visit_id')
    .execute();
  for (const r of rows) {
    const list = out.get(r.request_id) ?? [];
    list.push({
      visitId: r.visit_id,
      staffId: r.staff_id,
      date: r.date,
      startMinute: r.start_minute,
      durationMinutes: r.duration_minutes,
    });
    out.set(r.request_id, list);
  }
  return out;
}

/** The visits recorded with one shift swap. */
export async function askedVisitsOf(db: Kysely<Database>, requestId: string): Promise<AskedVisit[]> {
  return (await askedVisitsByRequest(db, [requestId])).get(requestId) ?? [];
}
