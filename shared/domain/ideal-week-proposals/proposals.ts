import { z } from 'zod';
import { Id, IsoDateTime, optionalText, requiredText } from '../common';
import { RepeatPattern, Weekday } from '../clients/ideal-week';
import { StartMinute } from '../rota-board/board';

/** One visit of a person's ideal week as their team sees it (security.md: no support needs, skills or preferences). */
export const TeamIdealWeekItem = z.object({
  itemId: Id,
  weekday: Weekday,
  startMinute: z.number().int(),
  durationMinutes: z.number().int(),
  purpose: z.string(),
  workersNeeded: z.number().int(),
  repeat: RepeatPattern,
});
/** One visit of a person's ideal week as their team sees it. */
export type TeamIdealWeekItem = z.infer<typeof TeamIdealWeekItem>;

/** A person in the worker's teams with what the team may know of them and their ideal week in force today. */
export const TeamIdealWeek = z.object({
  clientId: Id,
  name: z.string(),
  addressedAs: z.string(),
  whatMatters: z.string().nullable(),
  /** The version in force today; null when the person has no ideal week yet. */
  versionId: Id.nullable(),
  items: z.array(TeamIdealWeekItem),
});
/** A person's ideal week as their team sees it. */
export type TeamIdealWeek = z.infer<typeof TeamIdealWeek>;

/** A new length a team may propose, up to twelve hours (the branch’s ideal-week policy is checked on accepting). */
const ProposedMinutes = z
  .number({ message: 'Enter the new length in minutes' })
  .int('Enter whole minutes')
  .min(1, 'A visit lasts at least 1 minute')
  .max(720, 'A visit lasts at most 12 hours');

/** A change a team member proposes to one visit of a person's ideal week: a new start, a new length, or both. */
export const ProposeChangeInput = z
  .object({
    clientId: Id,
    itemId: Id,
    startMinute: StartMinute.nullable(),
    durationMinutes: ProposedMinutes.nullable(),
    reason: requiredText('why you propose it', 500),
  })
  .refine((v) => v.startMinute !== null || v.durationMinutes !== null, {
    path: ['startMinute'],
    message: 'Propose a new start time, a new length, or both',
  });
/** A proposed change to one visit of an ideal week. */
export type ProposeChangeInput = z.infer<typeof ProposeChangeInput>;

/** The coordinator's decision on a proposal: accept (the ideal week changes from today) or decline with a reason. */
export const DecideProposalInput = z
  .object({
    id: Id,
    decision: z.enum(['accept', 'decline'], { message: 'Choose accept or decline' }),
    reason: optionalText('reason', 500),
  })
  .refine((v) => v.decision !== 'decline' || v.reason !== null, {
    path: ['reason'],
    message: 'Say why the proposal is declined: the worker who made it is told',
  });
/** The coordinator's decision on a proposal. */
export type DecideProposalInput = z.infer<typeof DecideProposalInput>;

/** Where a proposal stands. */
export const ProposalStatus = z.enum(['proposed', 'accepted', 'declined']);
/** Where a proposal stands. */
export type ProposalStatus = z.infer<typeof ProposalStatus>;

/** A proposal as stored: the visit as it was, the change, who proposed it and why, and the decision. */
export const IdealWeekProposal = z.object({
  id: Id,
  clientId: Id,
  personName: z.string(),
  weekday: Weekday,
  startMinute: z.number().int(),
  durationMinutes: z.number().int(),
  purpose: z.string(),
  proposedStartMinute: z.number().int().nullable(),
  proposedDurationMinutes: z.number().int().nullable(),
  reason: z.string(),
  proposedBy: z.string(),
  proposedByName: z.string(),
  createdAt: IsoDateTime,
  status: ProposalStatus,
  decidedBy: z.string().nullable(),
  declineReason: z.string().nullable(),
});
/** A proposal as stored. */
export type IdealWeekProposal = z.infer<typeof IdealWeekProposal>;

/** Which proposals to list: those waiting for a decision, or every one. */
export const ProposalQuery = z.object({ waitingOnly: z.boolean().default(false) });
/** Which proposals to list. */
export type ProposalQuery = z.infer<typeof ProposalQuery>;
