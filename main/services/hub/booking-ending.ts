import type { Kysely } from 'kysely';
import type { Database } from '@main/db/schema';
import type { HandlerContext } from '@main/rpc/context';
import { releaseBookingClaims } from './claims';

/** End bookings (cancelled by someone, or released as not used): the status changes and the half-days free up. */
export async function endBookings(
  db: Kysely<Database>,
  ids: readonly string[],
  status: 'cancelled' | 'no_show',
  at: Date,
  by: string,
): Promise<void> {
  if (ids.length === 0) return;
  for (let i = 0; i < ids.length; i += 500)
    await db
      .updateTable('hub_booking')
      .set({ status, ended_at: at.toISOString(), ended_by: by })
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
  await releaseBookingClaims(db, ids);
}

/** Which live bookings (booked, not yet used) a set-up change affects. */
export interface AffectedBookings {
  spaceId?: string;
  date?: string;
  fromDate?: string;
  accountIds?: readonly string[];
}

/**
 * Cancel the live bookings a set-up change affects (inside its transaction) when `confirmed`; otherwise cancel nothing
 * and say how many there are, so the change can be refused until the person confirms.
 */
export async function cancelBookingsWhere(
  ctx: HandlerContext,
  db: Kysely<Database>,
  affected: AffectedBookings,
  confirmed: boolean,
): Promise<{ cancelled: number; refused: number }> {
  if (affected.accountIds && affected.accountIds.length === 0) return { cancelled: 0, refused: 0 };
  let query = db.selectFrom('hub_booking').select('id').where('status', '=', 'booked');
  if (affected.spaceId) query = query.where('space_id', '=', affected.spaceId);
  if (affected.date) query = query.where('date', '=', affected.date);
  if (affected.fromDate) query = query.where('date', '>=', affected.fromDate);
  if (affected.accountIds) query = query.where('account_id', 'in', [...affected.accountIds]);
  const ids = (await query.execute()).map((row) => row.id);
  if (ids.length === 0) return { cancelled: 0, refused: 0 };
  if (!confirmed) return { cancelled: 0, refused: ids.length };
  const caller = ctx.requireCaller();
  await endBookings(db, ids, 'cancelled', ctx.deps.clock.now(), caller.username);
  return { cancelled: ids.length, refused: 0 };
}
