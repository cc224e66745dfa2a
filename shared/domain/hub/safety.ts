import { z } from 'zod';
import { Id, IsoDate, IsoDateTime } from '../common';

// Who is in the building, the roll call at the assembly point, and sign-ins.

/** Who a person in the building is. */
export const PresenceKind = z.enum(['visitor', 'staff', 'contractor']);
export type PresenceKind = z.infer<typeof PresenceKind>;

/** Labels for presence kinds. */
export const PRESENCE_KIND_LABELS: Record<PresenceKind, string> = {
  visitor: 'Visitor',
  staff: 'Staff',
  contractor: 'Contractor',
};

/** One person signed in. */
export const BuildingPerson = z.object({
  presenceId: Id,
  name: z.string(),
  kind: PresenceKind,
  /** Their organisation (visitors) or company (contractors); null for staff. */
  organisationName: z.string().nullable(),
  spaceName: z.string().nullable(),
  signedInAt: IsoDateTime,
});
export type BuildingPerson = z.infer<typeof BuildingPerson>;

/** Everyone in the building now, by floor (people without a space are under "No space booked"). */
export const Building = z.object({
  evacuation: z.boolean(),
  rollCallId: Id.nullable(),
  total: z.number().int(),
  floors: z.array(z.object({ floorId: Id.nullable(), floorName: z.string(), people: z.array(BuildingPerson) })),
});
export type Building = z.infer<typeof Building>;

/** One line of a roll call: the person as they were when it started, and whether they are safe. */
export const RollCallLine = BuildingPerson.extend({
  floorName: z.string(),
  safeAt: IsoDateTime.nullable(),
  markedBy: z.string().nullable(),
});
export type RollCallLine = z.infer<typeof RollCallLine>;

/** A roll call: opened when the alarm sounds (the kiosk stops sign-ins), closed when everyone is accounted for. */
export const RollCall = z.object({
  id: Id,
  startedAt: IsoDateTime,
  startedBy: z.string(),
  endedAt: IsoDateTime.nullable(),
  endedBy: z.string().nullable(),
  total: z.number().int(),
  safe: z.number().int(),
  lines: z.array(RollCallLine),
});
export type RollCall = z.infer<typeof RollCall>;

/** Marking one person safe (or undoing a mistaken mark). */
export const MarkSafeInput = z.object({ rollCallId: Id, presenceId: Id, safe: z.boolean() });
export type MarkSafeInput = z.input<typeof MarkSafeInput>;

/** Someone signed out by the hub at closing because they forgot. */
export const ForgottenSignOut = z.object({
  presenceId: Id,
  name: z.string(),
  kind: PresenceKind,
  organisationName: z.string().nullable(),
  signedInAt: IsoDateTime,
  signedOutAt: IsoDateTime,
});
export type ForgottenSignOut = z.infer<typeof ForgottenSignOut>;

/** One of the caller's own sign-ins. */
export const MySignIn = z.object({
  presenceId: Id,
  date: IsoDate,
  signedInAt: IsoDateTime,
  signedOutAt: IsoDateTime.nullable(),
  /** Signed out by the hub at closing, not by the person. */
  signedOutAtClosing: z.boolean(),
  spaceName: z.string().nullable(),
  floorName: z.string().nullable(),
});
export type MySignIn = z.infer<typeof MySignIn>;
