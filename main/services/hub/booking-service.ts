import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import { AppError, type Issue } from '@shared/contract/errors';
import type {
  BookInput,
  Booking,
  BookingQuery,
  BookRecurringInput,
  CancelBookingInput,
  Period,
  RecurringInput,
  RecurringPreview,
  RecurringResult,
  SeriesDate,
} from '@shared/domain/hub/bookings';
import { bookingRefusal, halvesOf, hoursOn, periodWindow, seriesDates, type Half } from '@shared/domain/hub/rules';
import { formatDate } from '@shared/domain/time/format';
import { londonDate, londonMinute } from '@shared/domain/time/london';
import type { Database, HubSpaceTable } from '@main/db/schema';
import type { BackendDeps, HandlerContext } from '@main/rpc/context';
import { endBookings } from './booking-ending';
import { readBooking, readBookings } from './booking-rows';
import { claimForBooking, halfLabel, isClaimClash } from './claims';
import { assertOwnOrManaged, bookingHolder, managesBookings, type BookingHolder } from './hub-access';
import { readHubCalendar, type HubCalendar } from './hub-calendar';
import { sweepHub } from './housekeeping';
import { requireSpace } from './setup-service';

/** What a booking is about to be: a space, a date and a period, for someone. */
interface Wanted {
  space: { id: string; name: string };
  date: string;
  period: Period;
  holder: BookingHolder;
}

/** Why a booking cannot be made: a bad date or period (named), or a clash with another claim (field null). */
export interface BookingProblem {
  field: 'date' | 'period' | null;
  message: string;
}

/** Why a space cannot be booked for a period on a date, or null when it can (as the store stands now). */
export async function bookingProblem(
  db: Kysely<Database>,
  deps: BackendDeps,
  calendar: HubCalendar,
  wanted: Wanted,
): Promise<BookingProblem | null> {
  const now = deps.clock.now();
  const today = londonDate(now);
  if (wanted.date < today) return { field: 'date', message: `${formatDate(wanted.date)} has passed.` };
  const refusal = bookingRefusal(calendar.hours, calendar.closed, wanted.date, wanted.period);
  if (refusal !== null) return { field: refusal.startsWith('The hub is closed') ? 'date' : 'period', message: refusal };
  const day = hoursOn(calendar.hours, wanted.date);
  const window = day ? periodWindow(day, wanted.period) : null;
  if (wanted.date === today && window !== null && window.end <= londonMinute(now))
    return { field: 'period', message: `The ${wanted.period === 'day' ? 'day' : wanted.period} of today is over.` };
  const clash = await clashOf(db, wanted);
  return clash === null ? null : { field: null, message: clash };
}

async function clashOf(db: Kysely<Database>, wanted: Wanted): Promise<string | null> {
  const halves = halvesOf(wanted.period);
  const claims = await db
    .selectFrom('hub_claim')
    .select(['half', 'training_session_id'])
    .where('space_id', '=', wanted.space.id)
    .where('date', '=', wanted.date)
    .where('half', 'in', halves)
    .execute();
  if (claims.some((c) => c.training_session_id !== null))
    return `${wanted.space.name} is in use for a training session on ${halfLabel(wanted.date, halves)}.`;
  if (claims.length > 0)
    return `${wanted.space.name} is already booked for ${halfLabel(
      wanted.date,
      claims.map((c) => c.half),
    )}.`;
  const own = await ownBookingAt(db, wanted.holder.accountId, wanted.date, halves);
  if (own !== null)
    return `${wanted.holder.name} already has ${own} booked for ${halfLabel(wanted.date, halves).replace(/^the whole day/, 'that day')}.`;
  return null;
}

// A person sits in one place at a time: the space they already hold for any of these halves, if any.
async function ownBookingAt(
  db: Kysely<Database>,
  accountId: string,
  date: string,
  halves: readonly Half[],
): Promise<string | null> {
  const row = await db
    .selectFrom('hub_claim as c')
    .innerJoin('hub_booking as b', 'b.id', 'c.booking_id')
    .innerJoin('hub_space as s', 's.id', 'c.space_id')
    .select('s.name')
    .where('b.account_id', '=', accountId)
    .where('c.date', '=', date)
    .where('c.half', 'in', [...halves])
    .executeTakeFirst();
  return row?.name ?? null;
}

/** How a booking is made. */
export interface BookingOrigin {
  seriesId: string | null;
  walkIn: boolean;
  createdBy: string;
  /** A walk-in signs in as they book. */
  checkedInAt: string | null;
}

/**
 * Insert a booking and claim its half-days (inside the caller's transaction). The claim is the guard: a second
 * booking of the same half-day is refused by the store, here turned into CONFLICT in plain words.
 */
export async function insertBooking(
  db: Kysely<Database>,
  deps: BackendDeps,
  wanted: Wanted,
  origin: BookingOrigin,
): Promise<string> {
  const id = deps.ids();
  await db
    .insertInto('hub_booking')
    .values({
      id,
      space_id: wanted.space.id,
      date: wanted.date,
      period: wanted.period,
      account_id: wanted.holder.accountId,
      organisation_id: wanted.holder.organisationId,
      status: origin.checkedInAt === null ? 'booked' : 'checked_in',
      series_id: origin.seriesId,
      walk_in: origin.walkIn ? 1 : 0,
      created_at: deps.clock.now().toISOString(),
      created_by: origin.createdBy,
      checked_in_at: origin.checkedInAt,
      ended_at: null,
      ended_by: null,
    })
    .execute();
  const halves = halvesOf(wanted.period);
  try {
    await claimForBooking(db, wanted.space.id, wanted.date, halves, id);
  } catch (error) {
    if (!isClaimClash(error)) throw error;
    throw new AppError(
      'CONFLICT',
      `Someone else has just booked ${wanted.space.name} for ${halfLabel(wanted.date, halves)}. ` +
        'Choose another space or time.',
      { reason: 'taken' },
    );
  }
  return id;
}

async function spaceFor(db: Kysely<Database>, spaceId: string): Promise<Selectable<HubSpaceTable>> {
  return requireSpace(db, spaceId).catch(() => {
    throw AppError.field(['spaceId'], 'Choose a space from the list.');
  });
}

/** Book a space for a period on a date, for the caller or (coordinators, managers) for someone else. */
export async function book(ctx: HandlerContext, input: z.output<typeof BookInput>): Promise<Booking> {
  const db = ctx.deps.db;
  const caller = ctx.requireCaller();
  await sweepHub(ctx.deps);
  const holder = await bookingHolder(ctx, input.forAccountId);
  const space = await spaceFor(db, input.spaceId);
  const wanted = { space, date: input.date, period: input.period, holder };
  const calendar = await readHubCalendar(db, input.date);
  const problem = await bookingProblem(db, ctx.deps, calendar, wanted);
  if (problem?.field) throw AppError.field([problem.field], problem.message);
  if (problem) throw new AppError('CONFLICT', problem.message, { reason: 'taken' });
  const id = await db.transaction().execute(async (trx) => {
    const bookingId = await insertBooking(trx, ctx.deps, wanted, {
      seriesId: null,
      walkIn: false,
      createdBy: caller.username,
      checkedInAt: null,
    });
    await ctx.audit(trx, {
      action: 'hub.book',
      entity: 'hub_booking',
      entityId: bookingId,
      outcome: 'success',
      detail:
        `${space.name} ${input.date} ${input.period}` + (holder.accountId === caller.accountId ? '' : ' for another'),
    });
    return bookingId;
  });
  ctx.deps.events.publish('hub.changed', { ids: [id] });
  const booking = await readBooking(db, id);
  if (!booking) throw new AppError('NOT_FOUND', 'That booking does not exist.');
  return booking;
}

async function seriesPlan(
  ctx: HandlerContext,
  input: z.output<typeof RecurringInput>,
): Promise<{ dates: SeriesDate[]; wanted: Omit<Wanted, 'date'> }> {
  const db = ctx.deps.db;
  const holder = await bookingHolder(ctx, input.forAccountId);
  const space = await spaceFor(db, input.spaceId);
  const calendar = await readHubCalendar(db, input.startDate);
  const wanted = { space, period: input.period, holder };
  const dates: SeriesDate[] = [];
  for (const date of seriesDates(input.startDate, input.weeks)) {
    const problem = await bookingProblem(db, ctx.deps, calendar, { ...wanted, date });
    dates.push({ date, free: problem === null, reason: problem?.message ?? null });
  }
  return { dates, wanted };
}

/** Which dates of a weekly series are free, and why the others are not. */
export async function previewSeries(
  ctx: HandlerContext,
  input: z.output<typeof RecurringInput>,
): Promise<RecurringPreview> {
  await sweepHub(ctx.deps);
  const { dates } = await seriesPlan(ctx, input);
  return { dates, free: dates.filter((d) => d.free).length };
}

/**
 * Book a weekly series. When some dates collide, nothing is booked and the answer names each of them, unless the
 * person asked to book the free dates only; then those are booked together and the others listed as skipped.
 */
export async function bookSeries(
  ctx: HandlerContext,
  input: z.output<typeof BookRecurringInput>,
): Promise<RecurringResult> {
  const caller = ctx.requireCaller();
  await sweepHub(ctx.deps);
  const { dates, wanted } = await seriesPlan(ctx, input);
  const blocked = dates.filter((d) => !d.free);
  const free = dates.filter((d) => d.free);
  if (free.length === 0)
    throw new AppError('CONFLICT', 'None of the dates in this series can be booked.', {
      issues: blocked.map((d) => ({ path: ['startDate'], message: `${formatDate(d.date)}: ${d.reason ?? ''}` })),
    });
  if (blocked.length > 0 && !input.bookFreeDatesOnly) {
    const issues: Issue[] = blocked.map((d) => ({
      path: ['startDate'],
      message: `${formatDate(d.date)}: ${d.reason ?? ''}`,
    }));
    throw new AppError(
      'CONFLICT',
      `${blocked.length} of the ${dates.length} dates cannot be booked. Book the other ${free.length}, ` +
        'or choose another space or time.',
      { issues, reason: 'series_collides' },
    );
  }
  const seriesId = ctx.deps.ids();
  const ids = await ctx.deps.db.transaction().execute(async (trx) => {
    const made: string[] = [];
    for (const { date } of free)
      made.push(
        await insertBooking(
          trx,
          ctx.deps,
          { ...wanted, date },
          {
            seriesId,
            walkIn: false,
            createdBy: caller.username,
            checkedInAt: null,
          },
        ),
      );
    await ctx.audit(trx, {
      action: 'hub.bookSeries',
      entity: 'hub_booking',
      entityId: seriesId,
      outcome: 'success',
      detail:
        `${wanted.space.name} ${input.period}, ${made.length} dates from ${input.startDate}, ` +
        `${blocked.length} skipped`,
    });
    return made;
  });
  ctx.deps.events.publish('hub.changed', { ids });
  return { seriesId, booked: await readBookings(ctx.deps.db, { ids }), skipped: blocked };
}

/** Cancel a booking (or it and the rest of its series): the half-days are free for others at once. */
export async function cancelBooking(
  ctx: HandlerContext,
  input: z.output<typeof CancelBookingInput>,
): Promise<{ cancelled: number }> {
  const db = ctx.deps.db;
  const caller = ctx.requireCaller();
  const booking = await readBooking(db, input.bookingId);
  if (!booking) throw new AppError('NOT_FOUND', 'That booking does not exist.');
  assertOwnOrManaged(ctx, booking);
  if (booking.status !== 'booked')
    throw new AppError(
      'CONFLICT',
      booking.status === 'checked_in'
        ? 'This booking is in use (checked in), so it cannot be cancelled.'
        : 'This booking has already ended.',
    );
  if (booking.date < londonDate(ctx.deps.clock.now())) throw new AppError('CONFLICT', 'This booking is in the past.');
  const ids =
    input.wholeSeries && booking.seriesId !== null
      ? (await readBookings(db, { seriesId: booking.seriesId, from: booking.date }))
          .filter((b) => b.status === 'booked')
          .map((b) => b.id)
      : [booking.id];
  await db.transaction().execute(async (trx) => {
    await endBookings(trx, ids, 'cancelled', ctx.deps.clock.now(), caller.username);
    await ctx.audit(trx, {
      action: 'hub.cancelBooking',
      entity: 'hub_booking',
      entityId: booking.id,
      outcome: 'success',
      detail: `${ids.length} cancelled`,
    });
  });
  ctx.deps.events.publish('hub.changed', { ids });
  return { cancelled: ids.length };
}

/** The caller's own bookings from a date (today by default). */
export async function myBookings(ctx: HandlerContext, from: string | null): Promise<Booking[]> {
  const caller = ctx.requireCaller();
  await sweepHub(ctx.deps);
  return readBookings(ctx.deps.db, { accountId: caller.accountId, from: from ?? londonDate(ctx.deps.clock.now()) });
}

/** Everyone's bookings in a range (coordinators and managers). */
export async function listBookings(ctx: HandlerContext, query: z.output<typeof BookingQuery>): Promise<Booking[]> {
  if (!managesBookings(ctx.requireCaller())) throw new AppError('FORBIDDEN', 'Your role does not allow this.');
  if (query.to < query.from) throw AppError.field(['to'], 'The end date must be on or after the start date');
  await sweepHub(ctx.deps);
  return readBookings(ctx.deps.db, {
    from: query.from,
    to: query.to,
    accountId: query.accountId,
    organisationId: query.organisationId,
  });
}
