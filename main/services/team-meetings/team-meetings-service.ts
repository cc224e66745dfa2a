import { AppError, type Issue } from '@shared/contract/errors';
import {
  bestMeetingTimes,
  whyNotFree,
  type BookedMeeting,
  type BookMeetingInput,
  type BusyReason,
  type FindMeetingTimesInput,
  type MeetingTimes,
} from '@shared/domain/team-meetings/meeting-times';
import { meetingTimeInWords } from '@shared/domain/team-meetings/meeting-words';
import { isoWeekOf, weekDates } from '@shared/domain/time/iso-week';
import { londonDate, londonMinute } from '@shared/domain/time/london';
import type { HandlerContext } from '@main/rpc/context';
import { insertTeamMeetings } from '@main/services/availability/availability-service';
import { callerAccess } from '@main/services/clients/client-access';
import { staffNames } from '@main/services/staff/staff-queries';
import { sendNotices } from '@main/services/notices/send-notices';
import { loadStoredPlan } from '@main/services/rota/stored-plan';
import { meetingTeam } from './meeting-teams';
import { meetingBreaches, withinWorkingTime, withMeeting } from './meeting-rota-check';
import { teamMemberWeeks } from './member-weeks';

/** Why an invited worker cannot be booked, in words that say what stands in the way. */
const REFUSAL: Record<BusyReason, string> = {
  visit: 'is on a visit then, or travelling between visits',
  away: 'is away then',
  training: 'is at training then',
  meeting: 'is at another meeting then',
  not_working: 'does not work then',
  working_time: 'would miss the rest the working-time rules give them',
};

/** The backend clock's now as a London date and minute. */
function londonNow(ctx: HandlerContext): { date: string; minute: number } {
  const now = ctx.deps.clock.now();
  return { date: londonDate(now), minute: londonMinute(now) };
}

/** The best times in a week for a meeting of a person's team, most free first, none in the past. */
export async function findMeetingTimes(ctx: HandlerContext, input: FindMeetingTimesInput): Promise<MeetingTimes> {
  const team = await meetingTeam(ctx, input.clientId);
  const weeks = await teamMemberWeeks(
    ctx.deps.db,
    team.members.map((m) => m.staffId),
    input.isoWeek,
  );
  const offered = bestMeetingTimes(weeks.members, weekDates(input.isoWeek), input.durationMinutes, londonNow(ctx));
  const stored = weeks.planned ? await loadStoredPlan(ctx.deps.db, input.isoWeek) : null;
  return {
    clientId: team.clientId,
    personName: team.personName,
    isoWeek: input.isoWeek,
    durationMinutes: input.durationMinutes,
    members: team.members,
    planned: weeks.planned,
    slots: stored ? withinWorkingTime(stored, offered) : offered,
  };
}

/**
 * Book a team meeting: one paid `team_meeting` entry per invited worker (the way meetings are stored, so the pay view
 * and the Charter count it), the week's rota snapshot told when the week is planned (so the validator and the
 * working-time rules see it), and a notice to each invited worker, in one transaction. Refused, naming each worker,
 * when one of them is busy then or the meeting would break a working-time rule; refused for a time that has passed.
 */
export async function bookMeeting(ctx: HandlerContext, input: BookMeetingInput): Promise<BookedMeeting> {
  const team = await meetingTeam(ctx, input.clientId);
  const endMinute = input.startMinute + input.durationMinutes;
  if (endMinute > 1440) throw AppError.field(['durationMinutes'], 'A meeting must end by midnight');
  const now = londonNow(ctx);
  if (input.date < now.date || (input.date === now.date && input.startMinute < now.minute))
    throw AppError.field(['startMinute'], 'That time has passed: choose a time from now on');
  const inTeam = new Map(team.members.map((m) => [m.staffId, m.name]));
  const staffIds = [...new Set(input.staffIds)];
  const strangers: Issue[] = input.staffIds.flatMap((id, i) =>
    inTeam.has(id) ? [] : [{ path: ['staffIds', i], message: `That worker is not in ${team.personName}’s team` }],
  );
  if (strangers.length > 0) throw refusal(strangers);

  const isoWeek = isoWeekOf(input.date);
  const weeks = await teamMemberWeeks(ctx.deps.db, staffIds, isoWeek);
  const busy = weeks.members.flatMap((m) => {
    const reason = whyNotFree(m, input.date, input.startMinute, endMinute);
    return reason === null ? [] : [{ staffId: m.staffId, message: `${m.name} ${REFUSAL[reason]}` }];
  });
  const block = { staffIds, date: input.date, startMinute: input.startMinute, endMinute };
  const stored = weeks.planned ? await loadStoredPlan(ctx.deps.db, isoWeek) : null;
  const breaches = busy.length === 0 && stored ? meetingBreaches(stored, block) : [];
  const problems = [
    ...busy,
    ...breaches.map((b) => ({ staffId: b.workerId ?? '', message: `${inTeam.get(b.workerId ?? '')}: ${b.message}` })),
  ];
  const nobody: Issue[] =
    busy.length === staffIds.length
      ? [{ path: ['startMinute'], message: 'Nobody invited is free then: choose one of the times offered' }]
      : [];
  if (problems.length > 0)
    throw refusal([
      ...nobody,
      ...problems.map((p) => ({
        path: ['staffIds', input.staffIds.indexOf(p.staffId)],
        message: `${p.message}: leave them out or choose another time`,
      })),
    ]);

  const when = meetingTimeInWords({ date: input.date, startMinute: input.startMinute, endMinute });
  const booker = await bookerName(ctx);
  const told = await ctx.deps.db.transaction().execute(async (trx) => {
    const ids = await insertTeamMeetings(ctx, trx, { ...block, note: input.note, clientId: team.clientId });
    if (stored) {
      // The snapshot learns of the meeting, so later edits and swaps can never put a visit over it.
      const snapshot = { ...withMeeting(stored.instance, block), pins: [] };
      await trx
        .updateTable('rota_week')
        .set({ instance_json: JSON.stringify(snapshot) })
        .where('iso_week', '=', isoWeek)
        .execute();
    }
    const about = input.note === null ? '' : ` About: ${input.note}`;
    const sent = await sendNotices(
      ctx,
      trx,
      staffIds.map((staffId) => ({
        staffId,
        text: `Team meeting for ${team.personName}’s team, ${when} (paid time), booked by ${booker}.${about}`,
      })),
    );
    await ctx.audit(trx, {
      action: 'teamMeetings.book',
      entity: 'client',
      entityId: team.clientId,
      outcome: 'success',
      detail: `${ids.length} workers, ${when}`,
    });
    return sent;
  });
  ctx.deps.events.publish('availability.changed', { ids: staffIds });
  ctx.deps.events.publish('notices.changed', { ids: told });
  if (stored) ctx.deps.events.publish('rota.changed', { ids: [isoWeek] });
  return {
    clientId: team.clientId,
    personName: team.personName,
    date: input.date,
    startMinute: input.startMinute,
    endMinute,
    invited: staffIds.map((staffId) => ({ staffId, name: inTeam.get(staffId) ?? 'A colleague' })),
    note: input.note,
  };
}

/** Who booked, by name for a person with a staff record (their sign-in name otherwise). */
async function bookerName(ctx: HandlerContext): Promise<string> {
  const access = callerAccess(ctx);
  if (access.staffId === null) return access.actor;
  return (await staffNames(ctx.deps.db, [access.staffId])).get(access.staffId) ?? access.actor;
}

/** One refusal naming each field. */
function refusal(issues: Issue[]): AppError {
  const first = issues[0]?.message ?? 'Check the meeting';
  return new AppError('VALIDATION', issues.length === 1 ? first : `${first} (and ${issues.length - 1} more)`, {
    issues,
  });
}
