import { z } from 'zod';
import { Id, IsoDate } from '../common';
import { daysBetween } from '../time/iso-week';
import { OrganisationKind, SpaceKind } from './setup';

// How the hub is used: the data behind the manager's charts and CSV exports. Counts are of half-days (a day booking
// is two), so a morning desk and a whole-day desk weigh as they should.

/** The longest range the figures cover at once. */
export const USAGE_MAX_DAYS = 366;

/** A date range for the figures, both ends included. */
export const UsageQuery = z
  .object({ from: IsoDate, to: IsoDate })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'The end date must be on or after the start date' })
  .refine((q) => q.from > q.to || daysBetween(q.from, q.to) < USAGE_MAX_DAYS, {
    path: ['to'],
    message: `Choose a range of at most ${USAGE_MAX_DAYS} days`,
  });
export type UsageQuery = z.input<typeof UsageQuery>;

/** Half-days booked (booked or checked in), used (checked in) and open, and their share. */
const HalfDays = {
  bookedHalfDays: z.number().int(),
  usedHalfDays: z.number().int(),
  openHalfDays: z.number().int(),
  /** Booked half-days ÷ open half-days, 0..1 to 3 places; null when nothing was open. */
  occupancy: z.number().nullable(),
};

/** One day of the range. */
export const UsageDay = z.object({ date: IsoDate, open: z.boolean(), signIns: z.number().int(), ...HalfDays });
export type UsageDay = z.infer<typeof UsageDay>;

/** One space over the range. */
export const UsageSpace = z.object({
  spaceId: Id,
  name: z.string(),
  kind: SpaceKind,
  floorName: z.string(),
  noShows: z.number().int(),
  ...HalfDays,
});
export type UsageSpace = z.infer<typeof UsageSpace>;

/** One organisation over the range (`organisationId` null: the branch's own staff). */
export const UsageOrganisation = z.object({
  organisationId: Id.nullable(),
  name: z.string(),
  kind: OrganisationKind.nullable(),
  bookings: z.number().int(),
  noShows: z.number().int(),
  cancelled: z.number().int(),
  signIns: z.number().int(),
});
export type UsageOrganisation = z.infer<typeof UsageOrganisation>;

/** One weekday over the range: how busy it is on average. */
export const UsageWeekday = z.object({
  weekday: z.number().int().min(1).max(7),
  openDays: z.number().int(),
  bookedHalfDays: z.number().int(),
  /** Booked half-days per open day of this weekday, to 1 place. */
  averageBookedHalfDays: z.number().nullable(),
});
export type UsageWeekday = z.infer<typeof UsageWeekday>;

/** The figures for a range. */
export const Usage = z.object({
  from: IsoDate,
  to: IsoDate,
  days: z.array(UsageDay),
  spaces: z.array(UsageSpace),
  organisations: z.array(UsageOrganisation),
  weekdays: z.array(UsageWeekday),
  /** The ten busiest open days, busiest first. */
  busiestDays: z.array(UsageDay),
});
export type Usage = z.infer<typeof Usage>;

/** Which table of the figures to export. */
export const UsageCsvInput = z.object({
  from: IsoDate,
  to: IsoDate,
  table: z.enum(['days', 'spaces', 'organisations']),
});
export type UsageCsvInput = z.input<typeof UsageCsvInput>;

/** Booked half-days ÷ open half-days, to 3 places; null when nothing was open. */
export function occupancyOf(booked: number, open: number): number | null {
  return open === 0 ? null : Math.round((booked / open) * 1000) / 1000;
}
