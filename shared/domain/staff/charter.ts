import { z } from 'zod';
import { formatDate } from '@shared/domain/time/format';

/** How a Charter commitment stands. */
export const CharterStatus = z.enum(['met', 'not_met', 'not_measured']);
export type CharterStatus = z.infer<typeof CharterStatus>;

/** One commitment of the UNISON Ethical Care Charter (domain.md §4.2) with its status and the figure behind it. */
export const CharterItem = z.object({
  stage: z.number().int().min(1).max(3),
  number: z.number().int(),
  commitment: z.string(),
  status: CharterStatus,
  /**
   * `data`: computed from records; `declared`: the manager's answer on the workplace page; `none`: nothing to go on
   * yet.
   */
  basis: z.enum(['data', 'declared', 'none']),
  figure: z.string(),
});
export type CharterItem = z.infer<typeof CharterItem>;

/** The checklist, and the planned rota weeks (ISO weeks, oldest first) its rota measures read. */
export const CharterChecklist = z.object({
  today: z.string(),
  rotaWeeks: z.array(z.string()),
  items: z.array(CharterItem),
});
export type CharterChecklist = z.infer<typeof CharterChecklist>;

/** What the branch's planned rota weeks show, for the commitments only a rota can answer. */
export interface CharterRotaFacts {
  /** The planned weeks read (ISO weeks, oldest first); never empty. */
  weeks: string[];
  /** People with at least one covered visit, and those of them with visits from the ideal week agreed with them. */
  peopleOnRota: number;
  peopleFromIdealWeek: number;
  /** Covered visits; those under the minimum length with and without the person's agreement. */
  visits: number;
  shortAgreed: number;
  shortNotAgreed: number;
  minVisitMinutes: number;
  /** Worker places on covered visits, and those filled by someone on the person's chosen team. */
  visitPlaces: number;
  placesByChosenTeam: number;
  /** Median of the different workers each person sees in a week. */
  medianWorkersPerPerson: number;
  /** Visits planned to start before the worker can get there from the one before. */
  rushedVisits: number;
  /** Travel between visits the rota counts as work, and the part of it the pay view pays. */
  travelMinutesWorked: number;
  travelMinutesPaid: number;
  /** Training booked on the weeks' dates, the part of it the pay view pays, and the workers booked. */
  trainingMinutesBooked: number;
  trainingMinutesPaid: number;
  workersTrained: number;
  /** Workers with visits in the weeks, and those of them with a team meeting recorded in the weeks. */
  workersOnRota: number;
  workersAtMeetings: number;
}

/** What the occupational sick pay scheme actually paid its members' sickness over a period. */
export interface SickPayPaid {
  /** First day of the period (the period ends today). */
  from: string;
  /** Sick days (qualifying days) of workers in the scheme. */
  sickDays: number;
  /** Those days the scheme paid, at full or half pay. */
  ospDays: number;
  ospPence: number;
}

/** What the Charter rules read. */
export interface CharterFacts {
  workers: number;
  travelPaidFull: number;
  travelAnswer: number | null;
  zeroHours: number;
  withSickPay: number;
  /** Sickness of workers in the scheme over the 12 months to today, from the sick pay actually worked out. */
  sickPayPaid: SickPayPaid;
  belowLivingWage: number;
  livingWageLabel: string;
  livingWagePence: number | null;
  /** Null when no rota week has been planned around today. */
  rota: CharterRotaFacts | null;
  declared: { concernsProcedure: boolean | null; trainingInPaidTime: boolean | null; coworkerMeetings: boolean | null };
}

/**
 * Stage 2.1 says "wherever possible": sickness cover by someone outside the chosen team is sometimes the only way a
 * visit happens, so continuity is met when nearly every place is filled from the team, not only when all are.
 */
export const CONTINUITY_MET_SHARE = 0.95;

type Outcome = Pick<CharterItem, 'status' | 'basis' | 'figure'>;

const NO_ROTA: Outcome = {
  status: 'not_measured',
  basis: 'none',
  figure: 'No rota has been planned for the weeks around today',
};
const declared = (answer: boolean | null): Outcome =>
  answer === null
    ? { status: 'not_measured', basis: 'none', figure: 'Not answered on the workplace page' }
    : {
        status: answer ? 'met' : 'not_met',
        basis: 'declared',
        figure: answer ? 'Declared yes by the manager' : 'Declared no by the manager',
      };
const share = (n: number, of: number) => `${n.toLocaleString('en-GB')} of ${of.toLocaleString('en-GB')}`;
const percent = (n: number, of: number) => (of === 0 ? 100 : Math.floor((n / of) * 1000) / 10);
const hours = (minutes: number) => `${(Math.round((minutes / 60) * 10) / 10).toLocaleString('en-GB')} h`;
const measured = (met: boolean, figure: string): Outcome => ({
  status: met ? 'met' : 'not_met',
  basis: 'data',
  figure,
});
const inWeeks = (r: CharterRotaFacts) =>
  r.weeks.length === 1 ? 'in the week planned' : `across the ${r.weeks.length} weeks planned`;

function needBased(r: CharterRotaFacts | null): Outcome {
  if (r === null || r.peopleOnRota === 0) return NO_ROTA;
  return measured(
    r.peopleFromIdealWeek === r.peopleOnRota,
    `${share(r.peopleFromIdealWeek, r.peopleOnRota)} people on the rota have their visits planned from ` +
      'the ideal week agreed with them',
  );
}

function visitLength(r: CharterRotaFacts | null): Outcome {
  if (r === null || r.visits === 0) return NO_ROTA;
  const agreed = r.shortAgreed === 0 ? '' : `; ${share(r.shortAgreed, r.visits)} shorter by the person’s agreement`;
  return measured(
    r.shortNotAgreed === 0,
    `${share(r.shortNotAgreed, r.visits)} visits ${inWeeks(r)} under ${r.minVisitMinutes} minutes without the ` +
      `person’s agreement${agreed}`,
  );
}

function travelPaid(f: CharterFacts): Outcome {
  if (f.workers === 0) return { status: 'not_measured', basis: 'none', figure: 'No current workers' };
  const contracts = `${share(f.travelPaidFull, f.workers)} workers paid travel time at the full rate`;
  const answered = f.travelAnswer === null || f.travelAnswer === 1;
  const r = f.rota;
  if (r === null) return measured(f.travelPaidFull === f.workers && answered, contracts);
  const unpaid = Math.max(0, r.travelMinutesWorked - r.travelMinutesPaid);
  return measured(
    f.travelPaidFull === f.workers && answered && unpaid === 0,
    `${contracts}; the pay view pays ${share(r.travelMinutesPaid, r.travelMinutesWorked)} minutes of travel ` +
      `between visits ${inWeeks(r)}`,
  );
}

function unrushed(r: CharterRotaFacts | null): Outcome {
  if (r === null || r.visits === 0) return NO_ROTA;
  return measured(
    r.rushedVisits === 0,
    `${share(r.rushedVisits, r.visits)} visits ${inWeeks(r)} start before the worker can get there ` +
      'from the visit before',
  );
}

function continuity(r: CharterRotaFacts | null): Outcome {
  if (r === null || r.visitPlaces === 0) return NO_ROTA;
  const pct = percent(r.placesByChosenTeam, r.visitPlaces);
  return measured(
    r.placesByChosenTeam >= CONTINUITY_MET_SHARE * r.visitPlaces,
    `${pct}% of visits ${inWeeks(r)} by the person’s chosen team (${share(r.placesByChosenTeam, r.visitPlaces)}); ` +
      `each person sees ${r.medianWorkersPerPerson} different workers a week (median)`,
  );
}

function trainingInPaidTime(f: CharterFacts): Outcome {
  const r = f.rota;
  if (r === null || r.trainingMinutesBooked === 0) {
    const fallback = declared(f.declared.trainingInPaidTime);
    const none = r === null ? 'no rota planned around today' : `no training booked ${inWeeks(r)}`;
    return { ...fallback, figure: `${fallback.figure} (${none})` };
  }
  return measured(
    r.trainingMinutesPaid >= r.trainingMinutesBooked,
    `${share(r.workersTrained, r.workersOnRota)} workers on the rota booked on training ${inWeeks(r)}; ` +
      `${hours(Math.min(r.trainingMinutesPaid, r.trainingMinutesBooked))} of ${hours(r.trainingMinutesBooked)} ` +
      'booked is paid in the pay view',
  );
}

function coworkerMeetings(f: CharterFacts): Outcome {
  const r = f.rota;
  if (r === null || r.workersOnRota === 0) {
    const fallback = declared(f.declared.coworkerMeetings);
    return { ...fallback, figure: `${fallback.figure} (no rota planned around today)` };
  }
  return measured(
    r.workersAtMeetings === r.workersOnRota,
    `${share(r.workersAtMeetings, r.workersOnRota)} workers on the rota have a team meeting ${inWeeks(r)}`,
  );
}

/** The Charter checklist from the branch's figures; pure for unit tests. */
export function charterItems(f: CharterFacts): CharterItem[] {
  const all = (n: number) => f.workers > 0 && n === f.workers;
  return [
    {
      stage: 1,
      number: 1,
      commitment: 'Visits are commissioned by client need, not minutes or tasks; workers have time to talk',
      ...needBased(f.rota),
    },
    {
      stage: 1,
      number: 2,
      commitment: 'The time allocated matches need; 15-minute visits are not used',
      ...visitLength(f.rota),
    },
    {
      stage: 1,
      number: 3,
      commitment: 'Workers are paid for travel time, travel costs and necessary expenses',
      ...travelPaid(f),
    },
    {
      stage: 1,
      number: 4,
      commitment: 'Visits are scheduled so workers are not forced to rush or leave early',
      ...unrushed(f.rota),
    },
    {
      stage: 1,
      number: 5,
      commitment: 'Eligible workers are paid statutory sick pay',
      status: f.workers === 0 ? 'not_measured' : all(f.withSickPay) ? 'met' : 'not_measured',
      basis: all(f.withSickPay) ? 'data' : 'none',
      figure: all(f.withSickPay)
        ? 'Everyone has occupational sick pay, which includes SSP'
        : `${f.workers - f.withSickPay} rely on SSP; SSP payments are not recorded here`,
    },
    {
      stage: 2,
      number: 1,
      commitment: 'Clients are allocated the same worker(s) wherever possible',
      ...continuity(f.rota),
    },
    {
      stage: 2,
      number: 2,
      commitment: 'Zero-hours contracts are not used in place of permanent contracts',
      status: f.workers === 0 ? 'not_measured' : f.zeroHours === 0 ? 'met' : 'not_met',
      basis: f.workers === 0 ? 'none' : 'data',
      figure: `${share(f.zeroHours, f.workers)} workers on zero-hours contracts`,
    },
    {
      stage: 2,
      number: 3,
      commitment: 'A clear procedure for following up staff concerns about clients’ wellbeing',
      ...declared(f.declared.concernsProcedure),
    },
    {
      stage: 2,
      number: 4,
      commitment: 'Workers are regularly trained, at no cost to themselves and in work time',
      ...trainingInPaidTime(f),
    },
    {
      stage: 2,
      number: 5,
      commitment: 'Workers regularly meet co-workers to share practice and limit isolation',
      ...coworkerMeetings(f),
    },
    {
      stage: 3,
      number: 1,
      commitment: `Workers are paid at least the Living Wage (${f.livingWageLabel})`,
      status:
        f.workers === 0 || f.livingWagePence === null ? 'not_measured' : f.belowLivingWage === 0 ? 'met' : 'not_met',
      basis: f.workers === 0 || f.livingWagePence === null ? 'none' : 'data',
      figure:
        f.livingWagePence === null
          ? 'No living wage value in the pay policy'
          : `${share(f.belowLivingWage, f.workers)} workers below £${(f.livingWagePence / 100).toFixed(2)}/h`,
    },
    {
      stage: 3,
      number: 2,
      commitment: 'Workers are covered by an occupational sick pay scheme',
      ...occupationalSickPay(f),
    },
  ];
}

/**
 * Stage 3.2 from the scheme and the absences it actually paid: every worker must be in the scheme, and the scheme must
 * have paid its members' sickness (a scheme whose bands give no weeks covers nobody in truth). A year with no sickness
 * recorded cannot show the payments, so it rests on membership alone and says so.
 */
function occupationalSickPay(f: CharterFacts): Outcome {
  if (f.workers === 0) return { status: 'not_measured', basis: 'none', figure: 'No current workers' };
  const p = f.sickPayPaid;
  const everyone = f.withSickPay === f.workers;
  const covered = `${share(f.withSickPay, f.workers)} workers in the scheme`;
  const since = `since ${formatDate(p.from)}`;
  if (p.sickDays === 0) return measured(everyone, `${covered}; no sickness of scheme members recorded ${since}`);
  const paid =
    `${share(p.ospDays, p.sickDays)} sick days of scheme members paid occupational sick pay ${since} ` +
    `(£${(p.ospPence / 100).toFixed(2)})`;
  return measured(everyone && p.ospDays > 0, `${covered}; ${paid}`);
}
