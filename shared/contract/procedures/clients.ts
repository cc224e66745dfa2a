import { z } from 'zod';
import { procedure } from '../procedure';
import { Id, IsoDate } from '@shared/domain/common';
import {
  ClientAccessNotes,
  ClientInput,
  ClientListQuery,
  ClientListResult,
  ClientRecord,
  ClientTeamListResult,
  ClientTeamView,
} from '@shared/domain/clients/client';
import { ClientTeam, DeclineChange, InterviewInput, TeamMemberChange } from '@shared/domain/clients/team';
import { IdealWeekInput, IdealWeekView } from '@shared/domain/clients/ideal-week';
import { NeighbourhoodMap, RecordTravelInput, TeamTravelReview } from '@shared/domain/availability/travel';

const ClientListQuerySchema = ClientListQuery;

/** People who draw on care ("people" on screen), their chosen teams, ideal weeks, travel and the neighbourhood view. */
export const clientProcedures = {
  'clients.list': procedure({
    summary:
      'Search, filter, sort and page the people supported; a worker sees only the people in their teams, ' +
      'by name and how they like to be addressed.',
    input: ClientListQuerySchema,
    output: ClientListResult,
    roles: ['manager', 'coordinator', 'worker'],
    narrowOutput: { unlessRoles: ['manager', 'coordinator'], schema: ClientTeamListResult },
  }),
  'clients.get': procedure({
    summary: 'One person’s full record (without access notes).',
    input: z.object({ id: Id }),
    output: ClientRecord,
    roles: ['manager', 'coordinator'],
  }),
  'clients.getForTeam': procedure({
    summary: 'What a team member needs to know about a person: name, how addressed, what matters.',
    input: z.object({ id: Id }),
    output: ClientTeamView,
    roles: ['manager', 'coordinator', 'worker'],
  }),
  'clients.getAccessNotes': procedure({
    summary:
      'A person’s access notes (key safe, entry, pets, risks); only ' +
      'their team, coordinators and managers; each view audited.',
    input: z.object({ id: Id }),
    output: ClientAccessNotes,
    roles: ['manager', 'coordinator', 'worker'],
    mutation: true,
    invalidates: [],
  }),
  'clients.create': procedure({
    summary: 'Record a new person drawing on care.',
    input: ClientInput,
    output: ClientRecord,
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['clients', 'rota', 'training'],
  }),
  'clients.update': procedure({
    summary: 'Edit a person’s record, including pausing (hospital stay) or ending support.',
    input: z.object({ id: Id, client: ClientInput }),
    output: ClientRecord,
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['clients', 'rota', 'training'],
  }),
  'clients.getTeam': procedure({
    summary: 'A person’s chosen team, declined workers, interviews and skill coverage against their needs.',
    input: z.object({ id: Id }),
    output: ClientTeam,
    roles: ['manager', 'coordinator'],
  }),
  'clients.recordInterview': procedure({
    summary: 'Record an interview; a chosen worker joins the team (at most 12, never a declined worker).',
    input: InterviewInput,
    output: ClientTeam,
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['clients', 'rota', 'training'],
  }),
  'clients.setTeamMember': procedure({
    summary: 'Add a worker to, or take them off, a person’s approved team.',
    input: TeamMemberChange,
    output: ClientTeam,
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['clients', 'rota', 'training'],
  }),
  'clients.setDeclined': procedure({
    summary: 'Record (or withdraw) that a person has declined a worker; a declined worker leaves the team.',
    input: DeclineChange,
    output: ClientTeam,
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['clients', 'rota', 'training'],
  }),
  'clients.getIdealWeek': procedure({
    summary: 'A person’s ideal week in force on a date, with its version history and weekly totals.',
    input: z.object({ clientId: Id, onDate: IsoDate.nullable().default(null), versionId: Id.nullable().default(null) }),
    output: IdealWeekView,
    roles: ['manager', 'coordinator'],
  }),
  'clients.saveIdealWeek': procedure({
    summary: 'Save a new version of a person’s ideal week from an effective date (earlier weeks keep theirs).',
    input: IdealWeekInput,
    output: IdealWeekView,
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['clients', 'rota'],
  }),
  'clients.teamTravel': procedure({
    summary:
      'Travel times between a person and the other people their team visits: estimates per mode and recorded times.',
    input: z.object({ clientId: Id }),
    output: TeamTravelReview,
    roles: ['manager', 'coordinator'],
  }),
  'clients.recordTravel': procedure({
    summary: 'Record (or clear) an actual travel time between two places for a mode; it always wins over the estimate.',
    input: RecordTravelInput,
    output: z.object({ ok: z.literal(true) }),
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['clients', 'rota'],
  }),
  'clients.neighbourhoodMap': procedure({
    summary: 'People and workers with their locations, for the neighbourhood plot.',
    input: z.object({}),
    output: NeighbourhoodMap,
    roles: ['manager', 'coordinator'],
  }),
};
