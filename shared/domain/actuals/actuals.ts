import { z } from 'zod';
import { IsoDate, optionalText } from '../common';
import { IsoWeek } from '@shared/domain/time/iso-week';

/**
 * Why a visit ended before the time the person's care plan agrees: a fixed list, so shortened visits can be counted
 * and followed up (a free note may add to it).
 */
export const ShortReason = z.enum(
  [
    'person_asked_to_finish',
    'person_out',
    'family_present',
    'tasks_done_person_agreed',
    'emergency_elsewhere',
    'unsafe_to_stay',
  ],
  { message: 'Choose why the visit was shorter than agreed' },
);
export type ShortReason = z.infer<typeof ShortReason>;

/** Each short reason in plain words, as the worker and the coordinator read it. */
export const SHORT_REASON_LABELS: Readonly<Record<ShortReason, string>> = {
  person_asked_to_finish: 'The person asked to finish early',
  person_out: 'The person was out',
  family_present: 'Family or friends were giving the support',
  tasks_done_person_agreed: 'Everything was done and the person agreed to finish',
  emergency_elsewhere: 'I was called to an emergency',
  unsafe_to_stay: 'It was not safe to stay',
};

/** How an actual time reached the app. */
export const ActualSource = z.enum(['worker', 'coordinator', 'call_monitoring']);
export type ActualSource = z.infer<typeof ActualSource>;

/** Each source in plain words. */
export const ACTUAL_SOURCE_LABELS: Readonly<Record<ActualSource, string>> = {
  worker: 'Recorded by the worker',
  coordinator: 'Recorded by the office',
  call_monitoring: 'Call monitoring',
};

/** A minute of the London day, 0 to 1439. */
const Minute = z.number().int().min(0, 'Enter a time of day').max(1439, 'Enter a time of day');

/** Recording one worker's actual arrival and departure at one visit. */
export const RecordActualInput = z.object({
  isoWeek: IsoWeek,
  visitId: z.string().min(1).max(200),
  /** The worker whose times these are; a worker may leave it out (their own) and may give only their own. */
  staffId: z.string().uuid('Not a valid id').nullable().default(null),
  arrivalDate: IsoDate,
  arrivalMinute: Minute,
  /** Null while the worker is still there. */
  departureDate: IsoDate.nullable(),
  departureMinute: Minute.nullable(),
  shortReason: ShortReason.nullable().default(null),
  note: optionalText('the reason', 500).default(null),
});
export type RecordActualInput = z.input<typeof RecordActualInput>;

/** What was recorded for one worker at one visit. */
export const VisitActual = z.object({
  arrivalDate: z.string(),
  arrivalMinute: z.number().int(),
  departureDate: z.string().nullable(),
  departureMinute: z.number().int().nullable(),
  /** Minutes from arrival to departure; null while there is no departure. */
  actualMinutes: z.number().int().nullable(),
  shortReason: ShortReason.nullable(),
  note: z.string().nullable(),
  source: ActualSource,
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type VisitActual = z.infer<typeof VisitActual>;

/** What the day's table flags about one worker's visit. */
export const ActualFlag = z.enum(['missed', 'late', 'short', 'short_no_reason', 'longer']);
export type ActualFlag = z.infer<typeof ActualFlag>;

/** Where a visit stands on the day. */
export const ActualStatus = z.enum(['not_due', 'due', 'missed', 'arrived', 'done']);
export type ActualStatus = z.infer<typeof ActualStatus>;

/** One worker's visit on a day: the plan beside what happened, and what the coordinator should look at. */
export const ActualLine = z.object({
  isoWeek: z.string(),
  visitId: z.string(),
  staffId: z.string(),
  workerName: z.string(),
  clientName: z.string(),
  date: z.string(),
  plannedStartMinute: z.number().int(),
  plannedMinutes: z.number().int(),
  actual: VisitActual.nullable(),
  /** Minutes after the planned start the worker arrived (negative: early); null before arrival. */
  lateByMinutes: z.number().int().nullable(),
  status: ActualStatus,
  flags: z.array(ActualFlag),
});
export type ActualLine = z.infer<typeof ActualLine>;

/** The branch's rules for flagging the day. */
export const ActualsSettings = z.object({
  /** An arrival more than this many minutes after the planned start is late; no arrival by then is missed. */
  lateMinutes: z.number().int().min(1, 'Enter at least 1 minute').max(240, 'Enter 240 minutes or fewer'),
});
export type ActualsSettings = z.infer<typeof ActualsSettings>;

/** The default: 15 minutes (issue 18). */
export const DEFAULT_ACTUALS_SETTINGS: ActualsSettings = { lateMinutes: 15 };

/** A day's visits, planned and actual, for the coordinator. */
export const ActualsDay = z.object({
  date: z.string(),
  /** The London minute now when the date is today; null for another day (then nothing is "not yet due"). */
  nowMinute: z.number().int().nullable(),
  settings: ActualsSettings,
  lines: z.array(ActualLine),
});
export type ActualsDay = z.infer<typeof ActualsDay>;

/** A worker's own visits on a day, with what they have recorded and whether they may record now. */
export const MyActualsDay = z.object({
  date: z.string(),
  /** Recording is open on the visit's own day only (at the hub, or later that day). */
  canRecord: z.boolean(),
  lines: z.array(ActualLine),
});
export type MyActualsDay = z.infer<typeof MyActualsDay>;

/** A date to look at. */
export const ActualsDayInput = z.object({ date: IsoDate });
