import { z } from 'zod';
import { Id, IsoDate, IsoDateTime } from '../common';
import { PresenceKind } from './safety';

// People who forgot to sign out: the hub signs them out at closing (so the fire list stays true), and afterwards a
// manager or coordinator records when they really left, or that nobody knows.

/** What was recorded about when someone really left. */
export const DepartureRecord = z.object({
  /** Null: nobody knows when they left. */
  leftAt: IsoDateTime.nullable(),
  recordedAt: IsoDateTime,
  recordedBy: z.string(),
});
export type DepartureRecord = z.infer<typeof DepartureRecord>;

/** A sign-in from an earlier day that the hub closed at closing time because the person forgot to sign out. */
export const ForgottenDeparture = z.object({
  presenceId: Id,
  date: IsoDate,
  name: z.string(),
  kind: PresenceKind,
  /** Their organisation (visitors) or company (contractors); null for staff. */
  organisationName: z.string().nullable(),
  spaceName: z.string().nullable(),
  signedInAt: IsoDateTime,
  /** When the hub signed them out (its closing time that day). */
  signedOutAtClosing: IsoDateTime,
  record: DepartureRecord.nullable(),
});
export type ForgottenDeparture = z.infer<typeof ForgottenDeparture>;

/** How far back the page lists departures already recorded. */
export const RECORDED_DAYS_SHOWN = 30;

/** The forgotten sign-outs of earlier days: those still to record (oldest first) and those recorded lately. */
export const ForgottenDepartures = z.object({
  toRecord: z.array(ForgottenDeparture),
  /** Recorded for sign-ins of the last RECORDED_DAYS_SHOWN days, newest first. */
  recorded: z.array(ForgottenDeparture),
});
export type ForgottenDepartures = z.infer<typeof ForgottenDepartures>;

/** Recording when someone who forgot to sign out really left: a London time on the day they came, or not known. */
export const RecordDepartureInput = z.object({
  presenceId: Id,
  /** Minute of the day (London) they left; null when nobody knows. */
  leftMinute: z
    .number({ message: 'Enter the time they left, like 17:30' })
    .int('Enter the time they left, like 17:30')
    .min(0, 'Enter the time they left, like 17:30')
    .max(1439, 'Enter the time they left, like 17:30')
    .nullable(),
});
export type RecordDepartureInput = z.input<typeof RecordDepartureInput>;
