import { z } from 'zod';
import { IsoWeek } from '@shared/domain/time/iso-week';

/** One published visit to a person in the worker's teams, as the team sees it (security.md: no address, no needs). */
export const TeamVisit = z.object({
  visitId: z.string(),
  date: z.string(),
  startMinute: z.number().int(),
  durationMinutes: z.number().int(),
  purpose: z.string(),
  workersNeeded: z.number().int(),
  /** Who is going, by name; empty while the visit is open. */
  workerNames: z.array(z.string()),
  /** The staff ids of those going, in the order of `workerNames` (to propose a swap with one of them). */
  workerIds: z.array(z.string()),
  /** The signed-in worker is one of those going. */
  mine: z.boolean(),
  /** No one is going yet: unassigned when published, or given up through sickness. */
  open: z.boolean(),
  /** The signed-in worker may take it now (free, eligible, and every hard rule holds). */
  canTake: z.boolean(),
  /** Why the signed-in worker cannot take an open visit, in words (null when they can, or it is not open). */
  whyNot: z.string().nullable(),
});
/** One published visit to a person in the worker's teams. */
export type TeamVisit = z.infer<typeof TeamVisit>;

/** A person in the worker's teams with what the team needs to know and their published visits this week. */
export const TeamPerson = z.object({
  clientId: z.string(),
  name: z.string(),
  addressedAs: z.string(),
  whatMatters: z.string().nullable(),
  visits: z.array(TeamVisit),
});
/** A person in the worker's teams and their published week. */
export type TeamPerson = z.infer<typeof TeamPerson>;

/** The published week of the people in the signed-in worker's teams. */
export const TeamWeek = z.object({
  isoWeek: z.string(),
  published: z.boolean(),
  people: z.array(TeamPerson),
});
/** The published week of the people in the signed-in worker's teams. */
export type TeamWeek = z.infer<typeof TeamWeek>;

/** Take an open visit in a published week. */
export const TakeOpenVisitInput = z.object({
  isoWeek: IsoWeek,
  visitId: z.string({ message: 'Choose a visit' }).min(1, 'Choose a visit').max(200, 'Choose a visit'),
});
/** Take an open visit in a published week. */
export type TakeOpenVisitInput = z.infer<typeof TakeOpenVisitInput>;

/** Which week of the team to show. */
export const TeamWeekQuery = z.object({ isoWeek: IsoWeek });
/** Which week of the team to show. */
export type TeamWeekQuery = z.infer<typeof TeamWeekQuery>;
