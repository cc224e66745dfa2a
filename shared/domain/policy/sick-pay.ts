import { z } from 'zod';
import { wholeMonthsBetween } from '../time/calendar';
import { addDays, daysBetween, isoWeekday } from '../time/iso-week';

/** One band of an occupational sick pay scheme: weeks at full and at half pay once service reaches a length. */
export const SickPayBand = z.object({
  /** Service from which the band applies, in whole months. */
  fromServiceMonths: z
    .number({ message: 'Enter the service the band starts at, in whole months' })
    .int('Enter whole months')
    .min(0, 'Service cannot be negative'),
  /** Service at which the next band takes over (exclusive), or null for no end. */
  toServiceMonths: z
    .number({ message: 'Enter the service the band ends at in whole months, or leave it blank for no end' })
    .int('Enter whole months')
    .min(1, 'Enter at least 1 month')
    .nullable(),
  fullPayWeeks: z
    .number({ message: 'Enter the weeks at full pay' })
    .int('Enter whole weeks')
    .min(0, 'Enter 0 or more weeks')
    .max(52, 'Enter 52 weeks or fewer'),
  halfPayWeeks: z
    .number({ message: 'Enter the weeks at half pay' })
    .int('Enter whole weeks')
    .min(0, 'Enter 0 or more weeks')
    .max(52, 'Enter 52 weeks or fewer'),
});
/** One band of an occupational sick pay scheme. */
export type SickPayBand = z.infer<typeof SickPayBand>;

/** The branch's occupational sick pay scheme: bands by length of service that may not overlap. */
export const SickPayScheme = z
  .object({
    bands: z.array(SickPayBand).min(1, 'Add at least one band'),
    /** Qualifying days at the start of each absence that the scheme does not pay (SSP still may). */
    waitingDays: z
      .number({ message: 'Enter the waiting days, 0 for none' })
      .int('Enter whole days')
      .min(0, 'Enter 0 or more days')
      .max(7, 'Enter 7 days or fewer')
      .default(0),
  })
  .superRefine((scheme, ctx) => {
    scheme.bands.forEach((band, i) => {
      if (band.toServiceMonths !== null && band.toServiceMonths <= band.fromServiceMonths)
        ctx.addIssue({ code: 'custom', path: ['bands', i, 'toServiceMonths'], message: 'End after the band starts' });
      const clash = scheme.bands.findIndex(
        (other, j) =>
          j < i &&
          other.fromServiceMonths < (band.toServiceMonths ?? Number.POSITIVE_INFINITY) &&
          band.fromServiceMonths < (other.toServiceMonths ?? Number.POSITIVE_INFINITY),
      );
      if (clash >= 0)
        ctx.addIssue({
          code: 'custom',
          path: ['bands', i, 'fromServiceMonths'],
          message: `This band overlaps band ${clash + 1}: each length of service may fall in one band only`,
        });
    });
  });
/** The branch's occupational sick pay scheme. */
export type SickPayScheme = z.infer<typeof SickPayScheme>;

/**
 * The scheme a branch starts with until a manager sets its own: the NHS Agenda for Change pattern (domain.md §5.3,
 * to verify) in whole weeks, a month counted as 4 weeks: 1 month full and 2 half in the first year, up to 6 and 6
 * after 5 years. No waiting days.
 */
export const DEFAULT_SICK_PAY_SCHEME: SickPayScheme = {
  waitingDays: 0,
  bands: [
    { fromServiceMonths: 0, toServiceMonths: 12, fullPayWeeks: 4, halfPayWeeks: 8 },
    { fromServiceMonths: 12, toServiceMonths: 24, fullPayWeeks: 8, halfPayWeeks: 8 },
    { fromServiceMonths: 24, toServiceMonths: 36, fullPayWeeks: 16, halfPayWeeks: 16 },
    { fromServiceMonths: 36, toServiceMonths: 60, fullPayWeeks: 20, halfPayWeeks: 20 },
    { fromServiceMonths: 60, toServiceMonths: null, fullPayWeeks: 24, halfPayWeeks: 24 },
  ],
};

/** Statutory sick pay rules from a date (domain.md §5.3); absences starting on or after it use them. */
export interface SspRules {
  from: string;
  weeklyRatePence: number;
  /** SSP is the lower of the weekly rate and this share of average weekly earnings (null: the flat rate). */
  earningsShare: number | null;
  /** Qualifying days in a linked period that are not paid (waiting days). */
  waitingDays: number;
  /** Days of sickness in a row an absence needs to count at all (the old period of incapacity for work). */
  minimumDays: number;
  /** Average weekly earnings below this get no SSP (null: no limit). */
  lowerEarningsLimitPence: number | null;
}

/** SSP as the law stood for 2025/26, and from 6 April 2026 (Employment Rights Act 2025). */
export const SSP_RULES: readonly SspRules[] = [
  {
    from: '2025-04-06',
    weeklyRatePence: 11875,
    earningsShare: null,
    waitingDays: 3,
    minimumDays: 4,
    lowerEarningsLimitPence: 12500,
  },
  {
    from: '2026-04-06',
    weeklyRatePence: 12325,
    earningsShare: 0.8,
    waitingDays: 0,
    minimumDays: 1,
    lowerEarningsLimitPence: null,
  },
];

/** Periods of sickness less than this many days apart link into one (8 weeks). */
export const SSP_LINK_DAYS = 56;
/** SSP is paid for at most 28 weeks in a linked period. */
export const SSP_MAX_WEEKS = 28;

/** One absence to pay, with the worker's pattern and earnings. Dates inclusive. */
export interface SickAbsence {
  startDate: string;
  endDate: string;
}

/** What one worker is paid for their absences. */
export interface WorkerSickPayInput {
  absences: readonly SickAbsence[];
  /** ISO weekdays the worker normally works (1 = Monday): SSP and OSP are paid for these days only. */
  qualifyingWeekdays: ReadonlySet<number>;
  /** Average weekly earnings in pence over the reference period before the absence. */
  averageWeeklyEarningsPence: number;
  /** Employment start date, for the length of service the OSP band depends on. */
  serviceStart: string;
  scheme: SickPayScheme | null;
}

/** What one qualifying day of an absence pays: SSP, and occupational pay above it at full, half or no pay. */
export interface SickPayDay {
  date: string;
  sspPence: number;
  osp: 'full' | 'half' | 'none';
  ospPence: number;
}

/** Sick pay for one absence: qualifying days paid, statutory and occupational (the part above SSP) amounts. */
export interface AbsenceSickPay extends SickAbsence {
  /** Each qualifying day, in order; the totals below are their sums (each day rounded to the penny). */
  days: SickPayDay[];
  qualifyingDays: number;
  sspDays: number;
  sspPence: number;
  ospFullDays: number;
  ospHalfDays: number;
  /** Occupational sick pay on top of SSP (OSP includes SSP: a full day's pay is SSP plus this). */
  ospPence: number;
}

function rulesOn(date: string): SspRules | null {
  let found: SspRules | null = null;
  for (const r of SSP_RULES) if (r.from <= date) found = r;
  return found;
}

/**
 * Statutory and occupational sick pay for a worker's absences, oldest first. Absences less than 8 weeks apart link:
 * waiting days and the 28-week limit run across the linked period. OSP follows the scheme band for the worker's
 * service on the first day, counting the full- and half-pay days already used in the 12 months before.
 */
export function sickPayFor(input: WorkerSickPayInput): AbsenceSickPay[] {
  const qdays = Math.max(1, input.qualifyingWeekdays.size);
  const dailyEarnings = input.averageWeeklyEarningsPence / qdays;
  const sorted = [...input.absences].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const out: AbsenceSickPay[] = [];
  let linkedEnd: string | null = null;
  let linkedWaiting = 0;
  let linkedPaid = 0;
  for (const absence of sorted) {
    const rules = rulesOn(absence.startDate);
    const length = daysBetween(absence.startDate, absence.endDate) + 1;
    const counts = rules !== null && length >= rules.minimumDays;
    // Days strictly between the end of the linked period and this start: 56 or fewer link.
    if (counts && (linkedEnd === null || daysBetween(linkedEnd, absence.startDate) - 1 > SSP_LINK_DAYS)) {
      linkedWaiting = 0;
      linkedPaid = 0;
    }
    if (counts) linkedEnd = absence.endDate;
    const qualifying: string[] = [];
    for (let d = absence.startDate; d <= absence.endDate; d = addDays(d, 1))
      if (input.qualifyingWeekdays.has(isoWeekday(d))) qualifying.push(d);
    const sspPaid = qualifying.map(() => false);
    let weekly = 0;
    if (rules && counts) {
      const eligible =
        rules.lowerEarningsLimitPence === null || input.averageWeeklyEarningsPence >= rules.lowerEarningsLimitPence;
      weekly =
        rules.earningsShare === null
          ? rules.weeklyRatePence
          : Math.min(rules.weeklyRatePence, input.averageWeeklyEarningsPence * rules.earningsShare);
      for (let i = 0; i < qualifying.length && eligible; i++) {
        if (linkedWaiting < rules.waitingDays) linkedWaiting += 1;
        else if (linkedPaid < SSP_MAX_WEEKS * qdays) {
          linkedPaid += 1;
          sspPaid[i] = true;
        }
      }
    }
    const sspDays = sspPaid.filter(Boolean).length;
    const sspDaily = weekly / qdays;
    const osp = ospDays(input, absence, out, qualifying.length);
    const waiting = Math.min(qualifying.length, input.scheme?.waitingDays ?? 0);
    // Each OSP day pays full (or half) the daily earnings, SSP included: the top-up is what OSP adds above SSP.
    const days: SickPayDay[] = qualifying.map((date, i) => {
      const ssp = sspPaid[i] ? Math.round(sspDaily) : 0;
      const j = i - waiting;
      const kind = j < 0 ? 'none' : j < osp.full ? 'full' : j < osp.full + osp.half ? 'half' : 'none';
      const share = kind === 'full' ? 1 : kind === 'half' ? 0.5 : 0;
      return { date, sspPence: ssp, osp: kind, ospPence: Math.max(0, Math.round(share * dailyEarnings) - ssp) };
    });
    out.push({
      ...absence,
      days,
      qualifyingDays: qualifying.length,
      sspDays,
      sspPence: days.reduce((a, d) => a + d.sspPence, 0),
      ospFullDays: osp.full,
      ospHalfDays: osp.half,
      ospPence: days.reduce((a, d) => a + d.ospPence, 0),
    });
  }
  return out;
}

/** The scheme band for a length of service on a date, or null when the scheme has none for it. */
export function bandOn(scheme: SickPayScheme, serviceStart: string, date: string): SickPayBand | null {
  const months = wholeMonthsBetween(serviceStart, date);
  return (
    scheme.bands.find(
      (b) => b.fromServiceMonths <= months && (b.toServiceMonths === null || months < b.toServiceMonths),
    ) ?? null
  );
}

/** Occupational sick pay days still to use on a date: the band's allowance less days paid in the 12 months before. */
export function ospRemaining(
  input: Pick<WorkerSickPayInput, 'qualifyingWeekdays' | 'serviceStart' | 'scheme'>,
  date: string,
  paid: readonly Pick<AbsenceSickPay, 'startDate' | 'ospFullDays' | 'ospHalfDays'>[],
): { band: SickPayBand | null; fullDays: number; halfDays: number; fullLeft: number; halfLeft: number } {
  const band = input.scheme ? bandOn(input.scheme, input.serviceStart, date) : null;
  if (!band) return { band: null, fullDays: 0, halfDays: 0, fullLeft: 0, halfLeft: 0 };
  const qdays = input.qualifyingWeekdays.size;
  const yearBefore = addDays(date, -365);
  const recent = paid.filter((e) => e.startDate > yearBefore && e.startDate <= date);
  const fullDays = band.fullPayWeeks * qdays;
  const halfDays = band.halfPayWeeks * qdays;
  return {
    band,
    fullDays,
    halfDays,
    fullLeft: Math.max(0, fullDays - recent.reduce((a, e) => a + e.ospFullDays, 0)),
    halfLeft: Math.max(0, halfDays - recent.reduce((a, e) => a + e.ospHalfDays, 0)),
  };
}

function ospDays(
  input: WorkerSickPayInput,
  absence: SickAbsence,
  earlier: readonly AbsenceSickPay[],
  qualifying: number,
): { full: number; half: number } {
  const left = ospRemaining(input, absence.startDate, earlier);
  const payable = Math.max(0, qualifying - (input.scheme?.waitingDays ?? 0));
  const full = Math.min(payable, left.fullLeft);
  return { full, half: Math.min(payable - full, left.halfLeft) };
}
