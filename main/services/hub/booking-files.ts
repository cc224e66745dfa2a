import { encode } from 'uqr';
import { AppError } from '@shared/contract/errors';
import { PERIOD_LABELS, type Booking, type BookingPass } from '@shared/domain/hub/bookings';
import { hoursOn, MIDDAY_MINUTE, periodWindow } from '@shared/domain/hub/rules';
import type { FileOut } from '@shared/domain/rota-board/board';
import { londonDate } from '@shared/domain/time/london';
import type { HandlerContext } from '@main/rpc/context';
import { writeIcs } from '../rota/ics';
import { readBooking } from './booking-rows';
import { assertOwnOrManaged } from './hub-access';
import { readOpeningHours } from './hub-calendar';
import { londonInstant } from './london-time';
import { signPass } from './pass-token';

async function ownBooking(ctx: HandlerContext, bookingId: string): Promise<Booking> {
  const booking = await readBooking(ctx.deps.db, bookingId);
  if (!booking) throw new AppError('NOT_FOUND', 'That booking does not exist.');
  assertOwnOrManaged(ctx, booking);
  return booking;
}

/** Start and end of a booking in London minutes (the opening hours of its day; a half-day either side of 13:00). */
async function bookingWindow(ctx: HandlerContext, booking: Booking): Promise<{ start: number; end: number }> {
  const day = hoursOn(await readOpeningHours(ctx.deps.db), booking.date);
  const window = day ? periodWindow(day, booking.period) : null;
  if (window) return window;
  // The hours changed after it was booked; the booking still stands for its half of the day.
  if (booking.period === 'morning') return { start: 9 * 60, end: MIDDAY_MINUTE };
  if (booking.period === 'afternoon') return { start: MIDDAY_MINUTE, end: 17 * 60 };
  return { start: 9 * 60, end: 17 * 60 };
}

async function branchName(ctx: HandlerContext): Promise<string> {
  const branch = await ctx.deps.db.selectFrom('branch').select('branch_name').executeTakeFirst();
  return branch?.branch_name ?? 'The hub';
}

/** A booking as an .ics calendar file (UTC times, so calendars place it right across clock changes). */
export async function bookingIcs(ctx: HandlerContext, bookingId: string): Promise<FileOut> {
  const booking = await ownBooking(ctx, bookingId);
  if (booking.status === 'cancelled') throw new AppError('CONFLICT', 'This booking was cancelled.');
  const window = await bookingWindow(ctx, booking);
  const place = await branchName(ctx);
  const text = writeIcs(
    `${place} booking`,
    [
      {
        uid: `${booking.id}@neighbourhood-hub`,
        startUtcMs: londonInstant(booking.date, window.start).getTime(),
        endUtcMs: londonInstant(booking.date, window.end).getTime(),
        summary: `${booking.spaceName} at ${place}`,
        location: `${place}, ${booking.floorName}`,
        description: `${PERIOD_LABELS[booking.period]} booking. Sign in at the kiosk when you arrive.`,
      },
    ],
    ctx.deps.clock.now().getTime(),
  );
  return {
    filename: `hub-booking-${booking.date}.ics`,
    mediaType: 'text/calendar',
    base64: Buffer.from(text, 'utf8').toString('base64'),
  };
}

/** A booking's pass: the signed code the kiosk reads, valid on the booking's day until its period ends. */
export async function bookingPass(ctx: HandlerContext, bookingId: string): Promise<BookingPass> {
  const booking = await ownBooking(ctx, bookingId);
  if (booking.status === 'cancelled' || booking.status === 'no_show')
    throw new AppError('CONFLICT', 'This booking has ended, so it has no pass.');
  if (booking.date < londonDate(ctx.deps.clock.now())) throw new AppError('CONFLICT', 'This booking is in the past.');
  const window = await bookingWindow(ctx, booking);
  const validUntil = londonInstant(booking.date, window.end);
  const token = signPass(ctx.deps.keys, {
    bookingId: booking.id,
    date: booking.date,
    validUntilMs: validUntil.getTime(),
  });
  const qr = encode(token, { ecc: 'M', border: 2 });
  return {
    bookingId: booking.id,
    token,
    qr: { size: qr.size, modules: qr.data },
    date: booking.date,
    period: booking.period,
    spaceName: booking.spaceName,
    floorName: booking.floorName,
    validUntil: validUntil.toISOString(),
  };
}
