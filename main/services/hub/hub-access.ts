import type { Kysely } from 'kysely';
import { AppError } from '@shared/contract/errors';
import type { Booking } from '@shared/domain/hub/bookings';
import type { Database } from '@main/db/schema';
import type { CallerSession, HandlerContext, KioskCaller } from '@main/rpc/context';

// Who may do what with a booking beyond the contract's role table: everyone books for themselves; coordinators and
// managers book and cancel for anyone; a visitor whose organisation was removed books nothing until moved.

/** Coordinators and managers look after everyone's bookings. */
export function managesBookings(caller: CallerSession): boolean {
  return caller.roles.includes('manager') || caller.roles.includes('coordinator');
}

/** The person a booking is for, with the organisation it counts under (null: the branch's own staff). */
export interface BookingHolder {
  accountId: string;
  name: string;
  organisationId: string | null;
}

/**
 * The holder of an account, checked fit to book: enabled, and a visitor linked to an organisation that is still
 * registered. `self` says whether the caller is booking for themselves (for the wording and the field named).
 */
export async function holderOf(db: Kysely<Database>, accountId: string, self: boolean): Promise<BookingHolder> {
  const field = self ? [] : ['forAccountId'];
  const row = await db
    .selectFrom('account as a')
    .leftJoin('hub_visitor as v', 'v.account_id', 'a.id')
    .leftJoin('hub_organisation as o', 'o.id', 'v.organisation_id')
    .select([
      'a.id',
      'a.display_name',
      'a.disabled',
      'v.organisation_id',
      'o.name as organisation_name',
      'o.removed_at',
    ])
    .where('a.id', '=', accountId)
    .executeTakeFirst();
  if (!row || row.disabled === 1) throw AppError.field(field, 'Choose a person with an account that is in use.');
  const isVisitor = await db
    .selectFrom('account_role')
    .select('role')
    .where('account_id', '=', accountId)
    .where('role', '=', 'visitor')
    .executeTakeFirst();
  if (!isVisitor) return { accountId, name: row.display_name, organisationId: null };
  const who = self ? 'Your account' : `${row.display_name}'s account`;
  if (!row.organisation_id)
    throw new AppError(
      'CONFLICT',
      `${who} is not linked to a visiting organisation. Ask the hub manager to link it before booking.`,
      { issues: [{ path: field, message: 'Not linked to a visiting organisation' }] },
    );
  if (row.removed_at !== null)
    throw new AppError(
      'CONFLICT',
      `${row.organisation_name ?? 'The organisation'} is no longer registered with the hub, so ${
        self ? 'you' : row.display_name
      } cannot book or sign in. Ask the hub manager to move the account to the right organisation.`,
      { issues: [{ path: field, message: 'The organisation was removed from the hub' }] },
    );
  return { accountId, name: row.display_name, organisationId: row.organisation_id };
}

/** The person to book for: the caller, or (coordinators and managers only) someone else. */
export async function bookingHolder(ctx: HandlerContext, forAccountId: string | null): Promise<BookingHolder> {
  const caller = ctx.requireCaller();
  const self = forAccountId === null || forAccountId === caller.accountId;
  if (!self && !managesBookings(caller))
    throw new AppError('FORBIDDEN', 'You can only book for yourself.', { reason: 'not_own' });
  return holderOf(ctx.deps.db, self ? caller.accountId : forAccountId, self);
}

/** Refuse a booking that is not the caller's own unless they manage bookings. */
export function assertOwnOrManaged(ctx: HandlerContext, booking: Booking): void {
  const caller = ctx.requireCaller();
  if (booking.forAccountId !== caller.accountId && !managesBookings(caller))
    throw new AppError('FORBIDDEN', 'That booking is someone else’s.', { reason: 'not_own' });
}

/** The kiosk making the call; the contract lets only kiosk sessions reach these procedures. */
export function requireKiosk(ctx: HandlerContext): KioskCaller {
  if (!ctx.kiosk) throw new AppError('FORBIDDEN', 'Only the hub kiosk can do this.', { reason: 'kiosk_only' });
  return ctx.kiosk;
}
