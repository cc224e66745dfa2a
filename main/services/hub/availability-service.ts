import type { Availability, SlotState } from '@shared/domain/hub/bookings';
import { closedReason, hoursOn, periodWindow, type Half } from '@shared/domain/hub/rules';
import type { HandlerContext } from '@main/rpc/context';
import { readHubCalendar } from './hub-calendar';
import { sweepHub } from './housekeeping';

/**
 * Each space's morning and afternoon on a date, as the caller may see it: free, taken (never by whom), theirs,
 * a training session, or closed. Two indexed reads (the day's claims, and the caller's own bookings among them).
 */
export async function availability(ctx: HandlerContext, date: string): Promise<Availability> {
  const caller = ctx.requireCaller();
  const db = ctx.deps.db;
  await sweepHub(ctx.deps);
  const [calendar, spaces, claims] = await Promise.all([
    readHubCalendar(db, date),
    db.selectFrom('hub_space').select('id').where('removed_at', 'is', null).orderBy('name').execute(),
    db
      .selectFrom('hub_claim as c')
      .leftJoin('hub_booking as b', 'b.id', 'c.booking_id')
      .select(['c.space_id', 'c.half', 'c.training_session_id', 'b.account_id'])
      .where('c.date', '=', date)
      .execute(),
  ]);
  const reason = closedReason(calendar.hours, calendar.closed, date);
  const day = hoursOn(calendar.hours, date);
  const opens = (half: Half) =>
    reason === null && day !== undefined && periodWindow(day, half === 'am' ? 'morning' : 'afternoon') !== null;
  const states = new Map<string, SlotState>();
  for (const claim of claims) {
    const state: SlotState =
      claim.training_session_id !== null ? 'training' : claim.account_id === caller.accountId ? 'yours' : 'taken';
    states.set(`${claim.space_id}|${claim.half}`, state);
  }
  const slot = (spaceId: string, half: Half): SlotState =>
    states.get(`${spaceId}|${half}`) ?? (opens(half) ? 'free' : 'closed');
  return {
    date,
    open: reason === null,
    closedReason: reason,
    openMinute: reason === null && day ? day.openMinute : null,
    closeMinute: reason === null && day ? day.closeMinute : null,
    spaces: spaces.map((s) => ({ spaceId: s.id, morning: slot(s.id, 'am'), afternoon: slot(s.id, 'pm') })),
  };
}
