import { sql, type Kysely, type Selectable } from 'kysely';
import { AppError } from '@shared/contract/errors';
import {
  weeklyWindowMinutes,
  type AvailabilityException,
  type LeaveDecisionInput,
  type LeaveRequestInput,
  type SicknessInput,
  type TeamMeetingInput,
  type TravelProfileInput,
  type WindowsInput,
  type WorkerAvailability,
} from '@shared/domain/availability/availability';
import type { AvailabilityExceptionTable, Database } from '@main/db/schema';
import type { HandlerContext } from '@main/rpc/context';
import type { AbsenceSickPayFigures } from '@shared/domain/policy/sick-pay-record';
import { formatDate } from '@shared/domain/time/format';
import { londonDate } from '@main/platform/clock';
import { callerAccess } from '../clients/client-access';
import { ensureSickPay, figuresByAbsence, refreshSickPay } from '../sick-pay/sick-pay-store';
import { placeByPostcode, type LocationFields } from '../postcodes/postcode-lookup';
import { findStaff } from '../staff/staff-queries';

// Where the home postcode and coordinates are in `availability.saveTravelProfile`'s input.
const HOME_FIELDS: LocationFields = { postcode: ['homePostcode'], lat: ['homeLat'], lon: ['homeLon'] };

type ExceptionRow = Selectable<AvailabilityExceptionTable> & {
  given_name: string;
  family_name: string;
  preferred_name: string | null;
};

function toException(row: ExceptionRow, sickPay: AbsenceSickPayFigures | null = null): AvailabilityException {
  return {
    id: row.id,
    staffId: row.staff_id,
    staffName: `${row.preferred_name ?? row.given_name} ${row.family_name}`,
    kind: row.kind,
    status: row.status,
    startDate: row.start_date,
    startMinute: row.start_minute,
    endDate: row.end_date,
    endMinute: row.end_minute,
    sickPay,
    note: row.note,
    requestedBy: row.requested_by,
    decidedBy: row.decided_by,
    createdAt: row.created_at,
  };
}

/** A worker's travel profile (mode and home), if recorded. */
export function findTravelProfile(db: Kysely<Database>, staffId: string) {
  return db.selectFrom('worker_travel_profile').selectAll().where('staff_id', '=', staffId).executeTakeFirst();
}

function exceptionQuery(db: Kysely<Database>) {
  return db
    .selectFrom('availability_exception as e')
    .innerJoin('staff as s', 's.id', 'e.staff_id')
    .selectAll('e')
    .select(['s.given_name', 's.family_name', 's.preferred_name']);
}

/** Rows as exceptions, each sickness with its sick pay (worked out first where it is missing or has run on). */
async function withSickPay(ctx: HandlerContext, rows: ExceptionRow[]): Promise<AvailabilityException[]> {
  const sick = rows.filter((r) => r.kind === 'sickness');
  await ensureSickPay(ctx.deps.db, [...new Set(sick.map((r) => r.staff_id))], londonDate(ctx.deps.clock.now()));
  const figures = await figuresByAbsence(
    ctx.deps.db,
    sick.map((r) => r.id),
  );
  return rows.map((r) => toException(r, figures.get(r.id) ?? null));
}

async function findException(ctx: HandlerContext, id: string): Promise<AvailabilityException> {
  const row = await exceptionQuery(ctx.deps.db).where('e.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'That availability entry does not exist.');
  const [found] = await withSickPay(ctx, [row]);
  if (!found) throw new AppError('NOT_FOUND', 'That availability entry does not exist.');
  return found;
}

/** Record-level check: a worker reads and edits only their own availability. */
function assertOwnOrPrivileged(ctx: HandlerContext, staffId: string): void {
  const access = callerAccess(ctx);
  if (!access.privileged && access.staffId !== staffId)
    throw new AppError('FORBIDDEN', 'You can only see and change your own availability.');
}

async function requireStaff(db: Kysely<Database>, staffId: string, path: string[] = ['staffId']) {
  const row = await findStaff(db, staffId);
  if (!row) throw AppError.field(path, 'That worker is not on record');
  return row;
}

/** A worker's windows, travel profile and exceptions (cancelled ones left out). */
export async function getAvailability(ctx: HandlerContext, staffId: string): Promise<WorkerAvailability> {
  assertOwnOrPrivileged(ctx, staffId);
  const db = ctx.deps.db;
  const staff = await findStaff(db, staffId);
  if (!staff) throw new AppError('NOT_FOUND', 'That worker is not on record.');
  const [windows, profile, exceptions] = await Promise.all([
    db
      .selectFrom('availability_window')
      .select(['weekday', 'start_minute', 'end_minute'])
      .where('staff_id', '=', staffId)
      .orderBy('weekday')
      .orderBy('start_minute')
      .execute(),
    findTravelProfile(db, staffId),
    exceptionQuery(db)
      .where('e.staff_id', '=', staffId)
      .where('e.status', '<>', 'cancelled')
      .orderBy('e.start_date', 'desc')
      .orderBy('e.start_minute')
      .execute(),
  ]);
  const mapped = windows.map((w) => ({ weekday: w.weekday, startMinute: w.start_minute, endMinute: w.end_minute }));
  return {
    staffId,
    name: `${staff.preferred_name ?? staff.given_name} ${staff.family_name}`,
    windows: mapped,
    travelProfile: profile
      ? {
          staffId,
          travelMode: profile.travel_mode,
          homePostcode: profile.home_postcode,
          homeLat: profile.home_lat,
          homeLon: profile.home_lon,
        }
      : null,
    exceptions: await withSickPay(ctx, exceptions),
    weeklyMinutes: weeklyWindowMinutes(mapped),
  };
}

/** Replace a worker's recurring weekly windows. */
export async function saveWindows(ctx: HandlerContext, input: WindowsInput): Promise<WorkerAvailability> {
  assertOwnOrPrivileged(ctx, input.staffId);
  await requireStaff(ctx.deps.db, input.staffId);
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('availability_window').where('staff_id', '=', input.staffId).execute();
    if (input.windows.length > 0) {
      await trx
        .insertInto('availability_window')
        .values(
          input.windows.map((w) => ({
            id: ctx.deps.ids(),
            staff_id: input.staffId,
            weekday: w.weekday,
            start_minute: w.startMinute,
            end_minute: w.endMinute,
          })),
        )
        .execute();
    }
    await ctx.audit(trx, {
      action: 'availability.saveWindows',
      entity: 'staff',
      entityId: input.staffId,
      outcome: 'success',
      detail: `${input.windows.length} windows`,
    });
  });
  ctx.deps.events.publish('availability.changed', { ids: [input.staffId] });
  return getAvailability(ctx, input.staffId);
}

/** Set a worker's travel mode and home location. */
export async function saveTravelProfile(ctx: HandlerContext, input: TravelProfileInput): Promise<WorkerAvailability> {
  assertOwnOrPrivileged(ctx, input.staffId);
  await requireStaff(ctx.deps.db, input.staffId);
  const home = await placeByPostcode(
    ctx.deps.db,
    { postcode: input.homePostcode, lat: input.homeLat, lon: input.homeLon },
    HOME_FIELDS,
  );
  const values = {
    travel_mode: input.travelMode,
    home_postcode: input.homePostcode,
    home_lat: home.lat,
    home_lon: home.lon,
    updated_at: ctx.deps.clock.now().toISOString(),
  };
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('worker_travel_profile')
      .values({ staff_id: input.staffId, ...values })
      .onConflict((oc) => oc.column('staff_id').doUpdateSet(values))
      .execute();
    await ctx.audit(trx, {
      action: 'availability.saveTravelProfile',
      entity: 'staff',
      entityId: input.staffId,
      outcome: 'success',
    });
  });
  ctx.deps.events.publish('availability.changed', { ids: [input.staffId] });
  return getAvailability(ctx, input.staffId);
}

async function insertException(
  ctx: HandlerContext,
  db: Kysely<Database>,
  values: Omit<
    Selectable<AvailabilityExceptionTable>,
    'id' | 'created_at' | 'decided_at' | 'decided_by' | 'sick_pay_through' | 'meeting_id' | 'meeting_client_id'
  > & {
    decided_by?: string | null;
    meeting_id?: string | null;
    meeting_client_id?: string | null;
  },
): Promise<string> {
  const id = ctx.deps.ids();
  const now = ctx.deps.clock.now().toISOString();
  await db
    .insertInto('availability_exception')
    .values({
      id,
      ...values,
      decided_by: values.decided_by ?? null,
      decided_at: values.decided_by ? now : null,
      created_at: now,
    })
    .execute();
  return id;
}

/** A leave request: whole days; a worker asks for themselves, a coordinator may ask on a worker's behalf. */
export async function requestLeave(ctx: HandlerContext, input: LeaveRequestInput): Promise<AvailabilityException> {
  assertOwnOrPrivileged(ctx, input.staffId);
  await requireStaff(ctx.deps.db, input.staffId);
  const access = callerAccess(ctx);
  const id = await ctx.deps.db.transaction().execute(async (trx) => {
    const newId = await insertException(ctx, trx, {
      staff_id: input.staffId,
      kind: 'annual_leave',
      status: 'requested',
      start_date: input.startDate,
      start_minute: 0,
      end_date: input.endDate,
      end_minute: 1440,
      note: input.note,
      requested_by: access.actor,
    });
    await ctx.audit(trx, {
      action: 'availability.requestLeave',
      entity: 'availability_exception',
      entityId: newId,
      outcome: 'success',
    });
    return newId;
  });
  ctx.deps.events.publish('availability.changed', { ids: [input.staffId] });
  return findException(ctx, id);
}

/** Approve or decline a leave request that is still waiting. */
export async function decideLeave(ctx: HandlerContext, input: LeaveDecisionInput): Promise<AvailabilityException> {
  const current = await findException(ctx, input.id);
  if (current.kind !== 'annual_leave') throw AppError.field(['id'], 'Only leave requests are approved or declined');
  if (current.status !== 'requested')
    throw new AppError('CONFLICT', `This leave request is already ${current.status}.`);
  const access = callerAccess(ctx);
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('availability_exception')
      .set({ status: input.decision, decided_by: access.actor, decided_at: ctx.deps.clock.now().toISOString() })
      .where('id', '=', input.id)
      .execute();
    await ctx.audit(trx, {
      action: 'availability.decideLeave',
      entity: 'availability_exception',
      entityId: input.id,
      outcome: 'success',
      detail: input.decision,
    });
  });
  ctx.deps.events.publish('availability.changed', { ids: [current.staffId] });
  return findException(ctx, input.id);
}

/**
 * Record sickness from a date and minute. The expected end is the last day off (the record ends at midnight after
 * it); unknown means open-ended. The rota's sickness repair writes through this function too.
 */
export async function recordSickness(
  ctx: HandlerContext,
  input: SicknessInput,
  db: Kysely<Database> = ctx.deps.db,
): Promise<AvailabilityException> {
  await requireStaff(db, input.staffId);
  const access = callerAccess(ctx);
  const run = async (trx: Kysely<Database>) => {
    await refuseOverlappingSickness(trx, input);
    const newId = await insertException(ctx, trx, {
      staff_id: input.staffId,
      kind: 'sickness',
      status: 'recorded',
      start_date: input.startDate,
      start_minute: input.startMinute,
      end_date: input.expectedEndDate,
      end_minute: 1440,
      note: input.note,
      requested_by: access.actor,
      decided_by: access.actor,
    });
    await refreshSickPay(trx, [input.staffId], londonDate(ctx.deps.clock.now()));
    await ctx.audit(trx, {
      action: 'availability.recordSickness',
      entity: 'availability_exception',
      entityId: newId,
      outcome: 'success',
    });
    return newId;
  };
  const id = db === ctx.deps.db ? await db.transaction().execute(run) : await run(db);
  ctx.deps.events.publish('availability.changed', { ids: [input.staffId] });
  return findException({ ...ctx, deps: { ...ctx.deps, db } }, id);
}

/** Sickness may not be recorded twice for the same days: the field named is the start date. */
async function refuseOverlappingSickness(db: Kysely<Database>, input: SicknessInput): Promise<void> {
  const clash = await sicknessOverlapping(db, input.staffId, input.startDate, input.expectedEndDate ?? '9999-12-31');
  if (!clash) return;
  const span =
    clash.end_date === null
      ? `from ${formatDate(clash.start_date)} with no return date yet`
      : `from ${formatDate(clash.start_date)} to ${formatDate(clash.end_date)}`;
  throw AppError.field(
    ['startDate'],
    `This overlaps sickness already recorded ${span}: change or cancel that record instead`,
  );
}

/**
 * Write a paid team meeting for each listed worker inside the caller's transaction: one `team_meeting` exception per
 * worker, which the planner reads as a commitment, the pay view pays once and the Charter counts. The entries share
 * one new meeting id, and name the person whose team the meeting is for (`clientId`, null for a meeting without a
 * team), so each invited worker can be told who else is invited and whose team it is. Returns their ids.
 */
export async function insertTeamMeetings(
  ctx: HandlerContext,
  trx: Kysely<Database>,
  input: Pick<TeamMeetingInput, 'staffIds' | 'date' | 'startMinute' | 'endMinute' | 'note'> & {
    clientId: string | null;
  },
): Promise<string[]> {
  const actor = callerAccess(ctx).actor;
  const meetingId = ctx.deps.ids();
  const made: string[] = [];
  for (const staffId of new Set(input.staffIds)) {
    made.push(
      await insertException(ctx, trx, {
        staff_id: staffId,
        kind: 'team_meeting',
        status: 'recorded',
        start_date: input.date,
        start_minute: input.startMinute,
        end_date: input.date,
        end_minute: input.endMinute,
        note: input.note,
        requested_by: actor,
        decided_by: actor,
        meeting_id: meetingId,
        meeting_client_id: input.clientId,
      }),
    );
  }
  return made;
}

/** The first sickness recorded for a worker on any day from `start` to `end`, if there is one. */
function sicknessOverlapping(db: Kysely<Database>, staffId: string, start: string, end: string) {
  return db
    .selectFrom('availability_exception')
    .select(['start_date', 'end_date'])
    .where('staff_id', '=', staffId)
    .where('kind', '=', 'sickness')
    .where('status', '=', 'recorded')
    .where('start_date', '<=', end)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', start)]))
    .orderBy('start_date')
    .executeTakeFirst();
}

/** Whether sickness is already recorded for a worker on a date (a second report of it would add nothing). */
export async function sicknessRecordedOn(db: Kysely<Database>, staffId: string, date: string): Promise<boolean> {
  return (await sicknessOverlapping(db, staffId, date, date)) !== undefined;
}

/** Book a paid team meeting for each listed worker. */
export async function addTeamMeeting(ctx: HandlerContext, input: TeamMeetingInput): Promise<AvailabilityException[]> {
  const unique = [...new Set(input.staffIds)];
  for (const [i, staffId] of unique.entries()) await requireStaff(ctx.deps.db, staffId, ['staffIds', String(i)]);
  const ids = await ctx.deps.db.transaction().execute(async (trx) => {
    const made = await insertTeamMeetings(ctx, trx, { ...input, clientId: null });
    await ctx.audit(trx, {
      action: 'availability.addTeamMeeting',
      entity: 'availability_exception',
      entityId: made[0] ?? null,
      outcome: 'success',
      detail: `${made.length} workers on ${input.date}`,
    });
    return made;
  });
  ctx.deps.events.publish('availability.changed', { ids: unique });
  const rows = await exceptionQuery(ctx.deps.db).where('e.id', 'in', ids).execute();
  return rows.map((row) => toException(row));
}

/** Cancel an exception; a worker may cancel only their own undecided leave request. */
export async function cancelException(ctx: HandlerContext, id: string): Promise<AvailabilityException> {
  const current = await findException(ctx, id);
  const access = callerAccess(ctx);
  if (!access.privileged) {
    if (access.staffId !== current.staffId)
      throw new AppError('FORBIDDEN', 'You can only change your own availability.');
    if (current.kind !== 'annual_leave' || current.status !== 'requested') {
      throw new AppError(
        'FORBIDDEN',
        'Ask a coordinator to change leave that is already decided, sickness or meetings.',
      );
    }
  }
  if (current.status === 'cancelled') throw new AppError('CONFLICT', 'This entry is already cancelled.');
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('availability_exception')
      .set({ status: 'cancelled', decided_by: access.actor, decided_at: ctx.deps.clock.now().toISOString() })
      .where('id', '=', id)
      .execute();
    // Sick pay runs across a worker's absences (linked periods, days used): take this one out and redo the rest.
    if (current.kind === 'sickness') await refreshSickPay(trx, [current.staffId], londonDate(ctx.deps.clock.now()));
    await ctx.audit(trx, {
      action: 'availability.cancelException',
      entity: 'availability_exception',
      entityId: id,
      outcome: 'success',
    });
  });
  ctx.deps.events.publish('availability.changed', { ids: [current.staffId] });
  return findException(ctx, id);
}

/** Exceptions across workers: pending leave, or everything (not cancelled) overlapping a date range. */
export async function listExceptions(
  ctx: HandlerContext,
  input: { pendingOnly: boolean; from: string | null; to: string | null },
): Promise<AvailabilityException[]> {
  let query = exceptionQuery(ctx.deps.db).where('e.status', '<>', 'cancelled');
  if (input.pendingOnly) query = query.where('e.status', '=', 'requested');
  const { from, to } = input;
  if (to !== null) query = query.where('e.start_date', '<=', to);
  if (from !== null) query = query.where((eb) => eb.or([eb('e.end_date', 'is', null), eb('e.end_date', '>=', from)]));
  const rows = await query.orderBy('e.start_date').orderBy('s.family_name').limit(2000).execute();
  return withSickPay(ctx, rows);
}

/** Care workers (job roles that visit) with their weekly available minutes, for the availability overview. */
export async function listCareWorkers(
  ctx: HandlerContext,
): Promise<{ staffId: string; name: string; jobRole: number; weeklyMinutes: number; hasTravelProfile: boolean }[]> {
  const rows = await ctx.deps.db
    .selectFrom('staff as s')
    .leftJoin('worker_travel_profile as p', 'p.staff_id', 's.id')
    .select(['s.id', 's.given_name', 's.family_name', 's.preferred_name', 's.job_role', 'p.staff_id as profile'])
    .select(
      sql<number>`(SELECT coalesce(sum(w.end_minute - w.start_minute),
        0) FROM availability_window w WHERE w.staff_id = s.id)`.as('minutes'),
    )
    .where('s.status', '=', 'active')
    .where('s.job_role', 'in', CARE_ROLES)
    .orderBy('s.family_name')
    .orderBy('s.given_name')
    .execute();
  return rows.map((r) => ({
    staffId: r.id,
    name: `${r.preferred_name ?? r.given_name} ${r.family_name}`,
    jobRole: r.job_role,
    weeklyMinutes: Number(r.minutes ?? 0),
    hasTravelProfile: r.profile !== null,
  }));
}

/** Job roles that make visits (ASC-WDS: senior care worker 7, care worker 8, support worker 52, team leader 45). */
export const CARE_ROLES = [7, 8, 45, 52];
