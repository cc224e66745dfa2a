import type { Kysely } from 'kysely';
import { AppError } from '@shared/contract/errors';
import type { ChangeRequest, RequestShift } from '@shared/domain/team-week/team-changes';
import type {
  MyShift,
  ProposeShiftSwapInput,
  ShiftSwapOptions,
  ShiftTeammate,
} from '@shared/domain/team-week/shift-swap';
import { formatDate } from '@shared/domain/time/format';
import type { Database } from '@main/db/schema';
import type { HandlerContext } from '@main/rpc/context';
import { ownStaffId } from '@main/services/rota/my-week-service';
import { findWeek, type RotaVisitRow } from '@main/services/rota/rota-week-queries';
import { loadStoredPlan, workerIdsOf, type StoredPlan } from '@main/services/rota/stored-plan';
import { weekStamp } from '@main/services/rota/week-stamp';
import { staffNames } from '@main/services/staff/staff-queries';
import { listChangeRequests } from './change-request-list';
import { inOneGo, insertRequest, refuseBreaches, tell } from './change-requests-service';
import { shiftWords, subjectWords } from './change-words';
import {
  askedOf,
  shiftHasStarted,
  shiftOf,
  shiftsOf,
  weekMinutesOf,
  whyNotTakeShift,
  type Teams,
} from './shift-swap-rules';
import type { TeamChange } from './team-change-rules';
import { personNames, teamsOfPeople } from './team-week-queries';

/** What the rules need to know beyond the plan: each person's team and name, each worker's name. */
interface Facts {
  teams: Teams;
  person: (clientId: string) => string;
  staff: ReadonlyMap<string, string>;
}

async function factsOf(db: Kysely<Database>, stored: StoredPlan): Promise<Facts> {
  const clientIds = [...new Set(stored.rows.map((r) => r.client_id))];
  const [teams, people] = await Promise.all([teamsOfPeople(db, clientIds), personNames(db, clientIds)]);
  const staffIds = new Set(stored.rows.flatMap(workerIdsOf));
  for (const members of teams.values()) members.forEach((id) => staffIds.add(id));
  return { teams, person: (id) => people.get(id) ?? 'a person', staff: await staffNames(db, [...staffIds]) };
}

function requestShift(shift: readonly RotaVisitRow[], facts: Facts): RequestShift {
  return {
    date: shift[0]?.date ?? '',
    visits: shift.map((r) => ({
      visitId: r.id,
      date: r.date,
      startMinute: r.start_minute,
      durationMinutes: r.duration_minutes,
      person: facts.person(r.client_id),
    })),
    minutes: shift.reduce((sum, r) => sum + r.duration_minutes, 0),
  };
}

/**
 * Each of a worker's shifts still to come with everyone in the team of any person on it: offered when in the team
 * of every one of them, with the teammate's own shifts the worker may take in exchange; otherwise why not.
 */
function teammatesFor(stored: StoredPlan, me: string, shift: readonly RotaVisitRow[], facts: Facts, now: Date) {
  const ids = new Set(shift.flatMap((r) => [...(facts.teams.get(r.client_id) ?? [])]));
  ids.delete(me);
  return [...ids]
    .map((staffId): ShiftTeammate => {
      const whyNot = whyNotTakeShift(stored, shift, staffId, facts.teams, facts.person);
      const theirs =
        whyNot === null
          ? [...shiftsOf(stored, staffId).values()].filter(
              (s) => !shiftHasStarted(s, now) && whyNotTakeShift(stored, s, me, facts.teams, facts.person) === null,
            )
          : [];
      return {
        staffId,
        name: facts.staff.get(staffId) ?? 'A colleague',
        weekMinutes: weekMinutesOf(stored, staffId),
        offered: whyNot === null,
        whyNot,
        shifts: theirs.map((s) => requestShift(s, facts)),
      };
    })
    .sort((a, b) => Number(b.offered) - Number(a.offered) || a.name.localeCompare(b.name));
}

/** The signed-in worker's shifts still to come in a published week, with who may take each and their shifts. */
export async function shiftSwapOptions(ctx: HandlerContext, isoWeek: string): Promise<ShiftSwapOptions> {
  const me = ownStaffId(ctx);
  const db = ctx.deps.db;
  const week = await findWeek(db, isoWeek);
  if (week?.status !== 'published') return { isoWeek, published: false, stamp: '', weekMinutes: 0, shifts: [] };
  const stored = await loadStoredPlan(db, isoWeek);
  const facts = await factsOf(db, stored);
  const now = ctx.deps.clock.now();
  const shifts = [...shiftsOf(stored, me).values()]
    .filter((s) => !shiftHasStarted(s, now))
    .map((s): MyShift => ({ ...requestShift(s, facts), teammates: teammatesFor(stored, me, s, facts, now) }));
  return {
    isoWeek,
    published: true,
    stamp: weekStamp(stored.week, stored.rows),
    weekMinutes: weekMinutesOf(stored, me),
    shifts,
  };
}

/** The shift asked about on one side, or a VALIDATION error at its field: none that day, or already started. */
function shiftToSwap(
  stored: StoredPlan,
  staffId: string,
  date: string,
  now: Date,
  field: 'date' | 'otherDate',
  whose: string,
): RotaVisitRow[] {
  const shift = shiftOf(stored, staffId, date);
  if (shift.length === 0) throw AppError.field([field], `${whose} no visits on ${formatDate(date)} this week.`);
  if (shiftHasStarted(shift, now))
    throw AppError.field(
      [field],
      `The shift on ${formatDate(date)} has already started, so it can no longer change hands.`,
    );
  return shift;
}

/**
 * A worker proposes that a teammate takes their whole shift on a day, optionally for the teammate's shift on a day.
 * Refused, naming the field, for a week changed since the options were drawn, a day with no visits or already
 * started, or a teammate not in the team of every person on the shift; refused naming the rule and the worker when
 * the validator finds a breach. The teammate is told, and answers it as any swap (teamWeek.respondToSwap).
 */
export async function proposeShiftSwap(ctx: HandlerContext, input: ProposeShiftSwapInput): Promise<ChangeRequest[]> {
  const me = ownStaffId(ctx);
  const caller = ctx.requireCaller();
  const now = ctx.deps.clock.now();
  await inOneGo(ctx, input.isoWeek, async (trx) => {
    const stored = await loadStoredPlan(trx, input.isoWeek);
    if (stored.week.status !== 'published')
      throw AppError.field(['isoWeek'], 'This week’s rota is not published yet, so its shifts cannot change hands.');
    if (weekStamp(stored.week, stored.rows) !== input.stamp)
      throw new AppError('CONFLICT', 'The rota has changed since you opened it. Nothing was sent: check it again.', {
        issues: [{ path: ['stamp'], message: 'The rota has changed since you opened it: check your answers again.' }],
        reason: 'stale',
      });
    const facts = await factsOf(trx, stored);
    const mine = shiftToSwap(stored, me, input.date, now, 'date', 'You have');
    if (input.teammateId === me) throw AppError.field(['teammateId'], 'Choose a teammate other than yourself.');
    const teammate = facts.staff.get(input.teammateId) ?? 'That worker';
    const whyNot = whyNotTakeShift(stored, mine, input.teammateId, facts.teams, facts.person);
    if (whyNot !== null) throw AppError.field(['teammateId'], `${teammate} cannot take this shift: ${whyNot}`);
    let theirs: RotaVisitRow[] = [];
    if (input.otherDate !== null) {
      theirs = shiftToSwap(stored, input.teammateId, input.otherDate, now, 'otherDate', `${teammate} has`);
      const whyNotYou = whyNotTakeShift(stored, theirs, me, facts.teams, facts.person);
      if (whyNotYou !== null) throw AppError.field(['otherDate'], `You cannot take this shift: ${whyNotYou}`);
    }
    const change: TeamChange = {
      kind: 'swap_shift',
      visitIds: mine.map((r) => r.id),
      fromStaffId: me,
      toStaffId: input.teammateId,
      otherVisitIds: theirs.map((r) => r.id),
      sickness: false,
      asked: [...askedOf(mine, me), ...askedOf(theirs, input.teammateId)],
    };
    await refuseBreaches(ctx, stored, change, caller.username, 'teammateId');
    const id = await insertRequest(ctx, trx, input.isoWeek, change, null, 'proposed');
    await ctx.audit(trx, {
      action: 'teamWeek.proposeShiftSwap',
      entity: 'rota_change_request',
      entityId: id,
      outcome: 'success',
      detail: `Asked ${teammate} to take ${subjectWords(stored, change, facts.staff)}`,
    });
    const exchange =
      theirs.length === 0 ? '' : ` in exchange for your shift on ${shiftWords(stored, change.otherVisitIds)}`;
    return tell(
      [input.teammateId],
      `${facts.staff.get(me) ?? caller.username} asks you to take their whole shift on ` +
        `${shiftWords(stored, change.visitIds)}${exchange}. Accept or decline it under Team week.`,
    );
  });
  return listChangeRequests(ctx, input.isoWeek);
}
