import type { HandlerTable } from '@main/rpc/handler';
import { invitedMeetings } from './invited-meetings';

/** Handlers for the caller's own team meetings. */
export const invitedMeetingHandlers: HandlerTable<'teamMeetings.invited'> = {
  'teamMeetings.invited': (_input, ctx) => invitedMeetings(ctx),
};
