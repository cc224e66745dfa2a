import { z } from 'zod';
import { procedure } from '../procedure';
import {
  BookedMeeting,
  BookMeetingInput,
  FindMeetingTimesInput,
  MeetingTeam,
  MeetingTimes,
} from '@shared/domain/team-meetings/meeting-times';

/** The team plans together: when most of a person's team are free, and a paid team meeting booked into their weeks. */
export const teamMeetingProcedures = {
  'teamMeetings.teams': procedure({
    summary: 'The teams the caller may plan a meeting for: a worker’s own teams; every person’s team for coordinators.',
    input: z.object({}),
    output: z.array(MeetingTeam),
    roles: ['worker', 'coordinator', 'manager'],
  }),
  'teamMeetings.findTimes': procedure({
    summary: 'The times in a week most of a team are free (availability, leave, training, meetings, visits), ranked.',
    input: FindMeetingTimesInput,
    output: MeetingTimes,
    roles: ['worker', 'coordinator', 'manager'],
  }),
  'teamMeetings.book': procedure({
    summary: 'Book a team meeting as paid time for the invited workers, each told; refused if one is busy then.',
    input: BookMeetingInput,
    output: BookedMeeting,
    roles: ['worker', 'coordinator', 'manager'],
    mutation: true,
    invalidates: ['teamMeetings', 'availability', 'rota', 'notices'],
  }),
};
