import type { Kysely } from 'kysely';
import type { Database } from '@main/db/schema';
import type { HandlerContext } from '@main/rpc/context';
import { recordSickness, sicknessRecordedOn } from '@main/services/availability/availability-service';
import { wallClockNow } from '@main/services/actuals/wall-clock';

/**
 * A worker who gives up a visit because they are unwell is off sick that day: record it through the sickness
 * service, in the give-up's transaction, so sick pay and the sickness report follow as for any sickness recorded.
 * From now when the visit is today, else from the start of its day; a day already recorded is left as it is (a
 * worker giving up a second visit that day). Whether it recorded one.
 */
export async function recordSicknessForGiveUp(
  ctx: HandlerContext,
  trx: Kysely<Database>,
  staffId: string,
  date: string,
  reason: string,
): Promise<boolean> {
  if (await sicknessRecordedOn(trx, staffId, date)) return false;
  const now = wallClockNow(ctx);
  await recordSickness(
    ctx,
    {
      staffId,
      startDate: date,
      startMinute: date === now.date ? now.minute : 0,
      expectedEndDate: date,
      note: reason,
    },
    trx,
  );
  return true;
}
