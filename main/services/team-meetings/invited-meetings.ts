import type { Kysely } from 'kysely';
import type { InvitedMeeting } from '@shared/domain/team-meetings/invited-meetings';
import { meetingTimeInWords } from '@shared/domain/team-meetings/meeting-words';
import { londonDate, londonMinute } from '@shared/domain/time/london';
import type { Database } from '@main/db/schema';
import type { HandlerContext } from '@main/rpc/context';
import { callerAccess } from '@main/services/clients/client-access';
import { staffNames } from '@main/services/staff/staff-queries';
import { teamPeopleOf } from '@main/services/team-week/team-week-queries';

// A team meeting is stored as one `team_meeting` availability entry per invited worker (insertTeamMeetings), with
// nothing that joins the entries of one booking or names the team. The entries of one booking share their time, note
// and booker and were written in one transaction, so they are found by those within BOOKING_WINDOW_MS. The team is
// the client the booking's audit entry names (teamMeetings.book writes it in the same transaction, its detail saying
// how many were invited and when); a meeting booked on the Availability page has no team.

/** Entries of one booking are written within this long of each other (one transaction). */
const BOOKING_WINDOW_MS = 5_000;

type Entry = {
  id: string;
  staff_id: string;
  status: string;
  start_date: string;
  start_minute: number;
  end_minute: number;
  note: string | null;
  requested_by: string;
  created_at: string;
};

/** The caller's own team meetings that have not ended by the backend clock's now, soonest first. */
export async function invitedMeetings(ctx: HandlerContext): Promise<InvitedMeeting[]> {
  const access = callerAccess(ctx);
  if (access.staffId === null) return [];
  const db = ctx.deps.db;
  const now = ctx.deps.clock.now();
  const today = londonDate(now);
  const minute = londonMinute(now);
  const mine = (await entries(db, today).where('staff_id', '=', access.staffId).execute()).filter(
    (e) => e.start_date > today || e.end_minute > minute,
  );
  if (mine.length === 0) return [];

  const all = await entries(db, today)
    .where('start_date', 'in', [...new Set(mine.map((e) => e.start_date))])
    .execute();
  const bookings = new Map(mine.map((e) => [e.id, all.filter((other) => sameBooking(e, other))]));
  const teams = await bookedTeams(db, mine, bookings);
  const visible = access.privileged ? null : new Set((await teamPeopleOf(db, access.staffId)).map((p) => p.id));
  const people = await personNames(db, [...new Set(teams.values())]);
  // Everyone else the booking still invites (a coordinator may have cancelled it for some of them).
  const othersOf = (id: string) =>
    (bookings.get(id) ?? []).filter((o) => o.staff_id !== access.staffId && o.status !== 'cancelled');
  const names = await staffNames(
    db,
    mine.flatMap((e) => othersOf(e.id).map((o) => o.staff_id)),
  );

  return mine.map((e) => {
    const clientId = teams.get(e.id) ?? null;
    const seen = clientId !== null && (visible === null || visible.has(clientId));
    return {
      id: e.id,
      date: e.start_date,
      startMinute: e.start_minute,
      endMinute: e.end_minute,
      personName: seen ? (people.get(clientId) ?? null) : null,
      others: othersOf(e.id)
        .map((o) => ({ staffId: o.staff_id, name: names.get(o.staff_id) ?? 'A colleague' }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      note: e.note,
      cancelled: e.status === 'cancelled',
    };
  });
}

/** Team meeting entries from a date on, soonest first. */
function entries(db: Kysely<Database>, from: string) {
  return db
    .selectFrom('availability_exception')
    .select([
      'id',
      'staff_id',
      'status',
      'start_date',
      'start_minute',
      'end_minute',
      'note',
      'requested_by',
      'created_at',
    ])
    .where('kind', '=', 'team_meeting')
    .where('start_date', '>=', from)
    .orderBy('start_date')
    .orderBy('start_minute')
    .orderBy('id');
}

/** Whether two entries were written by one booking. */
function sameBooking(a: Entry, b: Entry): boolean {
  return (
    a.start_date === b.start_date &&
    a.start_minute === b.start_minute &&
    a.end_minute === b.end_minute &&
    a.note === b.note &&
    a.requested_by === b.requested_by &&
    Math.abs(Date.parse(a.created_at) - Date.parse(b.created_at)) <= BOOKING_WINDOW_MS
  );
}

/** For each of the caller's entries, the client whose team the booking was for, from the booking's audit entry. */
async function bookedTeams(
  db: Kysely<Database>,
  mine: readonly Entry[],
  bookings: ReadonlyMap<string, readonly Entry[]>,
): Promise<Map<string, string>> {
  const times = mine.map((e) => Date.parse(e.created_at));
  const audits = await db
    .selectFrom('audit_log')
    .select(['at', 'entity_id', 'detail'])
    .where('action', '=', 'teamMeetings.book')
    .where('outcome', '=', 'success')
    .where('entity', '=', 'client')
    .where('at', '>=', new Date(Math.min(...times)).toISOString())
    .where('at', '<=', new Date(Math.max(...times) + BOOKING_WINDOW_MS).toISOString())
    .orderBy('seq')
    .execute();
  const out = new Map<string, string>();
  for (const e of mine) {
    const size = bookings.get(e.id)?.length ?? 0;
    const when = meetingTimeInWords({ date: e.start_date, startMinute: e.start_minute, endMinute: e.end_minute });
    const detail = `${size} workers, ${when}`;
    const created = Date.parse(e.created_at);
    // The booking's own entry is the first with its words written at or after its meeting entries.
    const found = audits.find((a) => {
      const gap = Date.parse(a.at) - created;
      return a.detail === detail && a.entity_id !== null && gap >= 0 && gap <= BOOKING_WINDOW_MS;
    });
    if (found?.entity_id) out.set(e.id, found.entity_id);
  }
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
