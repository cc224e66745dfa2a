import type { BookingStatus } from './bookings';
import { OrganisationKind, type SpaceKind } from './setup';

// The hub's block of the council summary (council-sync.md: "desk bookings and sign-ins by visiting organisation type,
// desk utilisation"). It holds raw counts only: the sync domain suppresses them (each by-type record through
// `suppressBreakdown`, the desk figure through `suppressShare(used, available)`) before anything leaves the branch.
// Only visiting organisations are counted; the branch's own staff booking a desk are not a visiting organisation.

/** One booking in the period, as the block needs it. */
export interface HubBookingFact {
  /** null for the branch's own staff. */
  organisationKind: OrganisationKind | null;
  status: BookingStatus;
  spaceKind: SpaceKind;
  /** Half-days the booking covers (a day booking is 2). */
  halfDays: number;
}

/** What the block is computed from: the period's bookings and visitor sign-ins, and the desk half-days open. */
export interface HubPeriodFacts {
  bookings: readonly HubBookingFact[];
  /** One entry per visitor sign-in, by the visitor's organisation kind. */
  visitorSignIns: readonly (OrganisationKind | null)[];
  /** Desks × open half-days in the period. */
  deskOpenHalfDays: number;
}

/** The hub block before suppression. */
export interface HubCouncilBlock {
  /** Bookings kept (booked, checked in or not used), by visiting organisation type. */
  bookingsByOrganisationType: Record<OrganisationKind, number>;
  /** Bookings released as not used, by visiting organisation type. */
  noShowsByOrganisationType: Record<OrganisationKind, number>;
  /** Visitor sign-ins at the kiosk, by visiting organisation type. */
  signInsByOrganisationType: Record<OrganisationKind, number>;
  /** Desk utilisation: half-days of desks checked into, of the desk half-days open. */
  deskHalfDays: { used: number; available: number };
}

function zeroByKind(): Record<OrganisationKind, number> {
  return Object.fromEntries(OrganisationKind.options.map((kind) => [kind, 0])) as Record<OrganisationKind, number>;
}

/** Compute the hub block of the council summary from a period's facts (pure; the sync domain suppresses it). */
export function hubCouncilBlock(facts: HubPeriodFacts): HubCouncilBlock {
  const bookings = zeroByKind();
  const noShows = zeroByKind();
  const signIns = zeroByKind();
  let used = 0;
  for (const booking of facts.bookings) {
    if (booking.status === 'cancelled') continue;
    if (booking.spaceKind === 'desk' && booking.status === 'checked_in') used += booking.halfDays;
    if (booking.organisationKind === null) continue;
    bookings[booking.organisationKind] += 1;
    if (booking.status === 'no_show') noShows[booking.organisationKind] += 1;
  }
  for (const kind of facts.visitorSignIns) if (kind !== null) signIns[kind] += 1;
  return {
    bookingsByOrganisationType: bookings,
    noShowsByOrganisationType: noShows,
    signInsByOrganisationType: signIns,
    deskHalfDays: { used: Math.min(used, facts.deskOpenHalfDays), available: facts.deskOpenHalfDays },
  };
}
