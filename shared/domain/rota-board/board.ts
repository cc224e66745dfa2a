import { z } from 'zod';
import { PayBenchmark } from '../policy/pay-policy';
import { Id, IsoDate, optionalText, requiredText } from '../common';
import { Skill } from '../skills';
import { Breach } from '../rota/breach';
import { PlanMeasures } from '../rota/measures';
import { IsoWeek } from '@shared/domain/time/iso-week';

/** A minute of the local day a visit may start at. */
export const StartMinute = z
  .number({ message: 'Enter a start time' })
  .int()
  .min(0, 'Start time must be in the day')
  .max(1439, 'Start time must be in the day');

/** Where a week stands. */
export const WeekStatus = z.enum(['unplanned', 'draft', 'published']);
/** Where a week stands. */
export type WeekStatus = z.infer<typeof WeekStatus>;

/** Why a visit is unassigned, in words. */
export const UnassignedReasonText = z.object({
  code: z.string(),
  message: z.string(),
  workerNames: z.array(z.string()),
});
/** Why a visit is unassigned, in words. */
export type UnassignedReasonText = z.infer<typeof UnassignedReasonText>;

/** One visit on the board. */
export const BoardVisit = z.object({
  id: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  date: z.string(),
  /** Planned (actual) start; the ideal start when unassigned. */
  startMinute: z.number().int(),
  idealStartMinute: z.number().int(),
  durationMinutes: z.number().int(),
  workersNeeded: z.number().int(),
  requiredSkills: z.array(z.string()),
  flexMinutes: z.number().int(),
  purpose: z.string(),
  workerIds: z.array(z.string()),
  pinned: z.boolean(),
  /** Travel minutes from the worker's previous visit that day (first worker), null for the first visit of a day. */
  travelBeforeMinutes: z.number().int().nullable(),
  unassignedReasons: z.array(UnassignedReasonText),
  oneOff: z.boolean(),
  /** Uncovered, and the person has been told and why recorded (absent: not told). */
  personTold: z.boolean().optional(),
  /** One of the two parts of a visit split with the person's agreement (absent: not split). */
  splitPart: z.union([z.literal(1), z.literal(2)]).optional(),
});
/** One visit on the board. */
export type BoardVisit = z.infer<typeof BoardVisit>;

/** A worker row on the board. */
export const BoardWorker = z.object({
  id: z.string(),
  name: z.string(),
  plannedMinutes: z.number().int(),
  guaranteedMinutes: z.number().int(),
  maxMinutes: z.number().int(),
});
/** A worker row on the board. */
export type BoardWorker = z.infer<typeof BoardWorker>;

/** A person on the board with their team. */
export const BoardClient = z.object({ id: z.string(), name: z.string(), teamWorkerIds: z.array(z.string()) });
/** A person on the board. */
export type BoardClient = z.infer<typeof BoardClient>;

/** A planned (or unplanned) week as the board shows it. */
export const RotaWeekView = z.object({
  isoWeek: z.string(),
  dates: z.array(z.string()),
  status: WeekStatus,
  /** The week's version as drawn (empty when unplanned); publishing refuses a week whose stamp has changed. */
  stamp: z.string(),
  plannedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  stopReason: z.string().nullable(),
  seed: z.number().int().nullable(),
  measures: PlanMeasures.nullable(),
  workers: z.array(BoardWorker),
  clients: z.array(BoardClient),
  visits: z.array(BoardVisit),
  changesSincePublish: z.number().int(),
  /** Things to fix before planning helps (a person with no team, a worker with no availability). */
  warnings: z.array(z.string()),
});
/** A planned week as the board shows it. */
export type RotaWeekView = z.infer<typeof RotaWeekView>;

/** Publish a week as the check-answers page showed it: `stamp` is the version that page was drawn from. */
export const PublishInput = z.object({
  isoWeek: IsoWeek,
  stamp: z.string().min(1, 'Check the week before publishing'),
});
/** Publish a week as checked. */
export type PublishInput = z.infer<typeof PublishInput>;

/** Plan a week: from scratch, or starting from the current draft (pins always kept). */
export const PlanWeekInput = z.object({
  isoWeek: IsoWeek,
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(1),
  iterations: z.number().int().min(0).max(2_000_000).optional(),
  fromCurrent: z.boolean().default(false),
});
/** Plan a week. */
export type PlanWeekInput = z.infer<typeof PlanWeekInput>;

/** A manual edit on the board; every edit is checked by the validator on the whole edited plan. */
export const RotaEdit = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('assign'),
    visitId: z.string().min(1),
    workerIds: z.array(Id).min(1, 'Choose a worker').max(2, 'At most two workers'),
    startMinute: StartMinute.optional(),
  }),
  z.object({ kind: z.literal('unassign'), visitId: z.string().min(1) }),
  z.object({ kind: z.literal('pin'), visitId: z.string().min(1), pinned: z.boolean() }),
  z.object({ kind: z.literal('move'), visitId: z.string().min(1), startMinute: StartMinute }),
  z.object({ kind: z.literal('swap'), visitId: z.string().min(1), otherVisitId: z.string().min(1) }),
]);
/** A manual edit on the board. */
export type RotaEdit = z.infer<typeof RotaEdit>;

/** Apply an edit; `check` only reports what the validator would say without saving. */
export const EditInput = z.object({ isoWeek: IsoWeek, edit: RotaEdit, checkOnly: z.boolean().default(false) });
/** Apply (or check) an edit. */
export type EditInput = z.infer<typeof EditInput>;

/** What an edit did, or would do. */
export const EditResult = z.object({
  saved: z.boolean(),
  breaches: z.array(Breach),
  weightedBefore: z.number(),
  weightedAfter: z.number(),
});
/** What an edit did. */
export type EditResult = z.infer<typeof EditResult>;

/** One team member for a visit, in words. */
export const ExplainMember = z.object({
  workerId: z.string(),
  name: z.string(),
  status: z.enum(['assigned', 'ruled_out', 'possible']),
  rule: z.string().nullable(),
  message: z.string(),
  preferred: z.boolean(),
  visitsToPerson: z.number().int(),
  /** For a member on the visit or free to take it: what it does to their week, in words (travel, continuity). */
  fit: z.string().nullable(),
});
/** One team member for a visit. */
export type ExplainMember = z.infer<typeof ExplainMember>;

/** Why a visit went to whom. */
export const VisitExplanationView = z.object({
  visitId: z.string(),
  clientName: z.string(),
  assignedNames: z.array(z.string()),
  /** The person's team: those on the visit, then those free to take it (best fit first), then those ruled out. */
  team: z.array(ExplainMember),
});
/** Why a visit went to whom. */
export type VisitExplanationView = z.infer<typeof VisitExplanationView>;

/** A worker calls in sick. */
export const SicknessReport = z
  .object({
    isoWeek: IsoWeek,
    staffId: Id,
    startDate: IsoDate,
    startMinute: z.number().int().min(0).max(1439).default(0),
    /** Last day off (inclusive). */
    endDate: IsoDate,
    note: optionalText('note', 500),
  })
  .refine((v) => v.endDate >= v.startDate, {
    path: ['endDate'],
    message: 'The last day off must be on or after the first',
  });
/** A worker calls in sick. */
export type SicknessReport = z.infer<typeof SicknessReport>;

/** Proposed cover for one affected visit, ranked best first. */
export const CoverProposal = z.object({
  visitId: z.string(),
  clientName: z.string(),
  date: z.string(),
  startMinute: z.number().int(),
  durationMinutes: z.number().int(),
  proposed: z.object({ workerId: z.string(), name: z.string(), startMinute: z.number().int() }).nullable(),
  alternatives: z.array(z.object({ workerId: z.string(), name: z.string(), costChange: z.number() })),
});
/** Proposed cover for one visit. */
export type CoverProposal = z.infer<typeof CoverProposal>;

/** The absence recorded and the cover proposed (nothing on the board changed yet). */
export const SicknessResult = z.object({
  absenceId: z.string(),
  proposals: z.array(CoverProposal),
  uncoverable: z.array(z.string()),
});
/** The absence recorded and the cover proposed. */
export type SicknessResult = z.infer<typeof SicknessResult>;

/** Accept cover: for each visit, the chosen worker (from the proposals) or none to leave it for action. */
export const AcceptCoverInput = z.object({
  isoWeek: IsoWeek,
  absenceId: Id,
  choices: z.array(z.object({ visitId: z.string().min(1), workerId: Id.nullable() })).max(500),
});
/** Accept cover. */
export type AcceptCoverInput = z.infer<typeof AcceptCoverInput>;

/** One recorded change to a published week. */
export const RotaChange = z.object({
  id: z.string(),
  at: z.string(),
  by: z.string(),
  visitId: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  date: z.string(),
  what: z.string(),
  before: z.string(),
  after: z.string(),
  workerIds: z.array(z.string()),
  workerNames: z.array(z.string()),
});
/** One recorded change to a published week. */
export type RotaChange = z.infer<typeof RotaChange>;

/** One visit on a worker's own week (published only). */
export const MyVisit = z.object({
  visitId: z.string(),
  date: z.string(),
  startMinute: z.number().int(),
  durationMinutes: z.number().int(),
  clientName: z.string(),
  address: z.string(),
  purpose: z.string(),
  coWorkerNames: z.array(z.string()),
});
/** One visit on a worker's own week. */
export type MyVisit = z.infer<typeof MyVisit>;

/** A worker's own published week. */
export const MyWeek = z.object({
  isoWeek: z.string(),
  published: z.boolean(),
  staffId: z.string(),
  name: z.string(),
  visits: z.array(MyVisit),
});
/** A worker's own published week. */
export type MyWeek = z.infer<typeof MyWeek>;

/** A file made by the backend for the user to save or print. */
export const FileOut = z.object({ filename: z.string(), mediaType: z.string(), base64: z.string() });
/** A file made by the backend. */
export type FileOut = z.infer<typeof FileOut>;

/** One paid stretch of a worker's day. */
export const PayStretch = z.object({
  date: z.string(),
  startMinute: z.number().int(),
  endMinute: z.number().int(),
  visitMinutes: z.number().int(),
  travelMinutes: z.number().int(),
  waitingMinutes: z.number().int(),
  /** Training, meetings and other paid commitments inside the stretch, each minute once. */
  commitmentMinutes: z.number().int(),
  /** Travel to the stretch's first visit from the last one before an unpaid break: paid, outside the stretch. */
  breakTravelMinutes: z.number().int(),
  visits: z.number().int(),
});
/** One paid stretch. */
export type PayStretch = z.infer<typeof PayStretch>;

/** A worker's pay for a week, shift-based (rota.md). */
export const WorkerPay = z.object({
  staffId: z.string(),
  name: z.string(),
  stretches: z.array(PayStretch),
  commitmentMinutes: z.number().int(),
  /** Every minute the planner counts as work: the stretches end to end plus travel into them after a break. */
  paidMinutes: z.number().int(),
  /** Guaranteed weekly hours in minutes, less the share of working days off on leave or sick. */
  guaranteedMinutes: z.number().int(),
  /** The shortfall of paid minutes against the guarantee, paid as a top-up. */
  topUpMinutes: z.number().int(),
  ratePencePerHour: z.number().int(),
  /** Pay for the paid minutes at the rate. */
  workPence: z.number().int(),
  /** Pay for the guaranteed-hours top-up at the rate. */
  topUpPence: z.number().int(),
  /** Working days off sick this week (the worker's usual days), paid as sick pay. */
  sickDays: z.number().int(),
  /** Statutory sick pay for this week's sick days. */
  sspPence: z.number().int(),
  /** Occupational sick pay above SSP for this week's sick days. */
  ospPence: z.number().int(),
  /** Working days on approved annual leave this week (the worker's usual days). */
  holidayDays: z.number().int(),
  /** The leave in minutes: each day a share of the guaranteed week, or of the average week worked (irregular). */
  holidayMinutes: z.number().int(),
  /** Holiday pay for that leave at the rate (0 when the worker is paid rolled-up holiday pay instead). */
  holidayPence: z.number().int(),
  /** Rolled-up holiday pay: 12.07% of the week's pay for work and top-up (irregular hours, if the branch uses it). */
  rolledUpHolidayPence: z.number().int(),
  /** Work pay plus top-up plus sick pay plus holiday pay. */
  grossPence: z.number().int(),
  splitShifts: z.number().int(),
  /** The highest pay floor in force on the days paid, for the worker's age. */
  floorPencePerHour: z.number().int(),
  /** Where that floor comes from (Band 3 equivalent, minimum wage for the age, Living Wage). */
  floorSource: PayBenchmark,
  belowFloor: z.boolean(),
  /** How much the week's pay falls short of the floor (0 when the rate meets it). */
  floorShortfallPence: z.number().int(),
  /** Visits this week paid from their recorded actual times (the rest are paid as planned). */
  visitsFromActuals: z.number().int(),
});
/** A worker's pay for a week. */
export type WorkerPay = z.infer<typeof WorkerPay>;

/** The week's pay view. */
export const PayView = z.object({
  isoWeek: z.string(),
  payFloorPencePerHour: z.number().int(),
  workers: z.array(WorkerPay),
});
/** The week's pay view. */
export type PayView = z.infer<typeof PayView>;

/** A one-off change for a given week: cancel a planned visit, or add an extra one. */
export const OneOffInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('cancel'),
    isoWeek: IsoWeek,
    clientId: Id,
    visitId: z.string().min(1, 'Choose the visit to cancel'),
    note: optionalText('note', 500),
  }),
  z.object({
    kind: z.literal('extra'),
    isoWeek: IsoWeek,
    clientId: Id,
    date: IsoDate,
    startMinute: StartMinute,
    durationMinutes: z
      .number({ message: 'Enter a length in minutes' })
      .int()
      .min(1, 'Enter a length in minutes')
      .max(720, 'A visit is at most 12 hours'),
    workersNeeded: z.union([z.literal(1), z.literal(2)]).default(1),
    requiredSkills: z.array(Skill).default([]),
    agreedShortVisit: z.boolean().default(false),
    purpose: requiredText('what the visit is for', 500),
    note: optionalText('note', 500),
  }),
]);
/** A one-off change for a given week. */
export type OneOffInput = z.infer<typeof OneOffInput>;

/** A recorded one-off change. */
export const OneOff = z.object({
  id: z.string(),
  isoWeek: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  kind: z.enum(['cancel', 'extra']),
  visitId: z.string().nullable(),
  date: z.string(),
  startMinute: z.number().int(),
  durationMinutes: z.number().int(),
  purpose: z.string(),
  note: z.string().nullable(),
});
/** A recorded one-off change. */
export type OneOff = z.infer<typeof OneOff>;

/** A visit a person is expected to have in a week (from their ideal week and one-offs), before or after planning. */
export const ExpectedVisit = z.object({
  visitId: z.string(),
  date: z.string(),
  startMinute: z.number().int(),
  durationMinutes: z.number().int(),
  purpose: z.string(),
});
/** A visit a person is expected to have in a week. */
export type ExpectedVisit = z.infer<typeof ExpectedVisit>;

/** A worker's planned visits on some days (before approving leave): how many, and in which weeks. */
export const VisitsDuring = z.object({
  visits: z.number().int(),
  /** Of them, visits in a published week (workers and people go by those). */
  publishedVisits: z.number().int(),
  isoWeeks: z.array(z.string()),
});
/** A worker's planned visits on some days. */
export type VisitsDuring = z.infer<typeof VisitsDuring>;
