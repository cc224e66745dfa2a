import type { Kysely } from 'kysely';
import type { InvitedMeeting } from '@shared/domain/team-meetings/invited-meetings';
import { londonDate, londonMinute } from '@shared/domain/time/london';
import type { Database } from '@main/db/schema';
import type { HandlerContext } from '@main/rpc/context';
import { callerAccess } from '@main/services/clients/client-access';
import { staffNames } from '@main/services/staff/staff-queries';
import { teamPeopleOf } from '@main/services/team-week/team-week-queries';

// A team meeting is stored as one `team_meeting` availability entry per invited worker (insertTeamMeetings). The
// entries of one booking share a meeting_id, and name the person whose team it is for in meeting_client_id (NULL for
// a meeting added on the Availability page, which has no team). Entries stored before migration 0032 have neither:
// nothing recorded which booking wrote them, so each is listed alone ("Team meeting", no team, no colleagues named)
// rather than joined to others by times that happen to match: the honest answer for old data.

/** The caller's own team meetings that have not ended by the backend clock's now, soonest first. */
export async function invitedMeetings(ctx: HandlerContext): Promise<InvitedMeeting[]> {
  const access = callerAccess(ctx);
  if (access.staffId === null) return [];
  const db = ctx.deps.db;
  const now = ctx.deps.clock.now();
  const today = londonDate(now);
  const minute = londonMinute(now);
  const mine = (await ownEntries(db, access.staffId, today)).filter(
    (e) => e.start_date > today || e.end_minute > minute,
  );
  if (mine.length === 0) return [];

  const invitees = await stillInvited(db, mine);
  // Everyone else the booking still invites (a coordinator may have cancelled it for some of them).
  const othersOf = (e: Entry) =>
    e.meeting_id === null ? [] : (invitees.get(e.meeting_id) ?? []).filter((id) => id !== access.staffId);
  const names = await staffNames(db, mine.flatMap(othersOf));
  const visible = access.privileged ? null : new Set((await teamPeopleOf(db, access.staffId)).map((p) => p.id));
  const people = await personNames(db, [...new Set(mine.flatMap((e) => e.meeting_client_id ?? []))]);

  return mine.map((e) => {
    const clientId = e.meeting_client_id;
    const seen = clientId !== null && (visible === null || visible.has(clientId));
    return {
      id: e.id,
      date: e.start_date,
      startMinute: e.start_minute,
      endMinute: e.end_minute,
      personName: seen ? (people.get(clientId) ?? null) : null,
      others: othersOf(e)
        .map((staffId) => ({ staffId, name: names.get(staffId) ?? 'A colleague' }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      note: e.note,
      cancelled: e.status === 'cancelled',
    };
  });
}

type Entry = Awaited<ReturnType<typeof ownEntries>>[number];

/** A worker's team meeting entries from a date on, soonest first. */
function ownEntries(db: Kysely<Database>, staffId: string, from: string) {
  return db
    .selectFrom('availability_exception')
    .select(['id', 'status', 'start_date', 'start_minute', 'end_minute', 'note', 'meeting_id', 'meeting_client_id'])
    .where('kind', '=', 'team_meeting')
    .where('staff_id', '=', staffId)
    .where('start_date', '>=', from)
    .orderBy('start_date')
    .orderBy('start_minute')
    .orderBy('id')
    .execute();
}

/** For each booking of these entries, the workers it still invites (their entries not cancelled). */
async function stillInvited(db: Kysely<Database>, entries: readonly Entry[]): Promise<Map<string, string[]>> {
  const meetingIds = [...new Set(entries.flatMap((e) => e.meeting_id ?? []))];
  if (meetingIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('availability_exception')
    .select(['meeting_id', 'staff_id'])
    .where('meeting_id', 'in', meetingIds)
    .where('status', '<>', 'cancelled')
    .execute();
  const out = new Map<string, string[]>();
  for (const row of rows)
    if (row.meeting_id !== null) out.set(row.meeting_id, [...(out.get(row.meeting_id) ?? []), row.staff_id]);
  return out;
}

/** People's names as the team knows them, by id. */
async function personNames(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('client')
    .select(['id', 'given_name', 'family_name', 'preferred_name'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, `${r.preferred_name ?? r.given_name} ${r.family_name}`]));
}
