import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import { AppError } from '@shared/contract/errors';
import type {
  ClosedDay,
  ClosedDayInput,
  Floor,
  FloorInput,
  HubSettings,
  HubSetup,
  OpeningDay,
  OpeningHoursInput,
  Placement,
  RemovalResult,
  RemoveSpaceInput,
  Space,
  SpaceInput,
} from '@shared/domain/hub/setup';
import { formatDate } from '@shared/domain/time/format';
import { londonDate } from '@shared/domain/time/london';
import type { Database, HubFloorTable, HubSpaceTable } from '@main/db/schema';
import type { BackendDeps, HandlerContext } from '@main/rpc/context';
import { writeSetting } from '../settings/settings';
import { cancelBookingsWhere } from './booking-ending';
import { claimSessionsForTrainingRoom } from './claims';
import { HUB_SETTINGS_KEY, readClosedDays, readHubCalendar, readOpeningHours } from './hub-calendar';

type ParsedFloor = z.output<typeof FloorInput>;
type ParsedSpace = z.output<typeof SpaceInput>;

/** A floor row as read. */
export function toFloor(row: Selectable<HubFloorTable>): Floor {
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    gridColumns: row.grid_columns,
    gridRows: row.grid_rows,
    imageType: row.image_type,
    imageVersion: row.image_sha256 === null ? null : row.image_sha256.slice(0, 16),
  };
}

/** A space row as read. */
export function toSpace(row: Selectable<HubSpaceTable>): Space {
  return {
    id: row.id,
    floorId: row.floor_id,
    name: row.name,
    kind: row.kind,
    capacity: row.capacity,
    features: {
      screen: row.has_screen === 1,
      phone: row.has_phone === 1,
      wheelchairAccess: row.wheelchair_access === 1,
      lockable: row.lockable === 1,
    },
    placement: { x: row.grid_x, y: row.grid_y, width: row.grid_width, height: row.grid_height },
  };
}

/** Floors in use, in order, without their images. */
export async function listFloors(db: Kysely<Database>): Promise<Floor[]> {
  const rows = await db
    .selectFrom('hub_floor')
    .select([
      'id',
      'name',
      'position',
      'grid_columns',
      'grid_rows',
      'image_type',
      'image_sha256',
      'created_at',
      'updated_at',
      'removed_at',
    ])
    .where('removed_at', 'is', null)
    .orderBy('position')
    .orderBy('name')
    .execute();
  return rows.map((row) => toFloor({ ...row, image: null }));
}

/** Spaces in use, by floor and name. */
export async function listSpaces(db: Kysely<Database>): Promise<Space[]> {
  const rows = await db
    .selectFrom('hub_space')
    .selectAll()
    .where('removed_at', 'is', null)
    .orderBy('floor_id')
    .orderBy('name')
    .execute();
  return rows.map(toSpace);
}

/** Everything a plan or a booking form needs. */
export async function getSetup(ctx: HandlerContext): Promise<HubSetup> {
  const db = ctx.deps.db;
  const calendar = await readHubCalendar(db, londonDate(ctx.deps.clock.now()));
  const [floors, spaces] = await Promise.all([listFloors(db), listSpaces(db)]);
  return {
    floors,
    spaces,
    openingHours: calendar.hours,
    closedDays: calendar.closed,
    settings: calendar.settings,
  };
}

/** A floor in use, or NOT_FOUND. */
export async function requireFloor(db: Kysely<Database>, id: string): Promise<Selectable<HubFloorTable>> {
  const row = await db
    .selectFrom('hub_floor')
    .selectAll()
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'That floor does not exist.');
  return row;
}

const NAME_TAKEN: Record<'hub_floor' | 'hub_space' | 'hub_organisation', (name: string) => string> = {
  hub_floor: (name) => `There is already a floor called ${name}.`,
  hub_space: (name) => `There is already a space called ${name}.`,
  hub_organisation: (name) => `${name} is already registered with the hub.`,
};

/** Refuse a name already used (in any letter case) by another floor, space or organisation still in use. */
export async function assertFreeName(
  db: Kysely<Database>,
  table: 'hub_floor' | 'hub_space' | 'hub_organisation',
  name: string,
  id: string | null,
): Promise<void> {
  const clash = await db
    .selectFrom(table)
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  if (clash && clash.id !== id) throw AppError.field(['name'], NAME_TAKEN[table](name));
}

/** Add or change a floor; a smaller grid must still hold every space on it. */
export async function saveFloor(ctx: HandlerContext, input: ParsedFloor): Promise<Floor> {
  const db = ctx.deps.db;
  if (input.id) await requireFloor(db, input.id);
  await assertFreeName(db, 'hub_floor', input.name, input.id);
  if (input.id) {
    const outside = await db
      .selectFrom('hub_space')
      .select('name')
      .where('floor_id', '=', input.id)
      .where('removed_at', 'is', null)
      .where((eb) =>
        eb.or([
          eb(eb('grid_x', '+', eb.ref('grid_width')), '>', input.gridColumns),
          eb(eb('grid_y', '+', eb.ref('grid_height')), '>', input.gridRows),
        ]),
      )
      .execute();
    if (outside.length > 0)
      throw AppError.field(
        ['gridColumns'],
        `The plan would be too small for ${outside.map((s) => s.name).join(', ')}: move them first.`,
      );
  }
  const id = input.id ?? ctx.deps.ids();
  const now = ctx.deps.clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    const values = {
      name: input.name,
      position: input.position,
      grid_columns: input.gridColumns,
      grid_rows: input.gridRows,
      updated_at: now,
    };
    if (input.id) await trx.updateTable('hub_floor').set(values).where('id', '=', id).execute();
    else
      await trx
        .insertInto('hub_floor')
        .values({
          id,
          ...values,
          image_type: null,
          image: null,
          image_sha256: null,
          created_at: now,
          removed_at: null,
        })
        .execute();
    await ctx.audit(trx, {
      action: input.id ? 'hub.floor.update' : 'hub.floor.create',
      entity: 'hub_floor',
      entityId: id,
      outcome: 'success',
    });
  });
  ctx.deps.events.publish('hub.changed', { ids: [id] });
  return toFloor(await requireFloor(db, id));
}

/** Remove a floor once no space is left on it. */
export async function removeFloor(ctx: HandlerContext, id: string): Promise<RemovalResult> {
  const db = ctx.deps.db;
  const floor = await requireFloor(db, id);
  const spaces = await db
    .selectFrom('hub_space')
    .select('name')
    .where('floor_id', '=', id)
    .where('removed_at', 'is', null)
    .execute();
  if (spaces.length > 0)
    throw new AppError(
      'CONFLICT',
      `${floor.name} still has ${spaces.length} space${spaces.length === 1 ? '' : 's'}: remove or move them first.`,
    );
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('hub_floor')
      .set({ removed_at: ctx.deps.clock.now().toISOString(), image: null, image_type: null, image_sha256: null })
      .where('id', '=', id)
      .execute();
    await ctx.audit(trx, { action: 'hub.floor.remove', entity: 'hub_floor', entityId: id, outcome: 'success' });
  });
  ctx.deps.events.publish('hub.changed', { ids: [id] });
  return { cancelledBookings: 0 };
}

function overlaps(a: Placement, b: Placement): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A space in use, or NOT_FOUND. */
export async function requireSpace(db: Kysely<Database>, id: string): Promise<Selectable<HubSpaceTable>> {
  const row = await db
    .selectFrom('hub_space')
    .selectAll()
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'That space does not exist.');
  return row;
}

/**
 * Add or change a space: it must fit the floor's grid without overlapping another space; there is one training room
 * (it shares its calendar with the training sessions held "in the hub's training room").
 */
export async function saveSpace(ctx: HandlerContext, input: ParsedSpace): Promise<Space> {
  const db = ctx.deps.db;
  const before = input.id ? await requireSpace(db, input.id) : null;
  const floor = await requireFloor(db, input.floorId).catch(() => {
    throw AppError.field(['floorId'], 'Choose a floor from the list.');
  });
  await assertFreeName(db, 'hub_space', input.name, input.id);
  const p = input.placement;
  if (p.x + p.width > floor.grid_columns)
    throw AppError.field(
      ['placement', 'x'],
      `The space runs off the plan: ${floor.name} is ${floor.grid_columns} wide.`,
    );
  if (p.y + p.height > floor.grid_rows)
    throw AppError.field(['placement', 'y'], `The space runs off the plan: ${floor.name} is ${floor.grid_rows} deep.`);
  const neighbours = (await listSpaces(db)).filter((s) => s.floorId === floor.id && s.id !== input.id);
  const clash = neighbours.find((s) => overlaps(s.placement, p));
  if (clash) throw AppError.field(['placement'], `The space overlaps ${clash.name} on the plan.`);
  if (input.kind === 'training_room' && before?.kind !== 'training_room') {
    const other = await db
      .selectFrom('hub_space')
      .select('name')
      .where('kind', '=', 'training_room')
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    if (other)
      throw AppError.field(['kind'], `${other.name} is the hub's training room; the hub has one training room.`);
  }
  const id = input.id ?? ctx.deps.ids();
  const now = ctx.deps.clock.now().toISOString();
  const today = londonDate(ctx.deps.clock.now());
  await db.transaction().execute(async (trx) => {
    const values = {
      floor_id: input.floorId,
      name: input.name,
      kind: input.kind,
      capacity: input.capacity,
      has_screen: input.features.screen ? 1 : 0,
      has_phone: input.features.phone ? 1 : 0,
      wheelchair_access: input.features.wheelchairAccess ? 1 : 0,
      lockable: input.features.lockable ? 1 : 0,
      grid_x: p.x,
      grid_y: p.y,
      grid_width: p.width,
      grid_height: p.height,
      updated_at: now,
    };
    if (before) await trx.updateTable('hub_space').set(values).where('id', '=', id).execute();
    else
      await trx
        .insertInto('hub_space')
        .values({ id, ...values, created_at: now, removed_at: null })
        .execute();
    if (before?.kind === 'training_room' && input.kind !== 'training_room')
      await trx
        .deleteFrom('hub_claim')
        .where('space_id', '=', id)
        .where('training_session_id', 'is not', null)
        .execute();
    // A new training room takes on the sessions already scheduled in the hub's room.
    if (input.kind === 'training_room' && before?.kind !== 'training_room')
      await claimSessionsForTrainingRoom(trx, today);
    await ctx.audit(trx, {
      action: before ? 'hub.space.update' : 'hub.space.create',
      entity: 'hub_space',
      entityId: id,
      outcome: 'success',
    });
  });
  ctx.deps.events.publish('hub.changed', { ids: [id] });
  return toSpace(await requireSpace(db, id));
}

/** Remove a space; its bookings from today on are cancelled only when asked, else the removal is refused. */
export async function removeSpace(
  ctx: HandlerContext,
  input: z.output<typeof RemoveSpaceInput>,
): Promise<RemovalResult> {
  const db = ctx.deps.db;
  const space = await requireSpace(db, input.id);
  const today = londonDate(ctx.deps.clock.now());
  const cancelled = await db.transaction().execute(async (trx) => {
    const ended = await cancelBookingsWhere(ctx, trx, { spaceId: space.id, fromDate: today }, input.cancelBookings);
    if (ended.refused > 0)
      throw new AppError(
        'CONFLICT',
        `${space.name} has ${ended.refused} booking${ended.refused === 1 ? '' : 's'} from today on. ` +
          'Cancel them to remove it.',
        { reason: 'has_bookings' },
      );
    await trx.deleteFrom('hub_claim').where('space_id', '=', space.id).execute();
    await trx
      .updateTable('hub_space')
      .set({ removed_at: ctx.deps.clock.now().toISOString() })
      .where('id', '=', space.id)
      .execute();
    await ctx.audit(trx, {
      action: 'hub.space.remove',
      entity: 'hub_space',
      entityId: space.id,
      outcome: 'success',
      detail: `${ended.cancelled} bookings cancelled`,
    });
    return ended.cancelled;
  });
  ctx.deps.events.publish('hub.changed', { ids: [space.id] });
  return { cancelledBookings: cancelled };
}

/** Save the week's opening hours (bookings already made are kept). */
export async function saveOpeningHours(
  ctx: HandlerContext,
  input: z.output<typeof OpeningHoursInput>,
): Promise<OpeningDay[]> {
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('hub_opening_hours').execute();
    await trx
      .insertInto('hub_opening_hours')
      .values(
        input.days.map((day) => ({
          weekday: day.weekday,
          is_open: day.open ? 1 : 0,
          open_minute: day.openMinute,
          close_minute: day.closeMinute,
        })),
      )
      .execute();
    await ctx.audit(trx, { action: 'hub.openingHours', entity: 'hub', outcome: 'success' });
  });
  ctx.deps.events.publish('hub.changed', { ids: [] });
  return readOpeningHours(ctx.deps.db);
}

/** Record a closed day (inside the caller's transaction; a date closed already takes the new reason). */
export async function insertClosedDay(
  db: Kysely<Database>,
  deps: BackendDeps,
  day: ClosedDay,
  by: string,
): Promise<void> {
  await db
    .insertInto('hub_closed_day')
    .values({ date: day.date, reason: day.reason, created_at: deps.clock.now().toISOString(), created_by: by })
    .onConflict((oc) => oc.column('date').doUpdateSet({ reason: day.reason }))
    .execute();
}

/** Close the hub on a date; refused while it has bookings that day unless they are to be cancelled. */
export async function addClosedDay(
  ctx: HandlerContext,
  input: z.output<typeof ClosedDayInput>,
): Promise<RemovalResult> {
  const today = londonDate(ctx.deps.clock.now());
  if (input.date < today) throw AppError.field(['date'], 'Choose today or a later date.');
  const caller = ctx.requireCaller();
  const cancelled = await ctx.deps.db.transaction().execute(async (trx) => {
    const ended = await cancelBookingsWhere(ctx, trx, { date: input.date }, input.cancelBookings);
    if (ended.refused > 0)
      throw new AppError(
        'CONFLICT',
        `There ${ended.refused === 1 ? 'is 1 booking' : `are ${ended.refused} bookings`} on ${formatDate(
          input.date,
        )}. Cancel them to close the hub that day.`,
        { reason: 'has_bookings' },
      );
    await insertClosedDay(trx, ctx.deps, { date: input.date, reason: input.reason }, caller.username);
    await ctx.audit(trx, {
      action: 'hub.closedDay.add',
      entity: 'hub',
      entityId: input.date,
      outcome: 'success',
      detail: `${ended.cancelled} bookings cancelled`,
    });
    return ended.cancelled;
  });
  ctx.deps.events.publish('hub.changed', { ids: [] });
  return { cancelledBookings: cancelled };
}

/** Open the hub again on a date closed before. */
export async function removeClosedDay(ctx: HandlerContext, date: string): Promise<ClosedDay[]> {
  await ctx.deps.db.transaction().execute(async (trx) => {
    const deleted = await trx.deleteFrom('hub_closed_day').where('date', '=', date).executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) throw new AppError('NOT_FOUND', 'The hub is not closed on that date.');
    await ctx.audit(trx, { action: 'hub.closedDay.remove', entity: 'hub', entityId: date, outcome: 'success' });
  });
  ctx.deps.events.publish('hub.changed', { ids: [] });
  return readClosedDays(ctx.deps.db, londonDate(ctx.deps.clock.now()));
}

/** Save the hub settings. */
export async function saveHubSettings(ctx: HandlerContext, settings: HubSettings): Promise<HubSettings> {
  await ctx.deps.db.transaction().execute(async (trx) => {
    await writeSetting(trx, HUB_SETTINGS_KEY, settings, ctx.deps.clock.now());
    await ctx.audit(trx, {
      action: 'hub.settings',
      entity: 'hub',
      outcome: 'success',
      detail: `no-show after ${settings.noShowMinutes} min`,
    });
  });
  ctx.deps.events.publish('hub.changed', { ids: [] });
  return settings;
}
