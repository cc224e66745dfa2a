import { z } from 'zod';
import { Id, IsoDate, optionalText } from '../common';

/** Where a session takes place. */
export const VenueKind = z.enum(['hub_room', 'provider_site', 'online']);
export type VenueKind = z.infer<typeof VenueKind>;

/** Labels for venues. */
export const VENUE_LABELS: Record<VenueKind, string> = {
  hub_room: "Hub's training room",
  provider_site: "Provider's site",
  online: 'Online',
};

/** A session's state. */
export const SessionStatus = z.enum(['scheduled', 'cancelled']);
export type SessionStatus = z.infer<typeof SessionStatus>;

/** Scheduling a session: a course on a date at a start time (Europe/London wall clock). */
export const SessionInput = z.object({
  courseId: Id,
  date: IsoDate,
  startMinute: z
    .number({ message: 'Enter a start time' })
    .int()
    .min(0, 'Enter a start time')
    .max(1439, 'Enter a start time before midnight'),
  durationMinutes: z
    .number({ message: 'Enter a duration' })
    .int()
    .min(15, 'A session lasts at least 15 minutes')
    .max(720, 'A session lasts at most 12 hours'),
  venue: VenueKind,
  venueDetail: optionalText('venue details', 200),
  trainerName: optionalText('the trainer', 120),
  capacity: z
    .number({ message: 'Enter a capacity' })
    .int()
    .min(1, 'Capacity must be at least 1')
    .max(200, 'Capacity must be 200 or fewer'),
});
export type SessionInput = z.input<typeof SessionInput>;

/** A session as returned, with the counts the list shows. */
export const TrainingSession = z.object({
  id: Id,
  courseId: Id,
  courseName: z.string(),
  date: IsoDate,
  startMinute: z.number().int(),
  durationMinutes: z.number().int(),
  venue: VenueKind,
  venueDetail: z.string().nullable(),
  trainerName: z.string().nullable(),
  capacity: z.number().int(),
  status: SessionStatus,
  booked: z.number().int(),
  registerSubmitted: z.boolean(),
});
export type TrainingSession = z.infer<typeof TrainingSession>;

/** What a trainer marks for each person in the register. */
export const Attendance = z.enum(['attended', 'completed', 'not_completed', 'absent']);
export type Attendance = z.infer<typeof Attendance>;

/** Labels for attendance marks. */
export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  attended: 'Attended',
  completed: 'Completed',
  not_completed: 'Did not complete',
  absent: 'Absent',
};

/** One register line as submitted. A person not booked needs a reason. */
export const RegisterEntry = z.object({
  staffId: Id,
  outcome: Attendance,
  certificateId: Id.nullable().default(null),
  reason: optionalText('the reason', 300).default(null),
});
export type RegisterEntry = z.input<typeof RegisterEntry>;

/** Submitting a register in one pass. */
export const RegisterSubmission = z.object({
  sessionId: Id,
  entries: z.array(RegisterEntry).min(1, 'Mark at least one person').max(200),
});
export type RegisterSubmission = z.input<typeof RegisterSubmission>;

/** The register as the trainer opens it. */
export const Register = z.object({
  session: TrainingSession,
  lines: z.array(
    z.object({
      staffId: Id,
      name: z.string(),
      reference: z.string(),
      booked: z.boolean(),
      outcome: Attendance.nullable(),
      certificateId: Id.nullable(),
    }),
  ),
});
export type Register = z.infer<typeof Register>;

/** A booked block of working time, for the rota. */
export interface SessionBlock {
  staffId: string;
  date: string;
  startMinute: number;
  durationMinutes: number;
  sessionId: string;
}
