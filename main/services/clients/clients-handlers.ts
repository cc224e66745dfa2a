import type { HandlerTable } from '@main/rpc/handler';
import { neighbourhoodMap, recordTravel, teamTravel } from '../travel/travel-service';
import { createPerson, getAccessNotes, getPerson, getPersonForTeam, listPeople, updatePerson } from './client-service';
import { getIdealWeek, saveIdealWeek } from './ideal-week-service';
import { getTeam, recordInterview, setDeclined, setTeamMember } from './team-service';

type ClientProcedure =
  | 'clients.list'
  | 'clients.get'
  | 'clients.getForTeam'
  | 'clients.getAccessNotes'
  | 'clients.create'
  | 'clients.update'
  | 'clients.getTeam'
  | 'clients.recordInterview'
  | 'clients.setTeamMember'
  | 'clients.setDeclined'
  | 'clients.getIdealWeek'
  | 'clients.saveIdealWeek'
  | 'clients.teamTravel'
  | 'clients.recordTravel'
  | 'clients.neighbourhoodMap';

/** Handlers for `clients.*`: people, chosen teams, ideal weeks, travel review and the neighbourhood view. */
export const clientHandlers: HandlerTable<ClientProcedure> = {
  'clients.list': (input, ctx) => listPeople(ctx, input),
  'clients.get': (input, ctx) => getPerson(ctx, input.id),
  'clients.getForTeam': (input, ctx) => getPersonForTeam(ctx, input.id),
  'clients.getAccessNotes': (input, ctx) => getAccessNotes(ctx, input.id),
  'clients.create': (input, ctx) => createPerson(ctx, input),
  'clients.update': (input, ctx) => updatePerson(ctx, input.id, input.client),
  'clients.getTeam': (input, ctx) => getTeam(ctx, input.id),
  'clients.recordInterview': (input, ctx) => recordInterview(ctx, input),
  'clients.setTeamMember': (input, ctx) => setTeamMember(ctx, input),
  'clients.setDeclined': (input, ctx) => setDeclined(ctx, input),
  'clients.getIdealWeek': (input, ctx) => getIdealWeek(ctx, input.clientId, input.onDate, input.versionId),
  'clients.saveIdealWeek': (input, ctx) => saveIdealWeek(ctx, input),
  'clients.teamTravel': (input, ctx) => teamTravel(ctx, input.clientId),
  'clients.recordTravel': (input, ctx) => recordTravel(ctx, input),
  'clients.neighbourhoodMap': (_input, ctx) => neighbourhoodMap(ctx),
};
