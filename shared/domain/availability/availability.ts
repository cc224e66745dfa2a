import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, optionalText } from '../common';
import { UkLatitude, UkLongitude, UkPostcode } from '../clients/location';
import { Weekday } from '../clients/ideal-week';
import { TravelMode } from '../rota/instance';
import { AbsenceSickPayFigures } from '../policy/sick-pay-record';

/** How a worker gets between visits: the rota's one vocabulary, re-exported under the name this domain uses. */
export const TravelModeName = TravelMode;
export type TravelModeName = z.infer<typeof TravelModeName>;

/** Labels for travel modes. */
export const TRAVEL_MODE_LABELS: Record<TravelModeName, string> = {
  walk: 'Walk',
  cycle: 'Cycle',
  public_transport: 'Public transport',
  car: 'Car',
};

/** A recurring weekly window when the worker can work (local minutes; end exclusive; 1440 = midnight). */
export const AvailabilityWindow = z
  .object({
    weekday: Weekday,
    startMinute: z.number().int().min(0, 'Start must be 00:00 or later').max(1439, 'Start must be before midnight'),
    endMinute: z.number().int().min(1).max(1440, 'End must be midnight or earlier'),
  })
  .refine((w) => w.endMinute > w.startMinute, { path: ['endMinute'], message: 'A window must end after it starts' });
export type AvailabilityWindow = z.infer<typeof AvailabilityWindow>;

/** Replace a worker's recurring weekly windows. */
export const WindowsInput = z
  .object({ staffId: Id, windows: z.array(AvailabilityWindow).max(70) })
  .superRefine((value, ctx) => {
    value.windows.forEach((w, i) => {
      const clash = value.windows.findIndex(
        (o, j) => j < i && o.weekday === w.weekday && o.startMinute < w.endMinute && w.startMinute < o.endMinute,
      );
      if (clash >= 0)
        ctx.addIssue({
          code: 'custom',
          path: ['windows', i, 'startMinute'],
          message: 'Windows on the same day may not overlap',
        });
    });
  });
export type WindowsInput = z.infer<typeof WindowsInput>;

/** Where a worker starts from and how they travel. */
export const TravelProfileInput = z.object({
  staffId: Id,
  travelMode: TravelModeName,
  homePostcode: UkPostcode.nullable(),
  /** Typed by hand (both, or neither to place the home by its postcode in the imported directory). */
  homeLat: UkLatitude.nullable(),
  homeLon: UkLongitude.nullable(),
});
export type TravelProfileInput = z.infer<typeof TravelProfileInput>;

/** A worker's travel profile as stored. */
export const TravelProfile = z.object({
  staffId: Id,
  travelMode: TravelModeName,
  homePostcode: z.string().nullable(),
  homeLat: z.number(),
  homeLon: z.number(),
});
export type TravelProfile = z.infer<typeof TravelProfile>;

/** Kinds of dated exception to the weekly windows. Training sessions come from the training domain. */
export const ExceptionKind = z.enum(['annual_leave', 'sickness', 'team_meeting']);
export type ExceptionKind = z.infer<typeof ExceptionKind>;

/** Labels for exception kinds. */
export const EXCEPTION_KIND_LABELS: Record<ExceptionKind, string> = {
  annual_leave: 'Annual leave',
  sickness: 'Sickness',
  team_meeting: 'Team meeting',
};

/** Where an exception stands: leave is requested then approved or declined; sickness and meetings are recorded. */
export const ExceptionStatus = z.enum(['requested', 'approved', 'declined', 'recorded', 'cancelled']);
export type ExceptionStatus = z.infer<typeof ExceptionStatus>;

/** A leave request (a worker for themselves, or a coordinator for anyone). Whole days. */
export const LeaveRequestInput = z
  .object({ staffId: Id, startDate: IsoDate, endDate: IsoDate, note: optionalText('note', 500) })
  .refine((v) => v.endDate >= v.startDate, {
    path: ['endDate'],
    message: 'Leave must end on or after the day it starts',
  });
export type LeaveRequestInput = z.infer<typeof LeaveRequestInput>;

/** A coordinator's decision on a leave request. */
export const LeaveDecisionInput = z.object({ id: Id, decision: z.enum(['approved', 'declined']) });
export type LeaveDecisionInput = z.infer<typeof LeaveDecisionInput>;

/**
 * Sickness from a date and minute (the rota's "report sickness" writes the same record), with an expected end
 * (last day off, if known). Its sick pay is worked out from the branch's scheme when it is recorded.
 */
export const SicknessInput = z
  .object({
    staffId: Id,
    startDate: IsoDate,
    startMinute: z.number().int().min(0).max(1439).default(0),
    expectedEndDate: IsoDate.nullable(),
    note: optionalText('note', 500),
  })
  .refine((v) => v.expectedEndDate === null || v.expectedEndDate >= v.startDate, {
    path: ['expectedEndDate'],
    message: 'Sickness must end on or after the day it starts',
  });
export type SicknessInput = z.infer<typeof SicknessInput>;

/** A team meeting: paid time to meet co-workers (Ethical Care Charter stage 2), for several workers at once. */
export const TeamMeetingInput = z
  .object({
    staffIds: z.array(Id).min(1, 'Choose at least one worker').max(200),
    date: IsoDate,
    startMinute: z.number().int().min(0).max(1439),
    endMinute: z.number().int().min(1).max(1440),
    note: optionalText('note', 500),
  })
  .refine((v) => v.endMinute > v.startMinute, { path: ['endMinute'], message: 'A meeting must end after it starts' });
export type TeamMeetingInput = z.infer<typeof TeamMeetingInput>;

/**
 * A dated exception as stored: from (startDate, startMinute) to (endDate, endMinute), end exclusive; null end = open.
 */
export const AvailabilityException = z.object({
  id: Id,
  staffId: Id,
  staffName: z.string(),
  kind: ExceptionKind,
  status: ExceptionStatus,
  startDate: IsoDate,
  startMinute: z.number().int(),
  endDate: IsoDate.nullable(),
  endMinute: z.number().int(),
  /** Sickness only: what it pays, as stored (null for leave and meetings). */
  sickPay: AbsenceSickPayFigures.nullable(),
  note: z.string().nullable(),
  requestedBy: z.string(),
  decidedBy: z.string().nullable(),
  createdAt: IsoDateTime,
});
export type AvailabilityException = z.infer<typeof AvailabilityException>;

/** Everything about one worker's availability. */
export const WorkerAvailability = z.object({
  staffId: Id,
  name: z.string(),
  windows: z.array(AvailabilityWindow),
  travelProfile: TravelProfile.nullable(),
  exceptions: z.array(AvailabilityException),
  weeklyMinutes: z.number().int(),
});
export type WorkerAvailability = z.infer<typeof WorkerAvailability>;

/** Total minutes of a set of weekly windows. */
export function weeklyWindowMinutes(windows: readonly AvailabilityWindow[]): number {
  return windows.reduce((sum, w) => sum + (w.endMinute - w.startMinute), 0);
}
