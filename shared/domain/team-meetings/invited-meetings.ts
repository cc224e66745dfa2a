import { z } from 'zod';
import { Id, IsoDate } from '../common';
import { MeetingMember } from './meeting-times';

/**
 * A team meeting the caller is invited to, as their own list shows it: when, whose team (null when it was booked
 * without one, on the Availability page, or for a person whose team the caller is no longer in), who else is
 * invited, and whether a coordinator has cancelled it for the caller. Team meetings are always paid time.
 */
export const InvitedMeeting = z.object({
  /** The caller's own entry for the meeting. */
  id: Id,
  date: IsoDate,
  startMinute: z.number().int(),
  endMinute: z.number().int(),
  /** The person whose team meets, by name; null when the caller may not see it or there is none. */
  personName: z.string().nullable(),
  /** Everyone else still invited, by name. */
  others: z.array(MeetingMember),
  note: z.string().nullable(),
  /** True when a coordinator cancelled the meeting for the caller. */
  cancelled: z.boolean(),
});
/** A team meeting the caller is invited to. */
export type InvitedMeeting = z.infer<typeof InvitedMeeting>;
