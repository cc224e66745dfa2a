import type { Kysely } from 'kysely';
import { AppError } from '@shared/contract/errors';
import { halvesOfSession, type Half } from '@shared/domain/hub/rules';
import { formatDate } from '@shared/domain/time/format';
import type { Database } from '@main/db/schema';

// The guard against double booking: one row per space, date and half-day, with the store's primary key refusing a
// second. A visitor's booking and a training session in the training room claim the same rows, so the two are one
// calendar. Whatever the checks before it said, two people pressing at the same moment both reach this insert and
// exactly one of them gets the row.

/** The store refused a second claim on the same half-day. */
export function isClaimClash(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** How a clash reads: "the morning of Tue 24 Nov 2026". */
export function halfLabel(date: string, halves: readonly Half[]): string {
  const part = halves.length === 2 ? 'the whole day' : halves[0] === 'am' ? 'the morning' : 'the afternoon';
  return `${part} of ${formatDate(date)}`;
}

/** Claim the halves of a space for a booking (inside the booking's transaction); throws the store's clash. */
export async function claimForBooking(
  db: Kysely<Database>,
  spaceId: string,
  date: string,
  halves: readonly Half[],
  bookingId: string,
): Promise<void> {
  await db
    .insertInto('hub_claim')
    .values(halves.map((half) => ({ space_id: spaceId, date, half, booking_id: bookingId, training_session_id: null })))
    .execute();
}

/** Let go of the claims of bookings (cancelled, not used): the half-days are free for others at once. */
export async function releaseBookingClaims(db: Kysely<Database>, bookingIds: readonly string[]): Promise<void> {
  for (let i = 0; i < bookingIds.length; i += 500)
    await db
      .deleteFrom('hub_claim')
      .where('booking_id', 'in', bookingIds.slice(i, i + 500))
      .execute();
}

/** A training session as the training room's calendar needs it. */
export interface SessionSlot {
  id: string;
  date: string;
  startMinute: number;
  durationMinutes: number;
  venue: string;
  status: string;
}

async function trainingRoom(db: Kysely<Database>): Promise<{ id: string; name: string } | undefined> {
  return db
    .selectFrom('hub_space')
    .select(['id', 'name'])
    .where('kind', '=', 'training_room')
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

// Sessions may share the room's half-days with each other (the training calendar plans its own sessions); only the
// first holds the claim row. When that one lets go, another session the same day takes the half-days it still needs.
async function reclaimForSessions(db: Kysely<Database>, roomId: string, date: string): Promise<void> {
  const sessions = await db
    .selectFrom('training_session')
    .select(['id', 'start_minute', 'duration_minutes'])
    .where('venue', '=', 'hub_room')
    .where('status', '=', 'scheduled')
    .where('date', '=', date)
    .orderBy('start_minute')
    .execute();
  for (const s of sessions) {
    const claimed = await db
      .selectFrom('hub_claim')
      .select('half')
      .where('space_id', '=', roomId)
      .where('date', '=', date)
      .execute();
    const free = halvesOfSession(s.start_minute, s.duration_minutes).filter((h) => !claimed.some((c) => c.half === h));
    if (free.length > 0)
      await db
        .insertInto('hub_claim')
        .values(free.map((half) => ({ space_id: roomId, date, half, booking_id: null, training_session_id: s.id })))
        .execute();
  }
}

/**
 * Make a training session's claim on the hub's training room match the session (inside the session's transaction):
 * a scheduled session in the hub's room claims the half-days it overlaps; a moved, cancelled or elsewhere session
 * lets its old ones go. A half-day a visitor has booked refuses the session with CONFLICT, naming it. Without a
 * training room in the hub, there is nothing to claim.
 */
export async function syncTrainingRoomClaim(db: Kysely<Database>, session: SessionSlot): Promise<void> {
  const room = await trainingRoom(db);
  if (!room) return;
  const before = await db
    .selectFrom('hub_claim')
    .select('date')
    .where('training_session_id', '=', session.id)
    .execute();
  await db.deleteFrom('hub_claim').where('training_session_id', '=', session.id).execute();
  if (session.status === 'scheduled' && session.venue === 'hub_room') {
    const halves = halvesOfSession(session.startMinute, session.durationMinutes);
    const booked = await db
      .selectFrom('hub_claim')
      .select('half')
      .where('space_id', '=', room.id)
      .where('date', '=', session.date)
      .where('half', 'in', halves)
      .where('booking_id', 'is not', null)
      .execute();
    if (booked.length > 0)
      throw new AppError(
        'CONFLICT',
        `The hub's ${room.name} is booked for ${halfLabel(
          session.date,
          booked.map((t) => t.half),
        )}. Choose another time or venue, or ask the hub manager to move that booking.`,
      );
  }
  for (const date of new Set([...before.map((c) => c.date), session.date])) await reclaimForSessions(db, room.id, date);
}

/** Claim the training room for every scheduled hub-room session from a date (when a training room is set up). */
export async function claimSessionsForTrainingRoom(db: Kysely<Database>, fromDate: string): Promise<void> {
  const sessions = await db
    .selectFrom('training_session')
    .select(['id', 'date', 'start_minute', 'duration_minutes', 'venue', 'status'])
    .where('venue', '=', 'hub_room')
    .where('status', '=', 'scheduled')
    .where('date', '>=', fromDate)
    .execute();
  for (const s of sessions)
    await syncTrainingRoomClaim(db, {
      id: s.id,
      date: s.date,
      startMinute: s.start_minute,
      durationMinutes: s.duration_minutes,
      venue: s.venue,
      status: s.status,
    });
}
