import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, requiredText } from '../common';
import { SpaceKind } from './setup';

// The kiosk at the hub's front desk. It shows nothing about anyone: no names, no lists of people. What it answers
// is about the hub (open, evacuating, house rules, free spaces) or about the one person standing at it.

/** Turning this window into the hub's kiosk. */
export const KioskStartInput = z.object({ name: requiredText('a name for this kiosk', 60) });
export type KioskStartInput = z.input<typeof KioskStartInput>;

/** A running kiosk as managers see it. */
export const Kiosk = z.object({ id: Id, name: z.string(), startedAt: IsoDateTime, startedBy: z.string() });
export type Kiosk = z.infer<typeof Kiosk>;

/** What the kiosk shows on its start screen. */
export const KioskStatus = z.object({
  kioskName: z.string(),
  branchName: z.string(),
  today: IsoDate,
  /** Minute of the London day, for the clock on screen. */
  minute: z.number().int(),
  open: z.boolean(),
  closedReason: z.string().nullable(),
  /** A roll call is open: new sign-ins are stopped. */
  evacuation: z.boolean(),
  houseRules: z.string(),
  /** Organisations to choose from when signing in by name. */
  organisations: z.array(z.object({ id: Id, name: z.string() })),
  /** Spaces free now, for walk-ins. */
  freeSpaces: z.array(z.object({ spaceId: Id, name: z.string(), floorName: z.string(), kind: SpaceKind })),
});
export type KioskStatus = z.infer<typeof KioskStatus>;

/** Everyone accepts the house rules at each sign-in. */
export const AcceptHouseRules = z.literal(true, { message: 'Read and accept the house rules to sign in' });

/** Signing in with the QR code of a booking (scanned or typed). */
export const KioskPassSignIn = z.object({
  token: z.string().trim().min(1, 'Scan the code on your booking').max(400, 'That is not a booking code'),
  acceptHouseRules: AcceptHouseRules,
});
export type KioskPassSignIn = z.input<typeof KioskPassSignIn>;

/** Signing in by name and organisation: today's booking is used, or a free space chosen for a walk-in. */
export const KioskNameSignIn = z.object({
  name: requiredText('your name', 120),
  organisationId: Id,
  spaceId: Id.nullable().default(null),
  acceptHouseRules: AcceptHouseRules,
});
export type KioskNameSignIn = z.input<typeof KioskNameSignIn>;

/** Signing in as a contractor (no account): name and company. */
export const KioskContractorSignIn = z.object({
  name: requiredText('your name', 120),
  company: requiredText('your company', 120),
  acceptHouseRules: AcceptHouseRules,
});
export type KioskContractorSignIn = z.input<typeof KioskContractorSignIn>;

/** Signing out: the same way the person signed in. */
export const KioskSignOut = z.discriminatedUnion('method', [
  z.object({ method: z.literal('pass'), token: KioskPassSignIn.shape.token }),
  z.object({ method: z.literal('name'), name: requiredText('your name', 120), organisationId: Id }),
  z.object({
    method: z.literal('contractor'),
    name: requiredText('your name', 120),
    company: requiredText('your company', 120),
  }),
]);
export type KioskSignOut = z.input<typeof KioskSignOut>;

/** A member of staff's own account credentials, typed at the kiosk. */
export const KioskCredentials = z.object({
  username: z.string().trim().min(1, 'Enter your username').max(64, 'Enter your username'),
  password: z.string().min(1, 'Enter your password').max(1024, 'Enter your password'),
});
export type KioskCredentials = z.input<typeof KioskCredentials>;

/** What the kiosk tells the person at it: a sentence, and where to go. */
export const KioskReceipt = z.object({
  message: z.string(),
  spaceName: z.string().nullable(),
  floorName: z.string().nullable(),
});
export type KioskReceipt = z.infer<typeof KioskReceipt>;
