import { z } from 'zod';
import { Id, IsoDate, IsoDateTime } from '../common';
import { SpaceKind } from './setup';

/** What a booking covers: a morning, an afternoon or the whole day. */
export const Period = z.enum(['morning', 'afternoon', 'day']);
export type Period = z.infer<typeof Period>;

/** Labels for periods. */
export const PERIOD_LABELS: Record<Period, string> = { morning: 'Morning', afternoon: 'Afternoon', day: 'All day' };

/** Where a booking stands. A desk not checked in in time becomes a no-show and is free for others. */
export const BookingStatus = z.enum(['booked', 'checked_in', 'cancelled', 'no_show']);
export type BookingStatus = z.infer<typeof BookingStatus>;

/** Labels for booking states. */
export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  booked: 'Booked',
  checked_in: 'Checked in',
  cancelled: 'Cancelled',
  no_show: 'Not used (released)',
};

/** A booking as read. `forName` and `organisationName` name the person it is for. */
export const Booking = z.object({
  id: Id,
  spaceId: Id,
  spaceName: z.string(),
  spaceKind: SpaceKind,
  floorName: z.string(),
  date: IsoDate,
  period: Period,
  status: BookingStatus,
  forAccountId: Id,
  forName: z.string(),
  organisationName: z.string().nullable(),
  /** Bookings made together as a weekly series share this. */
  seriesId: Id.nullable(),
  walkIn: z.boolean(),
  createdAt: IsoDateTime,
  checkedInAt: IsoDateTime.nullable(),
});
export type Booking = z.infer<typeof Booking>;

/** Booking one space for one period. Coordinators and managers may book for someone else (`forAccountId`). */
export const BookInput = z.object({
  spaceId: Id,
  date: IsoDate,
  period: Period,
  forAccountId: Id.nullable().default(null),
});
export type BookInput = z.input<typeof BookInput>;

/** The longest weekly series. */
export const MAX_SERIES_WEEKS = 52;

/** A weekly series: the same space and period on the start date's weekday for a number of weeks. */
export const RecurringInput = BookInput.omit({ date: true }).extend({
  startDate: IsoDate,
  weeks: z
    .number({ message: 'Enter the number of weeks' })
    .int()
    .min(2, 'A series runs for at least 2 weeks')
    .max(MAX_SERIES_WEEKS, `A series runs for at most ${MAX_SERIES_WEEKS} weeks`),
});
export type RecurringInput = z.input<typeof RecurringInput>;

/** Booking a series: when some dates collide, nothing is booked unless `bookFreeDatesOnly` says to book the rest. */
export const BookRecurringInput = RecurringInput.extend({ bookFreeDatesOnly: z.boolean().default(false) });
export type BookRecurringInput = z.input<typeof BookRecurringInput>;

/** One date of a series: free to book, or why not. */
export const SeriesDate = z.object({ date: IsoDate, free: z.boolean(), reason: z.string().nullable() });
export type SeriesDate = z.infer<typeof SeriesDate>;

/** What a series would book. */
export const RecurringPreview = z.object({ dates: z.array(SeriesDate), free: z.number().int() });
export type RecurringPreview = z.infer<typeof RecurringPreview>;

/** What booking a series did. */
export const RecurringResult = z.object({
  seriesId: Id,
  booked: z.array(Booking),
  skipped: z.array(SeriesDate),
});
export type RecurringResult = z.infer<typeof RecurringResult>;

/** Cancelling a booking, or it and the rest of its series from its date on. */
export const CancelBookingInput = z.object({ bookingId: Id, wholeSeries: z.boolean().default(false) });
export type CancelBookingInput = z.input<typeof CancelBookingInput>;

/** How a half-day of a space stands for the person asking. */
export const SlotState = z.enum(['free', 'taken', 'yours', 'training', 'closed']);
export type SlotState = z.infer<typeof SlotState>;

/** Labels for slot states (what a visitor reads; never who booked). */
export const SLOT_STATE_LABELS: Record<SlotState, string> = {
  free: 'Free',
  taken: 'Booked',
  yours: 'Your booking',
  training: 'Training session',
  closed: 'Closed',
};

/** The free and taken spaces of a day. */
export const Availability = z.object({
  date: IsoDate,
  open: z.boolean(),
  /** Why the hub is closed that day, in words ("Closed on Sundays", "Christmas Day"). */
  closedReason: z.string().nullable(),
  /** Opening hours that day, minutes of the London day. */
  openMinute: z.number().int().nullable(),
  closeMinute: z.number().int().nullable(),
  spaces: z.array(z.object({ spaceId: Id, morning: SlotState, afternoon: SlotState })),
});
export type Availability = z.infer<typeof Availability>;

/** Listing bookings in a date range (coordinators and managers), optionally for one person or organisation. */
export const BookingQuery = z.object({
  from: IsoDate,
  to: IsoDate,
  accountId: Id.nullable().default(null),
  organisationId: Id.nullable().default(null),
});
export type BookingQuery = z.input<typeof BookingQuery>;

/** A QR code as a grid of dark (true) and light modules, quiet zone included, for the page to draw. */
export const QrCode = z.object({ size: z.number().int(), modules: z.array(z.array(z.boolean())) });
export type QrCode = z.infer<typeof QrCode>;

/** A booking's pass: the signed token the kiosk reads, as text and as a QR code; valid on the booking's day only. */
export const BookingPass = z.object({
  bookingId: Id,
  token: z.string(),
  qr: QrCode,
  date: IsoDate,
  period: Period,
  spaceName: z.string(),
  floorName: z.string(),
  validUntil: IsoDateTime,
});
export type BookingPass = z.infer<typeof BookingPass>;
