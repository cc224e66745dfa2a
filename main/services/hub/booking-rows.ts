import type { Kysely } from 'kysely';
import type { Booking } from '@shared/domain/hub/bookings';
import type { Database } from '@main/db/schema';

/** Which bookings to read. */
export interface BookingFilter {
  ids?: readonly string[];
  accountId?: string | null;
  organisationId?: string | null;
  seriesId?: string;
  from?: string;
  to?: string;
}

/** Bookings with their space, floor, person and organisation, in date, space order. */
export async function readBookings(db: Kysely<Database>, filter: BookingFilter): Promise<Booking[]> {
  if (filter.ids && filter.ids.length === 0) return [];
  let query = db
    .selectFrom('hub_booking as b')
    .innerJoin('hub_space as s', 's.id', 'b.space_id')
    .innerJoin('hub_floor as f', 'f.id', 's.floor_id')
    .innerJoin('account as a', 'a.id', 'b.account_id')
    .leftJoin('hub_organisation as o', 'o.id', 'b.organisation_id')
    .select([
      'b.id',
      'b.space_id',
      's.name as space_name',
      's.kind as space_kind',
      'f.name as floor_name',
      'b.date',
      'b.period',
      'b.status',
      'b.account_id',
      'a.display_name',
      'o.name as organisation_name',
      'b.series_id',
      'b.walk_in',
      'b.created_at',
      'b.checked_in_at',
    ]);
  if (filter.ids) query = query.where('b.id', 'in', [...filter.ids]);
  if (filter.accountId) query = query.where('b.account_id', '=', filter.accountId);
  if (filter.organisationId) query = query.where('b.organisation_id', '=', filter.organisationId);
  if (filter.seriesId) query = query.where('b.series_id', '=', filter.seriesId);
  if (filter.from) query = query.where('b.date', '>=', filter.from);
  if (filter.to) query = query.where('b.date', '<=', filter.to);
  const rows = await query.orderBy('b.date').orderBy('s.name').orderBy('b.period').limit(5000).execute();
  return rows.map((row) => ({
    id: row.id,
    spaceId: row.space_id,
    spaceName: row.space_name,
    spaceKind: row.space_kind,
    floorName: row.floor_name,
    date: row.date,
    period: row.period,
    status: row.status,
    forAccountId: row.account_id,
    forName: row.display_name,
    organisationName: row.organisation_name,
    seriesId: row.series_id,
    walkIn: row.walk_in === 1,
    createdAt: row.created_at,
    checkedInAt: row.checked_in_at,
  }));
}

/** One booking, or undefined. */
export async function readBooking(db: Kysely<Database>, id: string): Promise<Booking | undefined> {
  const [booking] = await readBookings(db, { ids: [id] });
  return booking;
}
