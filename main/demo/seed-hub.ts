import type { Period } from '@shared/domain/hub/bookings';
import { hoursOn, periodWindow } from '@shared/domain/hub/rules';
import type { Organisation, OrganisationKind, Space, SpaceKind } from '@shared/domain/hub/setup';
import { addDays, isoWeekday } from '@shared/domain/time/iso-week';
import { londonDate } from '@shared/domain/time/london';
import type { Random } from '../platform/random';
import type { TrackedHandlerContext } from '../rpc/handler-context';
import { hashPassword } from '../services/auth/passwords';
import { insertBooking } from '../services/hub/booking-service';
import { readHubCalendar } from '../services/hub/hub-calendar';
import { holderOf } from '../services/hub/hub-access';
import { londonInstant } from '../services/hub/london-time';
import { saveOrganisation } from '../services/hub/organisations-service';
import { closePresence, insertPresence } from '../services/hub/presence-service';
import { insertClosedDay, saveFloor, saveHubSettings, saveSpace } from '../services/hub/setup-service';
import { insertVisitors, updateVisitor } from '../services/hub/visitors-service';

// The demo branch's hub: two floors of a branch office with 20 spaces, six visiting organisations, a handful of
// visitor accounts (the `visitor` account among them, with the demo password) and four weeks of bookings around the
// demo clock's today, the past ones signed in and out (a few left as not used).

const ORGANISATIONS: { name: string; kind: OrganisationKind; contact: string }[] = [
  { name: 'Lewisham district nursing (South)', kind: 'nhs_community_nursing', contact: 'Grace Mensah' },
  { name: 'Rushey Green Group Practice', kind: 'gp_practice', contact: 'Dr Aisha Rahman' },
  { name: 'Lewisham adult social care (Catford)', kind: 'council_social_work', contact: 'Tom Whitfield' },
  { name: 'Community occupational therapy', kind: 'occupational_therapy', contact: 'Lena Kowalski' },
  { name: 'South Lewisham community mental health team', kind: 'mental_health', contact: 'Marcus Bell' },
  { name: 'Age UK Lewisham and Southwark', kind: 'voluntary_sector', contact: 'Ruth Adebayo' },
];

const VISITORS: { username: string; name: string; organisation: number }[] = [
  { username: 'priya.shah', name: 'Priya Shah', organisation: 0 },
  { username: 'daniel.osei', name: 'Daniel Osei', organisation: 1 },
  { username: 'hannah.clarke', name: 'Hannah Clarke', organisation: 2 },
  { username: 'kofi.asante', name: 'Kofi Asante', organisation: 3 },
  { username: 'megan.hughes', name: 'Megan Hughes', organisation: 4 },
  { username: 'bea.nwosu', name: 'Bea Nwosu', organisation: 5 },
];

interface SpacePlan {
  floor: 0 | 1;
  name: string;
  kind: SpaceKind;
  capacity: number;
  x: number;
  y: number;
  w: number;
  h: number;
  screen?: boolean;
  phone?: boolean;
  step?: boolean;
}

function plan(): SpacePlan[] {
  const desks: SpacePlan[] = [];
  for (let i = 0; i < 8; i += 1)
    desks.push({
      floor: 0,
      name: `Desk G${i + 1}`,
      kind: 'desk',
      capacity: 1,
      x: (i % 4) * 3,
      y: i < 4 ? 0 : 3,
      w: 2,
      h: 2,
      screen: i % 2 === 0,
      phone: i < 2,
    });
  for (let i = 0; i < 7; i += 1)
    desks.push({
      floor: 1,
      name: `Desk F${i + 1}`,
      kind: 'desk',
      capacity: 1,
      x: (i % 4) * 3,
      y: i < 4 ? 0 : 3,
      w: 2,
      h: 2,
      screen: true,
      step: true,
    });
  return [
    ...desks,
    { floor: 0, name: 'Quiet room', kind: 'quiet_room', capacity: 2, x: 14, y: 0, w: 3, h: 3, phone: true },
    {
      floor: 0,
      name: 'Meeting room A',
      kind: 'meeting_room',
      capacity: 8,
      x: 14,
      y: 5,
      w: 6,
      h: 5,
      screen: true,
      phone: true,
    },
    {
      floor: 1,
      name: 'Training room',
      kind: 'training_room',
      capacity: 16,
      x: 14,
      y: 0,
      w: 8,
      h: 6,
      screen: true,
      step: true,
    },
    {
      floor: 1,
      name: 'Meeting room B',
      kind: 'meeting_room',
      capacity: 6,
      x: 0,
      y: 7,
      w: 5,
      h: 4,
      screen: true,
      step: true,
    },
    {
      floor: 1,
      name: 'Quiet room 2',
      kind: 'quiet_room',
      capacity: 1,
      x: 7,
      y: 7,
      w: 2,
      h: 3,
      phone: true,
      step: true,
    },
  ];
}

/** Seed the demo hub through the hub's services; `visitorAccountId` is the demo `visitor` account. */
export async function seedHub(
  ctx: TrackedHandlerContext,
  random: Random,
  visitorAccountId: string,
  password: string,
): Promise<void> {
  const deps = ctx.deps;
  const today = londonDate(deps.clock.now());
  await saveHubSettings(ctx, {
    noShowMinutes: 30,
    houseRules:
      'Fire exits are at the front door and at the end of each corridor; the assembly point is the car park on ' +
      'Holbeach Road. Wi-Fi: "Catford Hub Guest", password on the reception desk. Keep conversations about the ' +
      'people you support to the quiet rooms, never leave papers on a desk, and lock your screen when you step away. ' +
      'Sign out at the kiosk when you leave.',
  });
  const floors = [
    await saveFloor(ctx, { id: null, name: 'Ground floor', position: 0, gridColumns: 24, gridRows: 12 }),
    await saveFloor(ctx, { id: null, name: 'First floor', position: 1, gridColumns: 24, gridRows: 12 }),
  ];
  const spaces: Space[] = [];
  for (const s of plan())
    spaces.push(
      await saveSpace(ctx, {
        id: null,
        floorId: floors[s.floor]!.id,
        name: s.name,
        kind: s.kind,
        capacity: s.capacity,
        features: {
          screen: s.screen ?? false,
          phone: s.phone ?? false,
          wheelchairAccess: !s.step,
          lockable: s.kind !== 'desk',
        },
        placement: { x: s.x, y: s.y, width: s.w, height: s.h },
      }),
    );
  const organisations: Organisation[] = [];
  for (const o of ORGANISATIONS)
    organisations.push(
      await saveOrganisation(ctx, {
        id: null,
        name: o.name,
        kind: o.kind,
        contactName: o.contact,
        contactEmail: `${o.contact.toLowerCase().replace(/[^a-z]+/g, '.')}@example.org`,
        contactPhone: null,
      }),
    );
  const orgId = (i: number) => organisations[i]!.id;
  await updateVisitor(ctx, {
    accountId: visitorAccountId,
    displayName: 'Visiting health staff (demo)',
    organisationId: orgId(0),
    email: null,
    phone: null,
  });
  const passwordHash = await hashPassword(password);
  const visitorIds = await deps.db.transaction().execute((trx) =>
    insertVisitors(
      trx,
      deps,
      VISITORS.map((v) => ({
        username: v.username,
        displayName: v.name,
        organisationId: orgId(v.organisation),
        email: null,
        phone: null,
        passwordHash,
      })),
      false,
    ),
  );
  const closures = [
    { date: '2026-12-25', reason: 'Christmas Day' },
    { date: '2026-12-28', reason: 'Boxing Day (substitute bank holiday)' },
  ];
  await deps.db.transaction().execute(async (trx) => {
    for (const day of closures) if (day.date >= today) await insertClosedDay(trx, deps, day, 'demo');
  });

  const calendar = await readHubCalendar(deps.db, null);
  const people = [visitorAccountId, ...visitorIds];
  const holders = await Promise.all(people.map((id) => holderOf(deps.db, id, true)));
  const bookable = spaces.filter((s) => s.kind !== 'training_room');
  await deps.db.transaction().execute(async (trx) => {
    for (let offset = -14; offset <= 14; offset += 1) {
      const date = addDays(today, offset);
      const day = hoursOn(calendar.hours, date);
      if (!day?.open || calendar.closed.some((c) => c.date === date)) continue;
      // Tuesdays and Thursdays are the busy days (team meetings in the neighbourhood).
      const wanted = isoWeekday(date) === 2 || isoWeekday(date) === 4 ? 6 : 3;
      const used = new Set<string>();
      for (const holder of holders) {
        if (used.size >= wanted * 2 || !random.chance(wanted / holders.length + 0.15)) continue;
        const period: Period = random.pick(['morning', 'afternoon', 'day', 'day'] as const);
        const space = bookable.find(
          (s) => !used.has(`${s.id}|${period}`) && !used.has(`${s.id}|day`) && random.chance(0.3),
        );
        if (!space) continue;
        used.add(`${space.id}|${period}`);
        if (period === 'day') used.add(`${space.id}|morning`).add(`${space.id}|afternoon`);
        else used.add(`${space.id}|day`);
        const window = periodWindow(day, period);
        if (!window) continue;
        const past = offset < 0;
        const cameIn = past && random.chance(0.88);
        const arrived = londonInstant(date, window.start + random.int(0, 25));
        const wantedBooking = { space, date, period, holder };
        const bookingId = await insertBooking(trx, deps, wantedBooking, {
          seriesId: null,
          walkIn: false,
          createdBy: 'demo',
          checkedInAt: cameIn ? arrived.toISOString() : null,
        });
        if (!cameIn) continue;
        const presenceId = await insertPresence(
          trx,
          deps,
          {
            kind: 'visitor',
            account_id: holder.accountId,
            organisation_id: holder.organisationId,
            guest_name: null,
            guest_company: null,
            booking_id: bookingId,
            space_id: space.id,
            date,
            signed_in_via: random.chance(0.7) ? 'pass' : 'name',
          },
          arrived,
        );
        await closePresence(trx, deps, presenceId, 'kiosk', londonInstant(date, window.end - random.int(0, 40)));
      }
    }
    await ctx.audit(trx, { action: 'hub.demo', entity: 'hub', outcome: 'success', detail: 'demo hub seeded' });
  });
}
