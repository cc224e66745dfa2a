import type { Kysely } from 'kysely';
import { AppError } from '@shared/contract/errors';
import type { Building, BuildingPerson, ForgottenSignOut, MySignIn, PresenceKind } from '@shared/domain/hub/safety';
import type { Database, HubPresenceTable } from '@main/db/schema';
import type { BackendDeps, HandlerContext } from '@main/rpc/context';
import { sweepHub } from './housekeeping';
import { isClaimClash } from './claims';

// Who is in the building: one row per sign-in, open until the person signs out (at the kiosk, by a member of staff,
// or by the hub at closing). The store allows one open sign-in per account and per contractor name and company.

/** The floor people without a booked space are listed under. */
export const NO_SPACE_FLOOR = 'No booked space';

/** A sign-in about to be recorded. */
export type NewPresence = Omit<HubPresenceTable, 'id' | 'signed_in_at' | 'signed_out_at' | 'signed_out_how'>;

/**
 * Record a sign-in (inside the caller's transaction); a second open sign-in for the same person is refused.
 * `at` is now unless given (the demo branch records past visits).
 */
export async function insertPresence(
  db: Kysely<Database>,
  deps: BackendDeps,
  presence: NewPresence,
  at: Date = deps.clock.now(),
): Promise<string> {
  const id = deps.ids();
  try {
    await db
      .insertInto('hub_presence')
      .values({
        id,
        ...presence,
        signed_in_at: at.toISOString(),
        signed_out_at: null,
        signed_out_how: null,
      })
      .execute();
  } catch (error) {
    if (isClaimClash(error))
      throw new AppError('CONFLICT', 'You are already signed in. Sign out first if you are leaving.', {
        reason: 'already_signed_in',
      });
    throw error;
  }
  return id;
}

/** Close a sign-in (inside the caller's transaction). */
export async function closePresence(
  db: Kysely<Database>,
  deps: BackendDeps,
  presenceId: string,
  how: 'kiosk' | 'staff',
  at: Date = deps.clock.now(),
): Promise<void> {
  await db
    .updateTable('hub_presence')
    .set({ signed_out_at: at.toISOString(), signed_out_how: how })
    .where('id', '=', presenceId)
    .where('signed_out_at', 'is', null)
    .execute();
}

/** Sign-ins with who they are, their organisation, space and floor (for the lists built on them). */
export function presenceQuery(db: Kysely<Database>) {
  return db
    .selectFrom('hub_presence as p')
    .leftJoin('account as a', 'a.id', 'p.account_id')
    .leftJoin('hub_organisation as o', 'o.id', 'p.organisation_id')
    .leftJoin('hub_space as s', 's.id', 'p.space_id')
    .leftJoin('hub_floor as f', 'f.id', 's.floor_id')
    .select([
      'p.id',
      'p.kind',
      'p.date',
      'p.guest_name',
      'p.guest_company',
      'p.signed_in_at',
      'p.signed_out_at',
      'p.signed_out_how',
      'a.display_name',
      'o.name as organisation_name',
      's.name as space_name',
      'f.id as floor_id',
      'f.name as floor_name',
      'f.position as floor_position',
    ]);
}

/** One row of `presenceQuery`. */
export type PresenceRow = Awaited<ReturnType<ReturnType<typeof presenceQuery>['execute']>>[number];

/** The person a sign-in is for, as the building list shows them. */
export function personOf(row: PresenceRow): BuildingPerson {
  return {
    presenceId: row.id,
    name: row.display_name ?? row.guest_name ?? 'Unknown',
    kind: row.kind as PresenceKind,
    organisationName: row.kind === 'contractor' ? row.guest_company : (row.organisation_name ?? null),
    spaceName: row.space_name ?? null,
    signedInAt: row.signed_in_at,
  };
}

/** Everyone signed in now, with their floor (for the building list and the roll call). */
export async function peopleInBuilding(
  db: Kysely<Database>,
): Promise<(BuildingPerson & { floorId: string | null; floorName: string; floorPosition: number })[]> {
  const rows = await presenceQuery(db).where('p.signed_out_at', 'is', null).orderBy('p.signed_in_at').execute();
  return rows.map((row) => ({
    ...personOf(row),
    floorId: row.floor_id ?? null,
    floorName: row.floor_name ?? NO_SPACE_FLOOR,
    floorPosition: row.floor_position ?? 100,
  }));
}

/** The open roll call's id, if the building is being evacuated. */
export async function openRollCallId(db: Kysely<Database>): Promise<string | null> {
  const row = await db.selectFrom('hub_roll_call').select('id').where('ended_at', 'is', null).executeTakeFirst();
  return row?.id ?? null;
}

/** Everyone in the building now, by floor (floors in plan order, people without a space last). */
export async function building(ctx: HandlerContext): Promise<Building> {
  await sweepHub(ctx.deps);
  const people = await peopleInBuilding(ctx.deps.db);
  const floors = new Map<string, Building['floors'][number] & { position: number }>();
  for (const person of people) {
    const key = person.floorId ?? '';
    const floor = floors.get(key) ?? {
      floorId: person.floorId,
      floorName: person.floorName,
      position: person.floorPosition,
      people: [],
    };
    floor.people.push({
      presenceId: person.presenceId,
      name: person.name,
      kind: person.kind,
      organisationName: person.organisationName,
      spaceName: person.spaceName,
      signedInAt: person.signedInAt,
    });
    floors.set(key, floor);
  }
  const rollCallId = await openRollCallId(ctx.deps.db);
  return {
    evacuation: rollCallId !== null,
    rollCallId,
    total: people.length,
    floors: [...floors.values()]
      .sort((a, b) => a.position - b.position || a.floorName.localeCompare(b.floorName))
      .map(({ position: _position, ...floor }) => floor),
  };
}

/** A member of staff signs out someone who left without doing it at the kiosk. */
export async function signOutPerson(ctx: HandlerContext, presenceId: string): Promise<Building> {
  const row = await ctx.deps.db
    .selectFrom('hub_presence')
    .select(['id', 'signed_out_at'])
    .where('id', '=', presenceId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'That sign-in does not exist.');
  if (row.signed_out_at !== null) throw new AppError('CONFLICT', 'That person has already signed out.');
  await ctx.deps.db.transaction().execute(async (trx) => {
    await closePresence(trx, ctx.deps, presenceId, 'staff');
    await ctx.audit(trx, {
      action: 'hub.signOutPerson',
      entity: 'hub_presence',
      entityId: presenceId,
      outcome: 'success',
    });
  });
  ctx.deps.events.publish('hub.changed', { ids: [presenceId] });
  return building(ctx);
}

/** People the hub signed out at closing on a date because they forgot. */
export async function forgottenSignOuts(ctx: HandlerContext, date: string): Promise<ForgottenSignOut[]> {
  await sweepHub(ctx.deps);
  const rows = await presenceQuery(ctx.deps.db)
    .where('p.date', '=', date)
    .where('p.signed_out_how', '=', 'closing')
    .orderBy('p.signed_in_at')
    .execute();
  return rows.map((row) => ({
    presenceId: row.id,
    name: personOf(row).name,
    kind: row.kind as PresenceKind,
    organisationName: personOf(row).organisationName,
    signedInAt: row.signed_in_at,
    signedOutAt: row.signed_out_at ?? row.signed_in_at,
  }));
}

/** The caller's own sign-ins, newest first (the last 200). */
export async function mySignIns(ctx: HandlerContext): Promise<MySignIn[]> {
  const caller = ctx.requireCaller();
  await sweepHub(ctx.deps);
  const rows = await presenceQuery(ctx.deps.db)
    .where('p.account_id', '=', caller.accountId)
    .orderBy('p.signed_in_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((row) => ({
    presenceId: row.id,
    date: row.date,
    signedInAt: row.signed_in_at,
    signedOutAt: row.signed_out_at,
    signedOutAtClosing: row.signed_out_how === 'closing',
    spaceName: row.space_name ?? null,
    floorName: row.floor_name ?? null,
  }));
}
