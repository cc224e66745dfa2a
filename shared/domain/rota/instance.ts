import { z } from 'zod';
import { Skill } from '../skills';
import { WorkerEligibility } from '../staff/eligibility';
import { IsoWeek } from '@shared/domain/time/iso-week';
import { formatMinute } from '@shared/domain/time/format';

/** Local calendar date `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** Local calendar date `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDate>;

/** Minute of the local wall-clock day, 0..1440. */
export const DayMinute = z.number().int().min(0).max(1440);

/** How a worker gets between visits. */
export const TravelMode = z.enum(['walk', 'cycle', 'public_transport', 'car']);
/** How a worker gets between visits. */
export type TravelMode = z.infer<typeof TravelMode>;

/** A point on the map (WGS84 degrees). */
export const GeoPoint = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });
/** A point on the map (WGS84 degrees). */
export type GeoPoint = z.infer<typeof GeoPoint>;

// The hours defaults, named because the bench and tests that check hours balance refer to them.
/** Default weight per minute below guaranteed hours. */
export const GUARANTEED_SHORTFALL_MINUTE = 5;
/** Default weight per minute more than the long-week margin above guaranteed hours. */
export const LONG_WEEK_MINUTE = 3;

/** Objective weights: the branch's priorities after coverage. */
export const ObjectiveWeights = z.object({
  /**
   * Per extra distinct worker a client sees in the week (beyond the first). The default weighs one more
   * face at five hours of paid travel: the person chose their team for continuity, and at 60 the search
   * traded familiar workers for small travel savings (median 4 workers on the neighbourhood week, not 3).
   */
  distinctWorker: z.number().min(0).default(300),
  /** Per visit slot with preferred workers that is not done by one of them. */
  notPreferred: z.number().min(0).default(10),
  /** Per paid travel minute. */
  travelMinute: z.number().min(0).default(1),
  /** Per split shift (each extra working stretch in a worker's day). */
  splitShift: z.number().min(0).default(30),
  /**
   * Per minute a worker is planned below their guaranteed hours. The default weighs an hour short at one more face
   * for a person: the guarantee is paid whether worked or not, and at 0.2 (12 an hour, less than a quarter of an hour
   * of travel) the search left a third of the demo branch's workers short while others worked 20 hours over theirs.
   */
  guaranteedShortfallMinute: z.number().min(0).default(GUARANTEED_SHORTFALL_MINUTE),
  /** Per minute of start-time deviation inside the allowed flexibility. */
  startDeviationMinute: z.number().min(0).default(1),
  /** Per minute a worker is planned above their guaranteed hours (spreads work fairly). */
  fairnessExcessMinute: z.number().min(0).default(0.05),
  /**
   * Per minute a worker is planned more than `longWeekMarginMinutes` above their guaranteed hours, on top of
   * `fairnessExcessMinute`. Minutes above the guarantee alone cannot spread hours: the team's total above it is
   * fixed by the week's work, so only a cost that grows faster far above it moves work from the busiest workers.
   */
  longWeekMinute: z.number().min(0).default(LONG_WEEK_MINUTE),
  /**
   * Per worker who wants a whole calendar day off in the week and works on all seven days (legal with a 24-hour
   * rest, but hard on the worker). The default weighs it at four more faces for a person: coverage still comes
   * first, and the search gives up a day off only where keeping it would cost several people their regulars.
   */
  workerWithoutDayOff: z.number().min(0).default(1200),
});
/** Objective weights: the branch's priorities after coverage. */
export type ObjectiveWeights = z.infer<typeof ObjectiveWeights>;

/** Policy numbers for planning; all rules read these, never literals. */
export const RuleSettings = z.object({
  detourFactor: z.number().positive().default(1.3),
  /** Speeds in km/h per travel mode. */
  speedsKmh: z
    .object({
      walk: z.number().positive(),
      cycle: z.number().positive(),
      public_transport: z.number().positive(),
      car: z.number().positive(),
    })
    .default({ walk: 4.5, cycle: 12, public_transport: 12, car: 20 }),
  minTravelMinutes: z.number().int().min(0).default(2),
  /** A gap after travel up to this long keeps two visits in one paid stretch. */
  stretchGapMinutes: z.number().int().min(0).default(60),
  minVisitMinutes: z.number().int().min(0).default(30),
  dailyRestMinutes: z.number().int().min(0).default(660),
  dailyRestMinutesUnder18: z.number().int().min(0).default(720),
  weeklyCapMinutes: z.number().int().min(0).default(2880),
  weeklyCapMinutesUnder18: z.number().int().min(0).default(2400),
  dailyCapMinutesUnder18: z.number().int().min(0).default(480),
  /** Continuous work longer than this needs a break (a waiting gap of at least breakMinutes). */
  breakAfterMinutes: z.number().int().min(0).default(360),
  breakMinutes: z.number().int().min(0).default(20),
  breakAfterMinutesUnder18: z.number().int().min(0).default(270),
  breakMinutesUnder18: z.number().int().min(0).default(30),
  weeklyRestMinutes: z.number().int().min(0).default(1440),
  /** Planned hours more than this far above a worker's guaranteed hours make a long week (weights.longWeekMinute). */
  longWeekMarginMinutes: z.number().int().min(0).default(600),
  /** Step in minutes when the planner tries shifted start times inside a visit's flexibility. */
  flexStepMinutes: z.number().int().positive().default(15),
  /** Pay rate when a worker has none of their own, pence per hour. */
  defaultRatePencePerHour: z.number().int().min(0).default(1345),
  weights: ObjectiveWeights.default(ObjectiveWeights.parse({})),
});
/** Policy numbers for planning; all rules read these, never literals. */
export type RuleSettings = z.infer<typeof RuleSettings>;

/** One day of the planned week with its UTC offsets, so elapsed time across clock changes is computed. */
export const WeekDay = z.object({
  date: IsoDate,
  /** UTC offset in minutes at 00:00 local. */
  utcOffsetMinutes: z.number().int(),
  /** Clock change during the day: from this local minute the offset is `utcOffsetMinutes`. */
  change: z.object({ atMinute: DayMinute, utcOffsetMinutes: z.number().int() }).nullable().default(null),
});
/** One day of the planned week with its UTC offsets. */
export type WeekDay = z.infer<typeof WeekDay>;

/** A window on one date (local minutes, end exclusive). */
export const DatedWindow = z.object({ date: IsoDate, startMinute: DayMinute, endMinute: DayMinute });
/** A window on one date (local minutes, end exclusive). */
export type DatedWindow = z.infer<typeof DatedWindow>;

/** Paid non-visit time (training, team meeting): working time that also blocks visits. */
export const Commitment = DatedWindow.extend({ kind: z.enum(['training', 'meeting', 'other']).default('other') });
/** Paid non-visit time (training, team meeting). */
export type Commitment = z.infer<typeof Commitment>;

/** A skill held, with the dates it is valid on (inclusive; null = open). */
export const HeldSkill = z.object({
  skill: Skill,
  validFrom: IsoDate.nullable().default(null),
  validUntil: IsoDate.nullable().default(null),
});
/** A skill held, with validity dates. */
export type HeldSkill = z.infer<typeof HeldSkill>;

/** Work in the 7 days before the week, in elapsed minutes relative to the week's Monday 00:00 local (negative). */
export const PriorWorkBlock = z.object({ startElapsed: z.number().int(), endElapsed: z.number().int() });
/** Work in the 7 days before the week. */
export type PriorWorkBlock = z.infer<typeof PriorWorkBlock>;

/** A wellbeing worker as the planner sees them. */
export const RotaWorker = z.object({
  id: z.string().min(1),
  name: z.string().default(''),
  guaranteedWeeklyMinutes: z.number().int().min(0),
  maxWeeklyMinutes: z.number().int().min(0),
  wtrOptOut: z.boolean().default(false),
  under18: z.boolean().default(false),
  /** Resolved availability: recurring windows minus leave, sickness and training. */
  availability: z.array(DatedWindow),
  commitments: z.array(Commitment).default([]),
  skills: z.array(HeldSkill).default([]),
  travelMode: TravelMode,
  home: GeoPoint,
  priorWork: z.array(PriorWorkBlock).default([]),
  ratePencePerHour: z.number().int().min(0).nullable().default(null),
  /** The worker wants a whole calendar day off each week (the objective weighs it); false when they ask otherwise. */
  wantsDayOff: z.boolean().default(true),
  /** Who may work, and when (employment, right to work, DBS, suspension); absent: no record to check (CLI files). */
  eligibility: WorkerEligibility.optional(),
});
/** A wellbeing worker as the planner sees them. */
export type RotaWorker = z.infer<typeof RotaWorker>;

/** A person drawing on care, with the team they chose. */
export const RotaClient = z.object({
  id: z.string().min(1),
  name: z.string().default(''),
  location: GeoPoint,
  teamWorkerIds: z.array(z.string()).max(12),
});
/** A person drawing on care. */
export type RotaClient = z.infer<typeof RotaClient>;

/** One visit of the week, already expanded from the ideal week. */
export const RotaVisit = z.object({
  id: z.string().min(1),
  clientId: z.string().min(1),
  date: IsoDate,
  startMinute: DayMinute,
  durationMinutes: z.number().int().positive(),
  workersNeeded: z.union([z.literal(1), z.literal(2)]).default(1),
  requiredSkills: z.array(Skill).default([]),
  flexMinutes: z.number().int().min(0).default(0),
  preferredWorkerIds: z.array(z.string()).default([]),
  agreedShortVisit: z.boolean().default(false),
  /**
   * Workers outside the person's team whom the person (or their family) has consented to for this visit alone;
   * without that recorded consent only the team may visit.
   */
  // Optional rather than defaulted, so instances written before it (and their committed hashes) read unchanged.
  outsideTeamWorkerIds: z.array(z.string()).optional(),
  /**
   * The visit this one is the second part of, split with the person's agreement: the same agreed visit, so figures
   * count its minutes but not another visit. Optional for the same reason as outsideTeamWorkerIds.
   */
  partOf: z.string().optional(),
});
/** One visit of the week. */
export type RotaVisit = z.infer<typeof RotaVisit>;

/** An assignment set by a person: the planner never moves it. */
export const PinnedAssignment = z.object({
  visitId: z.string(),
  workerIds: z.array(z.string()).min(1).max(2),
  startMinute: DayMinute,
});
/** An assignment set by a person. */
export type PinnedAssignment = z.infer<typeof PinnedAssignment>;

/** A travel time the branch has recorded for a pair of places and a mode; always wins over the estimate. */
export const RecordedTravel = z.object({
  fromId: z.string(),
  toId: z.string(),
  mode: TravelMode,
  minutes: z.number().int().min(0),
});
/** A recorded travel time. */
export type RecordedTravel = z.infer<typeof RecordedTravel>;

/** Everything the planner and the validator need for one ISO week. */
export const RotaInstance = z
  .object({
    isoWeek: IsoWeek,
    timeZone: z.string().default('Europe/London'),
    /** Monday..Sunday of the week, with offsets. */
    days: z.array(WeekDay).length(7),
    settings: RuleSettings.default(RuleSettings.parse({})),
    workers: z.array(RotaWorker),
    clients: z.array(RotaClient),
    visits: z.array(RotaVisit),
    pins: z.array(PinnedAssignment).default([]),
    recordedTravel: z.array(RecordedTravel).default([]),
  })
  .superRefine((inst, ctx) => {
    // An id used twice would silently resolve to one of the copies: refuse it.
    const unique = (list: readonly { id: string }[], what: 'workers' | 'clients', noun: string): Set<string> => {
      const ids = new Set<string>();
      list.forEach((x, i) => {
        if (ids.has(x.id))
          ctx.addIssue({ code: 'custom', path: [what, i, 'id'], message: `duplicate ${noun} id ${x.id}` });
        ids.add(x.id);
      });
      return ids;
    };
    const workerIds = unique(inst.workers, 'workers', 'worker');
    const clientIds = unique(inst.clients, 'clients', 'person');
    const knownWorker = (id: string, path: (string | number)[]): void => {
      if (!workerIds.has(id)) ctx.addIssue({ code: 'custom', path, message: `unknown worker ${id}` });
    };
    inst.workers.forEach((w, i) => {
      for (const [field, list] of [
        ['availability', w.availability],
        ['commitments', w.commitments],
      ] as const)
        list.forEach((x, j) => {
          if (x.endMinute <= x.startMinute)
            ctx.addIssue({
              code: 'custom',
              path: ['workers', i, field, j, 'endMinute'],
              message:
                `window on ${x.date} ends at ${formatMinute(x.endMinute)}, ` +
                `not after it starts at ${formatMinute(x.startMinute)}`,
            });
        });
    });
    const dates = new Set(inst.days.map((d) => d.date));
    const visitIds = new Set<string>();
    inst.visits.forEach((v, i) => {
      if (visitIds.has(v.id))
        ctx.addIssue({ code: 'custom', path: ['visits', i, 'id'], message: `duplicate visit id ${v.id}` });
      visitIds.add(v.id);
      if (!clientIds.has(v.clientId))
        ctx.addIssue({ code: 'custom', path: ['visits', i, 'clientId'], message: `unknown client ${v.clientId}` });
      if (!dates.has(v.date))
        ctx.addIssue({ code: 'custom', path: ['visits', i, 'date'], message: `date ${v.date} is not in the week` });
      if (v.startMinute + v.durationMinutes > 1440)
        ctx.addIssue({
          code: 'custom',
          path: ['visits', i, 'durationMinutes'],
          message: 'a visit may not cross midnight',
        });
      v.preferredWorkerIds.forEach((w, j) => knownWorker(w, ['visits', i, 'preferredWorkerIds', j]));
      (v.outsideTeamWorkerIds ?? []).forEach((w, j) => knownWorker(w, ['visits', i, 'outsideTeamWorkerIds', j]));
    });
    inst.clients.forEach((c, i) =>
      c.teamWorkerIds.forEach((w, j) => knownWorker(w, ['clients', i, 'teamWorkerIds', j])),
    );
    inst.pins.forEach((p, i) => {
      if (!visitIds.has(p.visitId))
        ctx.addIssue({ code: 'custom', path: ['pins', i, 'visitId'], message: `unknown visit ${p.visitId}` });
      p.workerIds.forEach((w, j) => knownWorker(w, ['pins', i, 'workerIds', j]));
    });
  });
/** Everything the planner and the validator need for one ISO week. */
export type RotaInstance = z.infer<typeof RotaInstance>;
/** The instance as written in JSON (defaults may be omitted). */
export type RotaInstanceInput = z.input<typeof RotaInstance>;
