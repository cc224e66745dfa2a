import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { AppError } from '@shared/contract/errors';
import type {
  KioskContractorSignIn,
  KioskCredentials,
  KioskNameSignIn,
  KioskPassSignIn,
  KioskReceipt,
  KioskSignOut,
  KioskStatus,
} from '@shared/domain/hub/kiosk';
import { closedReason, hoursOn, periodWindow } from '@shared/domain/hub/rules';
import { formatDate } from '@shared/domain/time/format';
import { londonDate, londonMinute } from '@shared/domain/time/london';
import type { Database } from '@main/db/schema';
import type { HandlerContext } from '@main/rpc/context';
import { checkCredentials } from '../auth/sign-in';
import { endKioskSession } from '../auth/kiosk-sessions';
import { bookingProblem, insertBooking } from './booking-service';
import { holderOf, requireKiosk } from './hub-access';
import { readHubCalendar } from './hub-calendar';
import { currentHalf, sweepHub } from './housekeeping';
import { checkPass } from './pass-token';
import { closePresence, insertPresence, openRollCallId, type NewPresence } from './presence-service';
import { requireSpace } from './setup-service';

// The kiosk answers the person standing at it and no one else: every answer is about the hub or about that person's
// own sign-in, never a name or a list of people. Failures say what to do next, in words a visitor can act on.

async function refuseDuringEvacuation(db: Kysely<Database>): Promise<void> {
  if ((await openRollCallId(db)) !== null)
    throw new AppError(
      'CONFLICT',
      'The building is being evacuated. Do not enter: go to the assembly point and follow the staff.',
      { reason: 'evacuation' },
    );
}

async function freeSpacesNow(ctx: HandlerContext): Promise<KioskStatus['freeSpaces']> {
  const today = londonDate(ctx.deps.clock.now());
  const half = currentHalf(ctx.deps);
  const rows = await ctx.deps.db
    .selectFrom('hub_space as s')
    .innerJoin('hub_floor as f', 'f.id', 's.floor_id')
    .select(['s.id', 's.name', 's.kind', 'f.name as floor_name'])
    .where('s.removed_at', 'is', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('hub_claim as c')
            .select('c.space_id')
            .whereRef('c.space_id', '=', 's.id')
            .where('c.date', '=', today)
            .where('c.half', '=', half),
        ),
      ),
    )
    .orderBy('f.position')
    .orderBy('s.name')
    .execute();
  return rows.map((row) => ({ spaceId: row.id, name: row.name, floorName: row.floor_name, kind: row.kind }));
}

/** The kiosk's start screen. */
export async function kioskStatus(ctx: HandlerContext): Promise<KioskStatus> {
  const kiosk = requireKiosk(ctx);
  const db = ctx.deps.db;
  await sweepHub(ctx.deps);
  const now = ctx.deps.clock.now();
  const today = londonDate(now);
  const calendar = await readHubCalendar(db, today);
  const reason = closedReason(calendar.hours, calendar.closed, today);
  const branch = await db.selectFrom('branch').select('branch_name').executeTakeFirst();
  const organisations = await db
    .selectFrom('hub_organisation')
    .select(['id', 'name'])
    .where('removed_at', 'is', null)
    .orderBy('name')
    .execute();
  return {
    kioskName: kiosk.name,
    branchName: branch?.branch_name ?? 'The hub',
    today,
    minute: londonMinute(now),
    open: reason === null,
    closedReason: reason,
    evacuation: (await openRollCallId(db)) !== null,
    houseRules: calendar.settings.houseRules,
    organisations,
    freeSpaces: reason === null ? await freeSpacesNow(ctx) : [],
  };
}

function receipt(message: string, place: { spaceName: string; floorName: string } | null): KioskReceipt {
  return { message, spaceName: place?.spaceName ?? null, floorName: place?.floorName ?? null };
}

async function placeOf(db: Kysely<Database>, spaceId: string): Promise<{ spaceName: string; floorName: string }> {
  const row = await db
    .selectFrom('hub_space as s')
    .innerJoin('hub_floor as f', 'f.id', 's.floor_id')
    .select(['s.name', 'f.name as floor_name'])
    .where('s.id', '=', spaceId)
    .executeTakeFirstOrThrow();
  return { spaceName: row.name, floorName: row.floor_name };
}

async function isVisitor(db: Kysely<Database>, accountId: string): Promise<boolean> {
  const row = await db
    .selectFrom('account_role')
    .select('role')
    .where('account_id', '=', accountId)
    .where('role', '=', 'visitor')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Record an arrival in one transaction: `prepare` first does what the sign-in needs in the store (check a booking in,
 * book a walk-in's space) and answers any fields of the sign-in it decides; then the sign-in and its audit entry.
 */
async function recordArrival(
  ctx: HandlerContext,
  presence: Pick<NewPresence, 'kind' | 'signed_in_via'> & Partial<NewPresence>,
  detail: string,
  prepare: (trx: Kysely<Database>) => Promise<Partial<NewPresence>> = () => Promise.resolve({}),
): Promise<void> {
  await ctx.deps.db.transaction().execute(async (trx) => {
    const decided = await prepare(trx);
    const presenceId = await insertPresence(trx, ctx.deps, {
      account_id: null,
      organisation_id: null,
      guest_name: null,
      guest_company: null,
      booking_id: null,
      space_id: null,
      date: londonDate(ctx.deps.clock.now()),
      ...presence,
      ...decided,
    });
    await ctx.audit(trx, {
      action: 'hub.kiosk.signIn',
      entity: 'hub_presence',
      entityId: presenceId,
      outcome: 'success',
      detail,
    });
  });
  ctx.deps.events.publish('hub.changed', { ids: [] });
}

/** Check in a booking and record the sign-in, in one transaction. */
async function checkInBooking(
  ctx: HandlerContext,
  booking: { id: string; space_id: string; account_id: string; status: string },
  organisationId: string | null,
  via: 'pass' | 'name',
): Promise<KioskReceipt> {
  const db = ctx.deps.db;
  const now = ctx.deps.clock.now();
  const kind = (await isVisitor(db, booking.account_id)) ? 'visitor' : 'staff';
  await recordArrival(
    ctx,
    {
      kind,
      account_id: booking.account_id,
      organisation_id: organisationId,
      booking_id: booking.id,
      space_id: booking.space_id,
      signed_in_via: via,
    },
    `${via}, booking ${booking.id}`,
    async (trx) => {
      // Someone in the building is using all of their bookings today, so none of them is released as not used.
      await trx
        .updateTable('hub_booking')
        .set({ status: 'checked_in', checked_in_at: now.toISOString() })
        .where('account_id', '=', booking.account_id)
        .where('date', '=', londonDate(now))
        .where('status', '=', 'booked')
        .execute();
      return {};
    },
  );
  const place = await placeOf(db, booking.space_id);
  return receipt(`You are signed in. Your space is ${place.spaceName}, ${place.floorName}.`, place);
}

const PASS_REFUSALS = {
  forged: 'This code was not issued by this hub. Sign in with your name instead, or ask at reception.',
  expired: 'This code has expired. Sign in with your name instead.',
} as const;

/** Sign in with a booking's QR code: refused when forged, for another day or expired, or during an evacuation. */
export async function signInWithPass(
  ctx: HandlerContext,
  input: z.output<typeof KioskPassSignIn>,
): Promise<KioskReceipt> {
  requireKiosk(ctx);
  const db = ctx.deps.db;
  await refuseDuringEvacuation(db);
  await sweepHub(ctx.deps);
  const now = ctx.deps.clock.now();
  const check = checkPass(ctx.deps.keys, input.token, londonDate(now), now.getTime());
  if (!check.ok) {
    const message =
      check.reason === 'other_day'
        ? `This code is for ${formatDate(check.claims.date)}, not today.`
        : PASS_REFUSALS[check.reason];
    throw new AppError('VALIDATION', message, { issues: [{ path: ['token'], message }], reason: check.reason });
  }
  const booking = await db
    .selectFrom('hub_booking')
    .select(['id', 'space_id', 'account_id', 'status', 'organisation_id'])
    .where('id', '=', check.claims.bookingId)
    .executeTakeFirst();
  if (!booking) throw AppError.field(['token'], PASS_REFUSALS.forged);
  if (booking.status === 'cancelled') throw new AppError('CONFLICT', 'This booking was cancelled.');
  if (booking.status === 'no_show')
    throw new AppError(
      'CONFLICT',
      'This booking was released because it was not checked in in time. Sign in with your name for a free space.',
    );
  const holder = await holderOf(db, booking.account_id, true);
  return checkInBooking(ctx, booking, holder.organisationId, 'pass');
}

/** The one enabled visitor of an organisation with this name, or a refusal that reveals no one. */
async function visitorByName(db: Kysely<Database>, name: string, organisationId: string): Promise<string> {
  const organisation = await db
    .selectFrom('hub_organisation')
    .select(['name', 'removed_at'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
  if (!organisation) throw AppError.field(['organisationId'], 'Choose your organisation from the list.');
  if (organisation.removed_at !== null)
    throw new AppError(
      'CONFLICT',
      `${organisation.name} is no longer registered with the hub. Please ask at reception.`,
      { reason: 'organisation_removed' },
    );
  const rows = await db
    .selectFrom('hub_visitor as v')
    .innerJoin('account as a', 'a.id', 'v.account_id')
    .select('a.id')
    .where('v.organisation_id', '=', organisationId)
    .where('a.disabled', '=', 0)
    .where((eb) => eb(eb.fn('lower', ['a.display_name']), '=', name.trim().toLowerCase()))
    .execute();
  if (rows.length === 1 && rows[0]) return rows[0].id;
  if (rows.length > 1)
    throw new AppError('CONFLICT', 'More than one visitor has this name. Sign in with the code on your booking.');
  throw new AppError(
    'CONFLICT',
    'We could not find a visitor with that name at that organisation. Check the spelling, or ask at reception.',
    { reason: 'not_found' },
  );
}

/** Sign in by name and organisation: today's booking is used, else a free space is booked as a walk-in. */
export async function signInByName(
  ctx: HandlerContext,
  input: z.output<typeof KioskNameSignIn>,
): Promise<KioskReceipt> {
  const kiosk = requireKiosk(ctx);
  const db = ctx.deps.db;
  await refuseDuringEvacuation(db);
  await sweepHub(ctx.deps);
  const accountId = await visitorByName(db, input.name, input.organisationId);
  const holder = await holderOf(db, accountId, true);
  const now = ctx.deps.clock.now();
  const today = londonDate(now);
  const todays = await db
    .selectFrom('hub_booking')
    .select(['id', 'space_id', 'account_id', 'status', 'period'])
    .where('account_id', '=', accountId)
    .where('date', '=', today)
    .where('status', 'in', ['booked', 'checked_in'])
    .execute();
  const nowPeriod = currentHalf(ctx.deps) === 'am' ? 'morning' : 'afternoon';
  const booking = todays.find((b) => b.period === nowPeriod || b.period === 'day') ?? todays[0];
  if (booking) return checkInBooking(ctx, booking, holder.organisationId, 'name');
  if (input.spaceId === null)
    throw AppError.field(['spaceId'], 'You have no booking today: choose a free space to sign in as a walk-in.');
  const space = await requireSpace(db, input.spaceId).catch(() => {
    throw AppError.field(['spaceId'], 'Choose a free space from the list.');
  });
  const calendar = await readHubCalendar(db, today);
  const day = hoursOn(calendar.hours, today);
  const morningLeft = day !== undefined && currentHalf(ctx.deps) === 'am' && periodWindow(day, 'morning') !== null;
  const wanted = { space, date: today, period: morningLeft ? ('morning' as const) : ('afternoon' as const), holder };
  const problem = await bookingProblem(db, ctx.deps, calendar, wanted);
  if (problem)
    throw new AppError('CONFLICT', problem.message, { issues: [{ path: ['spaceId'], message: problem.message }] });
  await recordArrival(
    ctx,
    {
      kind: 'visitor',
      account_id: accountId,
      organisation_id: holder.organisationId,
      space_id: space.id,
      signed_in_via: 'walk_in',
    },
    'walk-in',
    async (trx) => ({
      booking_id: await insertBooking(trx, ctx.deps, wanted, {
        seriesId: null,
        walkIn: true,
        createdBy: `kiosk ${kiosk.name}`,
        checkedInAt: now.toISOString(),
      }),
    }),
  );
  const place = await placeOf(db, space.id);
  return receipt(`You are signed in. Your space is ${place.spaceName}, ${place.floorName}.`, place);
}

/** A contractor signs in with name and company. */
export async function signInContractor(
  ctx: HandlerContext,
  input: z.output<typeof KioskContractorSignIn>,
): Promise<KioskReceipt> {
  requireKiosk(ctx);
  await refuseDuringEvacuation(ctx.deps.db);
  await sweepHub(ctx.deps);
  await recordArrival(
    ctx,
    { kind: 'contractor', guest_name: input.name, guest_company: input.company, signed_in_via: 'contractor' },
    'contractor',
  );
  return receipt('You are signed in. Please wear your visitor badge and sign out when you leave.', null);
}

const NOT_SIGNED_IN = 'You are not signed in, so there is nothing to sign out of.';

async function openPresenceOfAccount(db: Kysely<Database>, accountId: string): Promise<string | null> {
  const row = await db
    .selectFrom('hub_presence')
    .select('id')
    .where('account_id', '=', accountId)
    .where('signed_out_at', 'is', null)
    .executeTakeFirst();
  return row?.id ?? null;
}

async function finishSignOut(ctx: HandlerContext, presenceId: string | null): Promise<KioskReceipt> {
  if (presenceId === null) throw new AppError('CONFLICT', NOT_SIGNED_IN, { reason: 'not_signed_in' });
  await ctx.deps.db.transaction().execute(async (trx) => {
    await closePresence(trx, ctx.deps, presenceId, 'kiosk');
    await ctx.audit(trx, {
      action: 'hub.kiosk.signOut',
      entity: 'hub_presence',
      entityId: presenceId,
      outcome: 'success',
    });
  });
  ctx.deps.events.publish('hub.changed', { ids: [presenceId] });
  return receipt('You are signed out. Thank you for visiting.', null);
}

/** Sign out the way the person signed in; refused when they are not signed in. */
export async function signOut(ctx: HandlerContext, input: z.output<typeof KioskSignOut>): Promise<KioskReceipt> {
  requireKiosk(ctx);
  const db = ctx.deps.db;
  await sweepHub(ctx.deps);
  if (input.method === 'contractor') {
    const row = await db
      .selectFrom('hub_presence')
      .select('id')
      .where('kind', '=', 'contractor')
      .where('signed_out_at', 'is', null)
      .where((eb) => eb(eb.fn('lower', ['guest_name']), '=', input.name.toLowerCase()))
      .where((eb) => eb(eb.fn('lower', ['guest_company']), '=', input.company.toLowerCase()))
      .executeTakeFirst();
    return finishSignOut(ctx, row?.id ?? null);
  }
  if (input.method === 'pass') {
    const now = ctx.deps.clock.now();
    const check = checkPass(ctx.deps.keys, input.token, londonDate(now), now.getTime());
    // Leaving after the booking's period has ended is normal: only a forged code or another day's is refused.
    if (!check.ok && check.reason !== 'expired') {
      const message =
        check.reason === 'forged'
          ? PASS_REFUSALS.forged
          : `This code is for ${formatDate(check.claims.date)}, not today.`;
      throw new AppError('VALIDATION', message, { issues: [{ path: ['token'], message }], reason: check.reason });
    }
    const bookingId = check.ok ? check.claims.bookingId : check.reason === 'expired' ? check.claims.bookingId : '';
    const booking = await db
      .selectFrom('hub_booking')
      .select('account_id')
      .where('id', '=', bookingId)
      .executeTakeFirst();
    return finishSignOut(ctx, booking ? await openPresenceOfAccount(db, booking.account_id) : null);
  }
  const accountId = await visitorByName(db, input.name, input.organisationId).catch((error: unknown) => {
    if (error instanceof AppError && error.reason === 'not_found')
      throw new AppError('CONFLICT', NOT_SIGNED_IN, { reason: 'not_signed_in' });
    throw error;
  });
  return finishSignOut(ctx, await openPresenceOfAccount(db, accountId));
}

/** A staff member's account from credentials typed at the kiosk; visitors are sent to their own way in. */
async function staffAccount(
  ctx: HandlerContext,
  credentials: z.output<typeof KioskCredentials>,
  action: 'hub.kioskStaffSignIn' | 'hub.kioskStaffSignOut',
): Promise<string> {
  const accountId = await checkCredentials(ctx, { ...credentials, action });
  if (await isVisitor(ctx.deps.db, accountId))
    throw new AppError('FORBIDDEN', 'Visitors sign in with the code on their booking or with their name.', {
      reason: 'visitor',
    });
  return accountId;
}

/** A member of staff signs into the building with their own account; no app session starts. */
export async function staffSignIn(
  ctx: HandlerContext,
  credentials: z.output<typeof KioskCredentials>,
): Promise<KioskReceipt> {
  requireKiosk(ctx);
  await refuseDuringEvacuation(ctx.deps.db);
  const accountId = await staffAccount(ctx, credentials, 'hub.kioskStaffSignIn');
  await recordArrival(ctx, { kind: 'staff', account_id: accountId, signed_in_via: 'staff' }, 'staff');
  return receipt('You are signed into the building.', null);
}

/** A member of staff signs out of the building. */
export async function staffSignOut(
  ctx: HandlerContext,
  credentials: z.output<typeof KioskCredentials>,
): Promise<KioskReceipt> {
  requireKiosk(ctx);
  const accountId = await staffAccount(ctx, credentials, 'hub.kioskStaffSignOut');
  return finishSignOut(ctx, await openPresenceOfAccount(ctx.deps.db, accountId));
}

/** A manager or coordinator ends kiosk mode with their credentials; the window goes back to the sign-in page. */
export async function exitKiosk(
  ctx: HandlerContext,
  credentials: z.output<typeof KioskCredentials>,
): Promise<{ ended: true }> {
  const kiosk = requireKiosk(ctx);
  const accountId = await checkCredentials(ctx, { ...credentials, action: 'hub.kioskExit' });
  const roles = await ctx.deps.db
    .selectFrom('account_role')
    .select('role')
    .where('account_id', '=', accountId)
    .execute();
  if (!roles.some((r) => r.role === 'manager' || r.role === 'coordinator'))
    throw new AppError('FORBIDDEN', 'Only a manager or coordinator can close the kiosk.', { reason: 'role' });
  const username = credentials.username.trim().toLowerCase();
  await ctx.deps.db.transaction().execute(async (trx) => {
    await endKioskSession(trx, kiosk.id, ctx.deps.clock.now(), username);
    await ctx.audit(trx, {
      action: 'hub.kiosk.exit',
      entity: 'kiosk',
      entityId: kiosk.id,
      outcome: 'success',
      actor: username,
    });
  });
  ctx.origin.setSessionToken(null);
  return { ended: true };
}
