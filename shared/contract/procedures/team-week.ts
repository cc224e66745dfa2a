import { procedure } from '../procedure';
import { TakeOpenVisitInput, TeamWeek, TeamWeekQuery } from '@shared/domain/team-week/team-week';

/** Workers run their own week: the team's published week and taking an open visit. */
export const teamWeekProcedures = {
  'teamWeek.get': procedure({
    summary: 'The published week of the people in the signed-in worker’s teams, with the open visits they may take.',
    input: TeamWeekQuery,
    output: TeamWeek,
    roles: ['worker'],
  }),
  'teamWeek.takeOpenVisit': procedure({
    summary: 'Take an open visit in a published week: the first to take it gets it once the validator passes.',
    input: TakeOpenVisitInput,
    output: TeamWeek,
    roles: ['worker'],
    mutation: true,
    invalidates: ['teamWeek', 'rota', 'notices'],
  }),
};
