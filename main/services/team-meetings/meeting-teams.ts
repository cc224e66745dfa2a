import { AppError } from '@shared/contract/errors';
import type { MeetingTeam } from '@shared/domain/team-meetings/meeting-times';
import type { HandlerContext } from '@main/rpc/context';
import { callerAccess } from '@main/services/clients/client-access';
import { teamPeopleOf } from '@main/services/team-week/team-week-queries';

type Named = { given_name: string; family_name: string; preferred_name: string | null };
const nameOf = (r: Named): string => `${r.preferred_name ?? r.given_name} ${r.family_name}`;

/**
 * The teams the caller may plan a meeting for, each a person's team with its members by name: a worker's own teams
 * (security.md: a worker sees the people in their teams by name); every current person's team for coordinators and
 * managers. People whose team has nobody in it yet are left out.
 */
export async function meetingTeams(ctx: HandlerContext): Promise<MeetingTeam[]> {
  const db = ctx.deps.db;
  const access = callerAccess(ctx);
  let people: ({ id: string } & Named)[];
  if (access.privileged) {
    people = await db
      .selectFrom('client')
      .select(['id', 'given_name', 'family_name', 'preferred_name'])
      .where('status', '<>', 'ended')
      .orderBy('family_name')
      .orderBy('given_name')
      .orderBy('id')
      .execute();
  } else if (access.staffId !== null) people = await teamPeopleOf(db, access.staffId);
  else people = [];
  if (people.length === 0) return [];
  const members = await db
    .selectFrom('client_team_member as t')
    .innerJoin('staff as s', 's.id', 't.staff_id')
    .select(['t.client_id', 's.id', 's.given_name', 's.family_name', 's.preferred_name'])
    .where(
      't.client_id',
      'in',
      people.map((p) => p.id),
    )
    .where('s.status', '=', 'active')
    .orderBy('s.family_name')
    .orderBy('s.given_name')
    .execute();
  return people
    .map((p) => ({
      clientId: p.id,
      personName: nameOf(p),
      members: members.filter((m) => m.client_id === p.id).map((m) => ({ staffId: m.id, name: nameOf(m) })),
    }))
    .filter((t) => t.members.length > 0);
}

/** One team the caller may plan for; a worker asking for a team they are not in is refused. */
export async function meetingTeam(ctx: HandlerContext, clientId: string): Promise<MeetingTeam> {
  const team = (await meetingTeams(ctx)).find((t) => t.clientId === clientId);
  if (team) return team;
  if (!callerAccess(ctx).privileged)
    throw new AppError('FORBIDDEN', 'You can plan meetings only for the teams you are in.');
  throw AppError.field(['clientId'], 'That person is not on record, or nobody is in their team yet');
}
