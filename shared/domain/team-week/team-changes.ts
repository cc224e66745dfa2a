import { z } from 'zod';
import { Id, optionalText, requiredText } from '../common';
import { IsoWeek } from '@shared/domain/time/iso-week';

const VisitId = z.string({ message: 'Choose a visit' }).min(1, 'Choose a visit').max(200, 'Choose a visit');

/**
 * Which swaps and give-ups wait for the coordinator: every one, or only those that put a worker with a person they do
 * not already visit that week (continuity) or move more than the limit of a worker's weekly hours. A give-up through
 * sickness never waits: nobody is kept working ill.
 */
export const TeamChangeApproval = z.object({
  mode: z.enum(['every', 'beyond_limit'], { message: 'Choose which changes the coordinator approves' }),
  hoursLimitMinutes: z
    .number({ message: 'Enter the hours limit in minutes' })
    .int('Enter whole minutes')
    .min(0, 'The hours limit cannot be negative')
    .max(2880, 'The hours limit must be 48 hours or fewer'),
});
/** Which swaps and give-ups wait for the coordinator. */
export type TeamChangeApproval = z.infer<typeof TeamChangeApproval>;

/** Propose to swap a visit with a teammate: they take it, and (optionally) you take one of theirs in exchange. */
export const ProposeSwapInput = z.object({
  isoWeek: IsoWeek,
  visitId: VisitId,
  teammateId: Id,
  otherVisitId: VisitId.nullable(),
});
/** Propose a swap with a teammate. */
export type ProposeSwapInput = z.infer<typeof ProposeSwapInput>;

/** Give up a visit with a reason; it becomes open for the team to take. */
export const GiveUpInput = z.object({
  isoWeek: IsoWeek,
  visitId: VisitId,
  sickness: z.boolean({ message: 'Say whether you are giving it up because you are ill' }),
  reason: requiredText('the reason you are giving it up', 500),
});
/** Give up a visit with a reason. */
export type GiveUpInput = z.infer<typeof GiveUpInput>;

/** The teammate's answer to a proposed swap. */
export const RespondInput = z.object({
  requestId: Id,
  accept: z.boolean({ message: 'Accept or decline the swap' }),
});
/** The teammate's answer to a proposed swap. */
export type RespondInput = z.infer<typeof RespondInput>;

/** The coordinator's decision on a swap or give-up waiting for them. */
export const DecideInput = z.object({
  requestId: Id,
  approve: z.boolean({ message: 'Approve or decline the change' }),
  note: optionalText('the note', 500),
});
/** The coordinator's decision on a waiting change. */
export type DecideInput = z.infer<typeof DecideInput>;

/** Where a swap or give-up stands. */
export const ChangeRequestStatus = z.enum(['proposed', 'awaiting_coordinator', 'done', 'declined']);
/** Where a swap or give-up stands. */
export type ChangeRequestStatus = z.infer<typeof ChangeRequestStatus>;

/** A visit in a change request, in words. */
export const RequestVisit = z.object({
  visitId: z.string(),
  date: z.string(),
  startMinute: z.number().int(),
  durationMinutes: z.number().int(),
  person: z.string(),
});
/** A visit in a change request. */
export type RequestVisit = z.infer<typeof RequestVisit>;

/** A whole shift in a change request: one worker's visits on one day, in time order. */
export const RequestShift = z.object({
  date: z.string(),
  visits: z.array(RequestVisit),
  /** The visits' minutes added up. */
  minutes: z.number().int(),
});
/** A whole shift in a change request. */
export type RequestShift = z.infer<typeof RequestShift>;

/** A swap (of a visit, or of a whole shift) or give-up, as the people it concerns see it. */
export const ChangeRequest = z.object({
  id: z.string(),
  isoWeek: z.string(),
  kind: z.enum(['swap', 'give_up', 'swap_shift']),
  status: ChangeRequestStatus,
  /** The visit asked about; for a shift swap, the shift's first visit. */
  visit: RequestVisit,
  otherVisit: RequestVisit.nullable(),
  /** A shift swap's shift the teammate is asked to take (null for a single visit). */
  shift: RequestShift.nullable(),
  /** A shift swap's shift of the teammate's taken in exchange (null for a one-way hand-over or a single visit). */
  otherShift: RequestShift.nullable(),
  fromName: z.string(),
  toName: z.string().nullable(),
  reason: z.string().nullable(),
  sickness: z.boolean(),
  /** The signed-in worker is the teammate asked, and it waits for their answer. */
  awaitingYou: z.boolean(),
  note: z.string().nullable(),
});
/** A swap or give-up. */
export type ChangeRequest = z.infer<typeof ChangeRequest>;
