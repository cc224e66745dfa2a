import { z } from 'zod';
import { Id, IsoDate } from '../common';
import { Booking } from '../hub/bookings';
import { MyVisit, WeekStatus } from '../rota-board/board';
import { ComplianceKind } from '../staff/compliance';
import { TrainingSession } from '../training/sessions';

/** A week of the rota by day: how many visits it holds and how many have nobody yet. */
export const WeekCoverage = z.object({
  isoWeek: z.string(),
  status: WeekStatus,
  visits: z.number().int(),
  unassigned: z.number().int(),
  days: z.array(z.object({ date: IsoDate, visits: z.number().int(), unassigned: z.number().int() })),
});
export type WeekCoverage = z.infer<typeof WeekCoverage>;

/** Someone off sick today (a recorded sickness overlapping today). */
export const SickToday = z.object({
  staffId: Id,
  name: z.string(),
  startDate: IsoDate,
  /** The expected last day; null when not yet known. */
  endDate: IsoDate.nullable(),
});
export type SickToday = z.infer<typeof SickToday>;

/** Expiring or expired required training for one course, across current staff. */
export const CourseExpiry = z.object({
  courseId: Id,
  courseName: z.string(),
  /** Already past its expiry date. */
  expired: z.number().int(),
  /** Still valid today but inside the warning window. */
  expiring: z.number().int(),
  /** Of both, how many have no renewal session booked. */
  unbooked: z.number().int(),
});
export type CourseExpiry = z.infer<typeof CourseExpiry>;

/** The manager's home: what needs a decision across the branch today. */
export const ManagerHome = z.object({
  today: IsoDate,
  compliance: z.array(
    z.object({
      kind: ComplianceKind,
      overdue: z.number().int(),
      due: z.number().int(),
      toReview: z.number().int(),
    }),
  ),
  payFloor: z.object({
    floorPence: z.number().int().nullable(),
    staffChecked: z.number().int(),
    below: z.array(z.object({ staffId: Id, name: z.string(), detail: z.string() })),
  }),
  training: z.object({
    expired: z.number().int(),
    expiring: z.number().int(),
    unbooked: z.number().int(),
    byCourse: z.array(CourseExpiry),
  }),
  charter: z.object({ met: z.number().int(), notMet: z.number().int(), notMeasured: z.number().int() }),
  apprenticeships: z.object({
    active: z.number().int(),
    behind: z.array(z.object({ id: Id, name: z.string(), standardTitle: z.string(), catchUpHoursPerWeek: z.number() })),
  }),
  sickToday: z.array(SickToday),
  coverage: WeekCoverage,
});
export type ManagerHome = z.infer<typeof ManagerHome>;

/** One worker's planned hours in a week against the hours their contract guarantees. */
export const WorkerHoursLine = z.object({
  staffId: Id,
  name: z.string(),
  plannedMinutes: z.number().int(),
  guaranteedMinutes: z.number().int(),
});
export type WorkerHoursLine = z.infer<typeof WorkerHoursLine>;

/** A visit today that has nobody assigned. */
export const UnassignedVisit = z.object({
  visitId: z.string(),
  clientName: z.string(),
  startMinute: z.number().int(),
  durationMinutes: z.number().int(),
});
export type UnassignedVisit = z.infer<typeof UnassignedVisit>;

/** The coordinator's home: today's visits, the gaps, who is sick, and the state of the weeks being planned. */
export const CoordinatorHome = z.object({
  today: IsoDate,
  visitsToday: z.number().int(),
  unassignedToday: z.array(UnassignedVisit),
  sickToday: z.array(SickToday),
  thisWeek: WeekCoverage,
  nextWeek: WeekCoverage.extend({ plannedAt: z.string().nullable(), publishedAt: z.string().nullable() }),
  /** This week's planned hours for every worker in a team, against their guaranteed hours. */
  hours: z.array(WorkerHoursLine),
});
export type CoordinatorHome = z.infer<typeof CoordinatorHome>;

/** The trainer's home: today's sessions, registers still to submit, and what expires by course. */
export const TrainerHome = z.object({
  today: IsoDate,
  sessionsToday: z.array(TrainingSession),
  /** Sessions held before today (in the last 90 days), not cancelled, whose register is not yet submitted. */
  registersToSubmit: z.array(TrainingSession),
  expiringByCourse: z.array(CourseExpiry),
});
export type TrainerHome = z.infer<typeof TrainerHome>;

/** The worker's home: their week, their training due and where they are on the pathway. */
export const WorkerHome = z.object({
  today: IsoDate,
  name: z.string(),
  week: z.object({ isoWeek: z.string(), published: z.boolean(), visits: z.array(MyVisit) }),
  trainingDue: z.array(
    z.object({ courseId: Id, courseName: z.string(), label: z.string(), expiresOn: IsoDate.nullable() }),
  ),
  trainingBooked: z.array(TrainingSession),
  pathway: z.object({
    stepName: z.string().nullable(),
    since: IsoDate.nullable(),
    next: z
      .object({ stepName: z.string(), ready: z.boolean(), metCount: z.number().int(), itemCount: z.number().int() })
      .nullable(),
  }),
});
export type WorkerHome = z.infer<typeof WorkerHome>;

/** The visitor's home: their coming bookings at the hub. */
export const VisitorHome = z.object({ today: IsoDate, bookings: z.array(Booking) });
export type VisitorHome = z.infer<typeof VisitorHome>;
