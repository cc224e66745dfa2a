import { z } from 'zod';
import { procedure } from '../procedure';
import { InvitedMeeting } from '@shared/domain/team-meetings/invited-meetings';

/** The team meetings a worker (or a coordinator, for their own) is invited to. */
export const teamMeetingInviteProcedures = {
  'teamMeetings.invited': procedure({
    summary:
      'The caller’s own team meetings that have not ended, soonest first: when, whose team, who else is invited, ' +
      'and whether it was cancelled. Empty for an account without a staff record.',
    input: z.object({}),
    output: z.array(InvitedMeeting),
    roles: ['worker', 'coordinator', 'manager'],
  }),
};
