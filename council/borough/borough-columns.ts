import type { CharterCommitmentV1 } from '@shared/domain/sync/summary-v1';
import type { Summary } from '@shared/domain/sync/summary';
import { formatCount, formatMeasure, formatRate } from '@council/web/format';

// The columns of the side-by-side tables, shared by the page and the CSV export so both always agree.

/** One column: its heading and how a branch's summary reads in it. */
export interface Column {
  heading: string;
  cell(summary: Summary): string;
}

const share = (s: { count: Parameters<typeof formatCount>[0]; of: Parameters<typeof formatCount>[0] }) =>
  `${formatCount(s.count)} of ${formatCount(s.of)}`;

/** Monthly figures: workforce, pay, training, apprenticeships. */
export const MONTH_COLUMNS: readonly Column[] = [
  { heading: 'Workers', cell: (s) => (s.workforce ? formatCount(s.workforce.headcount) : '') },
  { heading: 'On zero-hours contracts', cell: (s) => (s.workforce ? share(s.workforce.zeroHours) : '') },
  { heading: 'Vacancies', cell: (s) => (s.workforce ? formatCount(s.workforce.vacancies) : '') },
  {
    heading: 'Turnover over 12 months',
    cell: (s) => (s.workforce ? formatRateOrMeasure(s.workforce.turnover12Months) : ''),
  },
  { heading: 'Paid at or above the pay floor', cell: (s) => (s.pay ? formatRate(s.pay.atOrAboveFloor.rate) : '') },
  { heading: 'Travel paid at the full rate', cell: (s) => (s.pay ? formatRate(s.pay.travelPaidFullRate.rate) : '') },
  {
    heading: 'Mandatory training up to date',
    cell: (s) => (s.training ? formatRate(s.training.mandatory.compliant.rate) : ''),
  },
  {
    heading: 'Apprentices on programme',
    cell: (s) => (s.apprenticeships ? formatCount(s.apprenticeships.activeByStandard.total) : ''),
  },
];

/** Weekly figures: care delivery and the hub. */
export const WEEK_COLUMNS: readonly Column[] = [
  { heading: 'People supported', cell: (s) => (s.careDelivery ? formatCount(s.careDelivery.peopleSupported) : '') },
  { heading: 'Visits planned', cell: (s) => (s.careDelivery ? formatCount(s.careDelivery.plannedVisits) : '') },
  { heading: 'Hours planned', cell: (s) => (s.careDelivery ? formatMeasure(s.careDelivery.plannedHours) : '') },
  {
    heading: 'Visits under 30 minutes',
    cell: (s) => (s.careDelivery ? formatRate(s.careDelivery.visitsUnder30Minutes.rate) : ''),
  },
  {
    heading: 'Different workers per person (middle value)',
    cell: (s) => (s.careDelivery ? formatMeasure(s.careDelivery.continuity.medianWorkersPerPerson) : ''),
  },
  {
    heading: 'Visits by the chosen team',
    cell: (s) => (s.careDelivery ? formatRate(s.careDelivery.continuity.byChosenTeam.rate) : ''),
  },
  {
    heading: 'Visits without a worker',
    cell: (s) => (s.careDelivery ? formatRate(s.careDelivery.unassignedVisits.rate) : ''),
  },
  { heading: 'Arrivals on time', cell: (s) => visitTimesRate(s, 'punctuality') },
  { heading: 'Visits missed', cell: (s) => visitTimesRate(s, 'missedRate') },
  { heading: 'Visits shortened', cell: (s) => visitTimesRate(s, 'shortenedRate') },
  { heading: 'Hub sign-ins', cell: (s) => (s.hub ? formatCount(s.hub.signInsByOrgType.total) : '') },
];

/** A Charter commitment's status in words. */
export function charterStatusText(c: CharterCommitmentV1): string {
  return c.status === 'met' ? 'Met' : c.status === 'not_met' ? 'Not met' : 'Not measured';
}

/** A Charter commitment's figure in words ("0 of 134"), or how it was decided. */
export function charterFigureText(c: CharterCommitmentV1): string {
  if (c.figure) return share(c.figure);
  return c.basis === 'declared' ? 'declared by the manager' : 'no figure yet';
}

/** A commitment's short name: "Stage 1, no. 3". */
export function charterKey(c: { stage: number; number: number }): string {
  return `Stage ${c.stage}, no. ${c.number}`;
}

// Summaries from version 2 carry figures from actual visit times; an older one leaves these cells empty.
function visitTimesRate(s: Summary, rate: 'punctuality' | 'missedRate' | 'shortenedRate'): string {
  const care = s.careDelivery;
  return care && 'visitTimes' in care ? formatRate(care.visitTimes[rate]) : '';
}

function formatRateOrMeasure(value: Parameters<typeof formatMeasure>[0]): string {
  return typeof value === 'number' ? formatRate(value) : formatMeasure(value);
}
