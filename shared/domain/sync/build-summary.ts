import type { ProviderKind } from '../training/catalogue';
import type { CharterStatus } from '../staff/charter';
import type { Count, Measure } from './counts';
import { WITHHELD } from './counts';
import { cellOf, rateOf, suppressBreakdown, suppressCount, suppressShare, withheldUnless } from './suppression';
import type {
  AgeBand,
  ContractType,
  DisabilityGroup,
  EthnicGroup,
  LowestRateBand,
  PathwayCategory,
  RoleGroup,
  SexGroup,
  SummaryBranch,
  TrainingSet,
  VisitingOrgType,
} from './summary-v1';
import type { Period } from './period';
import { CURRENT_SUMMARY_VERSION, type CurrentSummary } from './summary';
import type { VisitTimeTotals } from '../actuals/visit-time-figures';
import { visitTimesOf } from './visit-times-section';

// The one place a branch's true figures become what is sent: every count goes through suppression here, so the
// code that reads the store (the summary builder) deals only in plain numbers and cannot forget to suppress.

/** How many of how many, unsuppressed. */
export interface Part {
  count: number;
  of: number;
}

/** What every summary carries besides its figures. */
export interface SummaryEnvelope {
  summaryId: string;
  branch: SummaryBranch;
  period: Period;
  generatedAt: string;
  appVersion: string;
  auditHead: string;
}

/** A month's workforce figures, unsuppressed (headcount is the sum of the role groups). */
export interface WorkforceFigures {
  byRoleGroup: Record<RoleGroup, number>;
  fteByRoleGroup: Record<RoleGroup, number>;
  byContractType: Record<ContractType, number>;
  zeroHours: number;
  starters12Months: number;
  leavers12Months: number;
  vacancies: number;
  livingInBorough: Part;
  byPathwayCategory: Record<PathwayCategory, number>;
  equality: {
    ethnicGroup: Record<EthnicGroup, number>;
    sex: Record<SexGroup, number>;
    disability: Record<DisabilityGroup, number>;
    ageBand: Record<AgeBand, number>;
  };
}

/** A month's pay figures, unsuppressed. */
export interface PayFigures {
  lowestRateBand: LowestRateBand | null;
  atOrAboveFloor: Part;
  travelPaidFullRate: Part;
  occupationalSickPay: boolean | null;
  sickDays: number;
  sickPayHours: number;
}

/** One training set's figures, unsuppressed. */
export interface TrainingSetFigures {
  compliant: Part;
  expiringWithin90Days: number;
  completionsByProvider: Record<ProviderKind, number>;
}

/** A month's apprenticeship figures, unsuppressed (keys of activeByStandard are standard references). */
export interface ApprenticeshipFigures {
  activeByStandard: Record<string, number>;
  starts: number;
  completions: number;
  offTheJobOnTrack: Part;
  reviewsOverdue: number;
}

/** One Charter commitment as the Charter rules computed it. */
export interface CharterFigure {
  stage: number;
  number: number;
  commitment: string;
  status: CharterStatus;
  basis: 'data' | 'declared' | 'none';
  figure: Part | null;
}

/** Everything a monthly summary is built from. */
export interface MonthFigures {
  workforce: WorkforceFigures;
  pay: PayFigures;
  training: Record<TrainingSet, TrainingSetFigures>;
  apprenticeships: ApprenticeshipFigures;
  charter: readonly CharterFigure[];
}

/** A week's care delivery figures, unsuppressed. */
export interface CareDeliveryFigures {
  plannedVisits: number;
  plannedMinutes: number;
  visitsUnder30Minutes: number;
  /** For each person supported, how many distinct workers visited them in the week. */
  workersPerPerson: readonly number[];
  byChosenTeam: number;
  unassignedVisits: number;
  paidTravelMinutes: number;
  workingTimeExceptions: number;
  /** From actual visit times: the week's tally, and the late threshold it used. */
  visitTimes: { totals: VisitTimeTotals; lateMinutes: number };
}

/** A week's hub figures, unsuppressed. */
export interface HubFigures {
  bookingsByOrgType: Record<VisitingOrgType, number>;
  signInsByOrgType: Record<VisitingOrgType, number>;
  deskMinutesBooked: number;
  deskMinutesOpen: number;
}

/** Everything a weekly summary is built from. */
export interface WeekFigures {
  careDelivery: CareDeliveryFigures;
  hub: HubFigures;
}

/** A monthly summary from true figures, every count suppressed. */
export function buildMonthlySummary(envelope: SummaryEnvelope, figures: MonthFigures): CurrentSummary {
  return {
    ...envelopeOf(envelope),
    workforce: workforceOf(figures.workforce),
    pay: payOf(figures.pay),
    training: mapValues(figures.training, trainingSetOf),
    apprenticeships: apprenticeshipsOf(figures.apprenticeships),
    charter: figures.charter.map((c) => ({
      ...c,
      figure: c.figure ? suppressShare(c.figure.count, c.figure.of) : null,
    })),
  };
}

/** A weekly summary from true figures, every count suppressed. */
export function buildWeeklySummary(envelope: SummaryEnvelope, figures: WeekFigures): CurrentSummary {
  return { ...envelopeOf(envelope), careDelivery: careDeliveryOf(figures.careDelivery), hub: hubOf(figures.hub) };
}

function envelopeOf(e: SummaryEnvelope): CurrentSummary {
  return {
    schemaVersion: CURRENT_SUMMARY_VERSION,
    summaryId: e.summaryId,
    branch: e.branch,
    period: e.period,
    generatedAt: e.generatedAt,
    appVersion: e.appVersion,
    auditHead: e.auditHead,
  };
}

function workforceOf(f: WorkforceFigures): NonNullable<CurrentSummary['workforce']> {
  const headcount = sum(Object.values(f.byRoleGroup));
  const byRoleGroup = suppressBreakdown(f.byRoleGroup);
  const sentHeadcount = byRoleGroup.total;
  const leavers = suppressCount(f.leavers12Months);
  return {
    headcount: sentHeadcount,
    byRoleGroup,
    fteByRoleGroup: mapValues(f.fteByRoleGroup, (fte, group) =>
      withheldUnless([cellOf(byRoleGroup, group)], Math.round(fte * 10) / 10),
    ),
    byContractType: suppressBreakdown(f.byContractType),
    zeroHours: suppressShare(f.zeroHours, headcount),
    starters12Months: suppressCount(f.starters12Months),
    leavers12Months: leavers,
    turnover12Months: turnoverOf(leavers, sentHeadcount, f.leavers12Months, headcount),
    vacancies: suppressCount(f.vacancies),
    livingInBorough: suppressShare(f.livingInBorough.count, f.livingInBorough.of),
    byPathwayCategory: suppressBreakdown(f.byPathwayCategory),
    equality: {
      ethnicGroup: suppressBreakdown(f.equality.ethnicGroup),
      sex: suppressBreakdown(f.equality.sex),
      disability: suppressBreakdown(f.equality.disability),
      ageBand: suppressBreakdown(f.equality.ageBand),
    },
  };
}

// Turnover can pass 100%, so it is a measure rather than a rate, withheld on the same rule as a rate.
function turnoverOf(sentLeavers: Count, sentHeadcount: Count, leavers: number, headcount: number): Measure {
  const rate = rateOf(sentLeavers, sentHeadcount, Math.min(leavers, headcount), headcount);
  if (rate === null || rate === WITHHELD) return rate;
  return Math.round((leavers / headcount) * 1000) / 1000;
}

function payOf(f: PayFigures): NonNullable<CurrentSummary['pay']> {
  const sickDays = suppressCount(f.sickDays);
  return {
    lowestRateBand: f.lowestRateBand,
    atOrAboveFloor: suppressShare(f.atOrAboveFloor.count, f.atOrAboveFloor.of),
    travelPaidFullRate: suppressShare(f.travelPaidFullRate.count, f.travelPaidFullRate.of),
    occupationalSickPay: f.occupationalSickPay,
    sickDays,
    sickPayHours: withheldUnless([sickDays], Math.round(f.sickPayHours * 10) / 10),
  };
}

function trainingSetOf(f: TrainingSetFigures) {
  return {
    compliant: suppressShare(f.compliant.count, f.compliant.of),
    expiringWithin90Days: suppressCount(f.expiringWithin90Days),
    completionsByProvider: suppressBreakdown(f.completionsByProvider),
  };
}

function apprenticeshipsOf(f: ApprenticeshipFigures): NonNullable<CurrentSummary['apprenticeships']> {
  return {
    activeByStandard: suppressBreakdown(f.activeByStandard),
    starts: suppressCount(f.starts),
    completions: suppressCount(f.completions),
    offTheJobOnTrack: suppressShare(f.offTheJobOnTrack.count, f.offTheJobOnTrack.of),
    reviewsOverdue: suppressCount(f.reviewsOverdue),
  };
}

function careDeliveryOf(f: CareDeliveryFigures): NonNullable<CurrentSummary['careDelivery']> {
  const people = suppressCount(f.workersPerPerson.length);
  const visits = suppressCount(f.plannedVisits);
  const sorted = [...f.workersPerPerson].sort((a, b) => a - b);
  return {
    peopleSupported: people,
    plannedVisits: visits,
    plannedHours: withheldUnless([visits], Math.round((f.plannedMinutes / 60) * 10) / 10),
    visitsUnder30Minutes: suppressShare(f.visitsUnder30Minutes, f.plannedVisits),
    continuity: {
      medianWorkersPerPerson: withheldUnless([people], quantile(sorted, 0.5)),
      p90WorkersPerPerson: withheldUnless([people], quantile(sorted, 0.9)),
      byChosenTeam: suppressShare(f.byChosenTeam, f.plannedVisits),
    },
    unassignedVisits: suppressShare(f.unassignedVisits, f.plannedVisits),
    paidTravelMinutes: withheldUnless([visits], f.paidTravelMinutes),
    workingTimeExceptions: suppressCount(f.workingTimeExceptions),
    visitTimes: visitTimesOf(f.visitTimes.totals, f.visitTimes.lateMinutes),
  };
}

function hubOf(f: HubFigures): NonNullable<CurrentSummary['hub']> {
  return {
    bookingsByOrgType: suppressBreakdown(f.bookingsByOrgType),
    signInsByOrgType: suppressBreakdown(f.signInsByOrgType),
    deskUtilisation:
      f.deskMinutesOpen > 0 ? Math.round(Math.min(1, f.deskMinutesBooked / f.deskMinutesOpen) * 1000) / 1000 : null,
  };
}

/** Nearest-rank quantile of a sorted list; null when empty. */
function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

function mapValues<K extends string, V, W>(record: Record<K, V>, fn: (value: V, key: K) => W): Record<K, W> {
  const out = {} as Record<K, W>;
  for (const key of Object.keys(record) as K[]) out[key] = fn(record[key], key);
  return out;
}
