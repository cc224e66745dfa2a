import { z } from 'zod';
import { Id, IsoDate } from '../common';
import { IsoWeek } from '@shared/domain/time/iso-week';
import { RequestShift } from './team-changes';

/**
 * A teammate as a worker's shift swap form shows them: offered when they are in the team of every person on the
 * shift (and not already on one of its visits); otherwise why not, in words. With the teammate's own shifts the
 * worker could take in exchange (only days still to come whose people all have the worker in their team).
 */
export const ShiftTeammate = z.object({
  staffId: z.string(),
  name: z.string(),
  /** The teammate's visit minutes this published week, before any swap. */
  weekMinutes: z.number().int(),
  offered: z.boolean(),
  /** Why the teammate is not offered, in words (null when offered). */
  whyNot: z.string().nullable(),
  /** Shifts of theirs the worker may take in exchange. */
  shifts: z.array(RequestShift),
});
/** A teammate in the shift swap form. */
export type ShiftTeammate = z.infer<typeof ShiftTeammate>;

/** One of the worker's shifts still to come, with the teammates who could take it (and those who could not). */
export const MyShift = RequestShift.extend({ teammates: z.array(ShiftTeammate) });
/** One of the worker's shifts still to come. */
export type MyShift = z.infer<typeof MyShift>;

/** What the signed-in worker may propose as a whole-shift swap in a published week. */
export const ShiftSwapOptions = z.object({
  isoWeek: z.string(),
  published: z.boolean(),
  /** The week as these options were drawn; a proposal made from a week changed since is refused. */
  stamp: z.string(),
  /** The worker's visit minutes this week, before any swap. */
  weekMinutes: z.number().int(),
  shifts: z.array(MyShift),
});
/** What the signed-in worker may propose as a whole-shift swap. */
export type ShiftSwapOptions = z.infer<typeof ShiftSwapOptions>;

/**
 * Propose that a teammate takes every visit of the worker's shift on a day, optionally for every visit of the
 * teammate's shift on a day (a straight exchange); without one, a one-way hand-over as a single-visit swap allows.
 */
export const ProposeShiftSwapInput = z.object({
  isoWeek: IsoWeek,
  date: IsoDate,
  teammateId: Id,
  otherDate: IsoDate.nullable(),
  stamp: z.string({ message: 'Open the week again' }).min(1, 'Open the week again').max(100, 'Open the week again'),
});
/** Propose a whole-shift swap with a teammate. */
export type ProposeShiftSwapInput = z.infer<typeof ProposeShiftSwapInput>;
