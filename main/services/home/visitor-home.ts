import type { VisitorHome } from '@shared/domain/home/home';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import { myBookings } from '../hub/booking-service';

/** A hub visitor's coming bookings (from today), as the hub's own booking list gives them. */
export async function visitorHome(ctx: HandlerContext): Promise<VisitorHome> {
  const today = londonDate(ctx.deps.clock.now());
  const bookings = await myBookings(ctx, today);
  return { today, bookings: bookings.filter((b) => b.status !== 'cancelled') };
}
