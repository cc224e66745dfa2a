import type { Kysely } from 'kysely';
import { hubCouncilBlock, type HubCouncilBlock, type HubPeriodFacts } from '@shared/domain/hub/council';
import { closedReason, hoursOn, periodWindow } from '@shared/domain/hub/rules';
import { occupancyOf, type Usage, type UsageDay } from '@shared/domain/hub/usage';
import { addDays, isoWeekday } from '@shared/domain/time/iso-week';
import type { Database } from '@main/db/schema';
import type { HandlerContext } from '@main/rpc/context';
import { readHubCalendar, type HubCalendar } from './hub-calendar';
import { sweepHub } from './housekeeping';

// Use figures in half-days. A half-day is "open" when the hub opens for it that date (its weekday's hours, not a
// closed day); the spaces counted are those in use now and any booked in the range. Booked half-days are those booked
// or checked into; used ones were checked into; released no-shows count as neither (they are listed on their own).

const STAFF_LABEL = 'Branch staff';

function datesOf(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  return dates;
}

/** Open half-days of the hub on a date (0, 1 or 2). */
export function openHalves(calendar: HubCalendar, date: string): number {
  if (closedReason(calendar.hours, calendar.closed, date) !== null) return 0;
  const day = hoursOn(calendar.hours, date);
  if (!day) return 0;
  return (periodWindow(day, 'morning') ? 1 : 0) + (periodWindow(day, 'afternoon') ? 1 : 0);
}

async function bookingCounts(db: Kysely<Database>, from: string, to: string) {
  return db
    .selectFrom('hub_booking as b')
    .select((eb) => [
      'b.date',
      'b.space_id',
      'b.organisation_id',
      'b.status',
      'b.period',
      eb.fn.countAll<number>().as('n'),
    ])
    .where('b.date', '>=', from)
    .where('b.date', '<=', to)
    .groupBy(['b.date', 'b.space_id', 'b.organisation_id', 'b.status', 'b.period'])
    .execute();
}

/** The figures behind the manager's charts for a date range. */
export async function usage(ctx: HandlerContext, from: string, to: string): Promise<Usage> {
  const db = ctx.deps.db;
  await sweepHub(ctx.deps);
  const [calendar, counts, signIns, organisations] = await Promise.all([
    readHubCalendar(db, from),
    bookingCounts(db, from, to),
    db
      .selectFrom('hub_presence')
      .select((eb) => ['date', 'organisation_id', 'kind', eb.fn.countAll<number>().as('n')])
      .where('date', '>=', from)
      .where('date', '<=', to)
      .groupBy(['date', 'organisation_id', 'kind'])
      .execute(),
    db.selectFrom('hub_organisation').select(['id', 'name', 'kind', 'removed_at']).execute(),
  ]);
  const bookedSpaceIds = [...new Set(counts.map((c) => c.space_id))];
  const spaces = await db
    .selectFrom('hub_space as s')
    .innerJoin('hub_floor as f', 'f.id', 's.floor_id')
    .select(['s.id', 's.name', 's.kind', 's.removed_at', 'f.name as floor_name'])
    .where((eb) =>
      bookedSpaceIds.length === 0
        ? eb('s.removed_at', 'is', null)
        : eb.or([eb('s.removed_at', 'is', null), eb('s.id', 'in', bookedSpaceIds)]),
    )
    .orderBy('f.position')
    .orderBy('s.name')
    .execute();
  const liveSpaces = spaces.filter((s) => s.removed_at === null).length;
  const dates = datesOf(from, to);
  const halvesOn = new Map(dates.map((d) => [d, openHalves(calendar, d)]));
  const totalOpenHalves = dates.reduce((a, d) => a + (halvesOn.get(d) ?? 0), 0);

  const day = new Map<string, { booked: number; used: number; signIns: number }>();
  const space = new Map<string, { booked: number; used: number; noShows: number }>();
  const org = new Map<string, { bookings: number; noShows: number; cancelled: number; signIns: number }>();
  const orgEntry = (id: string | null) => {
    const key = id ?? '';
    const found = org.get(key) ?? { bookings: 0, noShows: 0, cancelled: 0, signIns: 0 };
    org.set(key, found);
    return found;
  };
  for (const c of counts) {
    const n = Number(c.n);
    const halves = (c.period === 'day' ? 2 : 1) * n;
    const d = day.get(c.date) ?? { booked: 0, used: 0, signIns: 0 };
    const s = space.get(c.space_id) ?? { booked: 0, used: 0, noShows: 0 };
    const o = orgEntry(c.organisation_id);
    if (c.status === 'cancelled') o.cancelled += n;
    else o.bookings += n;
    if (c.status === 'booked' || c.status === 'checked_in') {
      d.booked += halves;
      s.booked += halves;
    }
    if (c.status === 'checked_in') {
      d.used += halves;
      s.used += halves;
    }
    if (c.status === 'no_show') {
      s.noShows += n;
      o.noShows += n;
    }
    day.set(c.date, d);
    space.set(c.space_id, s);
  }
  for (const p of signIns) {
    const d = day.get(p.date) ?? { booked: 0, used: 0, signIns: 0 };
    d.signIns += Number(p.n);
    day.set(p.date, d);
    if (p.kind !== 'contractor') orgEntry(p.kind === 'visitor' ? p.organisation_id : null).signIns += Number(p.n);
  }

  const days: UsageDay[] = dates.map((date) => {
    const d = day.get(date) ?? { booked: 0, used: 0, signIns: 0 };
    const open = (halvesOn.get(date) ?? 0) * liveSpaces;
    return {
      date,
      open: (halvesOn.get(date) ?? 0) > 0,
      signIns: d.signIns,
      bookedHalfDays: d.booked,
      usedHalfDays: d.used,
      openHalfDays: open,
      occupancy: occupancyOf(d.booked, open),
    };
  });
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  return {
    from,
    to,
    days,
    spaces: spaces.map((s) => {
      const figures = space.get(s.id) ?? { booked: 0, used: 0, noShows: 0 };
      return {
        spaceId: s.id,
        name: s.name,
        kind: s.kind,
        floorName: s.floor_name,
        noShows: figures.noShows,
        bookedHalfDays: figures.booked,
        usedHalfDays: figures.used,
        openHalfDays: totalOpenHalves,
        occupancy: occupancyOf(figures.booked, totalOpenHalves),
      };
    }),
    organisations: [...org.entries()]
      .map(([key, figures]) => {
        const o = key === '' ? undefined : orgById.get(key);
        return {
          organisationId: key === '' ? null : key,
          name: key === '' ? STAFF_LABEL : (o?.name ?? 'Removed organisation'),
          kind: o?.kind ?? null,
          ...figures,
        };
      })
      .sort((a, b) => b.bookings - a.bookings || a.name.localeCompare(b.name)),
    weekdays: [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
      const of = days.filter((d) => isoWeekday(d.date) === weekday && d.open);
      const booked = of.reduce((a, d) => a + d.bookedHalfDays, 0);
      return {
        weekday,
        openDays: of.length,
        bookedHalfDays: booked,
        averageBookedHalfDays: of.length === 0 ? null : Math.round((booked / of.length) * 10) / 10,
      };
    }),
    busiestDays: days
      .filter((d) => d.open)
      .sort((a, b) => b.bookedHalfDays - a.bookedHalfDays || a.date.localeCompare(b.date))
      .slice(0, 10),
  };
}

/** The facts the hub block of the council summary is computed from, for a period. */
export async function hubPeriodFacts(db: Kysely<Database>, from: string, to: string): Promise<HubPeriodFacts> {
  const [calendar, bookings, signIns, desks] = await Promise.all([
    readHubCalendar(db, from),
    db
      .selectFrom('hub_booking as b')
      .innerJoin('hub_space as s', 's.id', 'b.space_id')
      .leftJoin('hub_organisation as o', 'o.id', 'b.organisation_id')
      .select(['o.kind as organisation_kind', 'b.status', 's.kind as space_kind', 'b.period'])
      .where('b.date', '>=', from)
      .where('b.date', '<=', to)
      .execute(),
    db
      .selectFrom('hub_presence as p')
      .leftJoin('hub_organisation as o', 'o.id', 'p.organisation_id')
      .select('o.kind as organisation_kind')
      .where('p.kind', '=', 'visitor')
      .where('p.date', '>=', from)
      .where('p.date', '<=', to)
      .execute(),
    db.selectFrom('hub_space').select('id').where('kind', '=', 'desk').where('removed_at', 'is', null).execute(),
  ]);
  const openHalfDays = datesOf(from, to).reduce((a, d) => a + openHalves(calendar, d), 0);
  return {
    bookings: bookings.map((b) => ({
      organisationKind: b.organisation_kind ?? null,
      status: b.status,
      spaceKind: b.space_kind,
      halfDays: b.period === 'day' ? 2 : 1,
    })),
    visitorSignIns: signIns.map((s) => s.organisation_kind ?? null),
    deskOpenHalfDays: desks.length * openHalfDays,
  };
}

/** The hub block of the council summary for a period, before suppression (the sync domain suppresses it). */
export async function hubCouncilSummary(db: Kysely<Database>, from: string, to: string): Promise<HubCouncilBlock> {
  return hubCouncilBlock(await hubPeriodFacts(db, from, to));
}
