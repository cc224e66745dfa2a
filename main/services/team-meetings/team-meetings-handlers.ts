import type { HandlerTable } from '@main/rpc/handler';
import { meetingTeams } from './meeting-teams';
import { bookMeeting, findMeetingTimes } from './team-meetings-service';

type TeamMeetingProcedure = 'teamMeetings.teams' | 'teamMeetings.findTimes' | 'teamMeetings.book';

/** Handlers for `teamMeetings.*`. */
export const teamMeetingHandlers: HandlerTable<TeamMeetingProcedure> = {
  'teamMeetings.teams': (_input, ctx) => meetingTeams(ctx),
  'teamMeetings.findTimes': (input, ctx) => findMeetingTimes(ctx, input),
  'teamMeetings.book': (input, ctx) => bookMeeting(ctx, input),
};
