import { formatWeek } from '../time/format';
import { SHORT_REASON_LABELS } from '../actuals/actuals';
import { STRAND_LABELS } from '../training/catalogue';
import { isoWeekOf } from '../time/iso-week';
import { SMALL, WITHHELD, type Count, type Measure } from './counts';
import { count, countWord, measure, monthLines, share } from './month-words';
import type { Period } from './period';
import type { VisitingOrgType } from './summary-v1';
import type { Summary } from './summary';
import { visitTimesLines } from './visit-times-words';
import type { SuppressedCell, SummaryReading } from './sync-views';

// A summary in the manager's words (council-sync.md: "a preview of the exact JSON of any summary, with a
// plain-language view of it"), and every figure it holds back, with the reason, so nothing sent is a surprise.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Week of 7 Dec 2026" for a week, "December 2026" for a month. */
export function periodLabel(period: Pick<Period, 'kind' | 'start'>): string {
  if (period.kind === 'week') return formatWeek(isoWeekOf(period.start));
  return `${MONTHS[Number(period.start.slice(5, 7)) - 1] ?? ''} ${period.start.slice(0, 4)}`;
}

/** The summary in plain words, with its exact JSON and every figure held back. */
export function readSummary(summary: Summary): SummaryReading {
  return {
    summaryId: summary.summaryId,
    period: summary.period,
    periodLabel: periodLabel(summary.period),
    lines: [...careDeliveryLines(summary), ...visitTimesLines(summary), ...hubLines(summary), ...monthLines(summary)],
    json: JSON.stringify(summary, null, 2),
    suppressed: suppressedCells(summary),
  };
}

function careDeliveryLines(summary: Summary): SummaryReading['lines'] {
  const c = summary.careDelivery;
  if (!c) return [];
  return [
    {
      heading: 'Care delivered (from the published rota)',
      lines: [
        `${count(c.peopleSupported, 'person', 'people')} supported, ` +
          `with ${count(c.plannedVisits, 'visit', 'visits')} planned (${measure(c.plannedHours, 'hours')})`,
        `${share(c.visitsUnder30Minutes)} of visits shorter than 30 minutes`,
        continuityLine(c.continuity.medianWorkersPerPerson, c.continuity.p90WorkersPerPerson),
        `${share(c.continuity.byChosenTeam)} of visits by the person’s chosen team`,
        `${count(c.unassignedVisits.count, 'visit', 'visits')} without a worker yet (${share(c.unassignedVisits)})`,
        `${measure(c.paidTravelMinutes, 'minutes')} of travel between visits paid`,
        `${count(c.workingTimeExceptions, 'breach', 'breaches')} of the Working Time Regulations in the plan`,
      ],
    },
  ];
}

const ORG_WORDS: Record<VisitingOrgType, string> = {
  nhs_community: 'NHS community teams',
  nhs_primary_care: 'GP practices',
  council: 'the council',
  voluntary: 'voluntary groups',
  other: 'others',
};

function hubLines(summary: Summary): SummaryReading['lines'] {
  const h = summary.hub;
  if (!h) return [];
  const byType = (cells: Record<VisitingOrgType, Count> | typeof WITHHELD) =>
    cells === WITHHELD
      ? 'not broken down (the groups are too small)'
      : (Object.keys(ORG_WORDS) as VisitingOrgType[]).map((k) => `${ORG_WORDS[k]} ${countWord(cells[k])}`).join(', ');
  return [
    {
      heading: 'The hub',
      lines: [
        `${count(h.bookingsByOrgType.total, 'booking', 'bookings')} by visiting organisations: ` +
          byType(h.bookingsByOrgType.cells),
        `${count(h.signInsByOrgType.total, 'visitor sign-in', 'visitor sign-ins')}: ` +
          byType(h.signInsByOrgType.cells),
        h.deskUtilisation === null
          ? 'No desks open in the week'
          : `Desks in use ${Math.round(h.deskUtilisation * 100)}% of the time they were open`,
      ],
    },
  ];
}

function continuityLine(median: Measure, p90: Measure): string {
  if (median === null || p90 === null) return 'No one had a visit with a worker, so continuity cannot be measured';
  if (median === WITHHELD || p90 === WITHHELD) return 'How many workers each person saw: not sent (too few people)';
  return (
    `Half the people supported saw ${median} or fewer different workers in the week; ` +
    `nine in ten saw ${p90} or fewer`
  );
}

const PATH_WORDS: Record<string, string> = {
  careDelivery: 'care delivered',
  hub: 'the hub',
  workforce: 'workforce',
  pay: 'pay',
  training: 'training',
  apprenticeships: 'apprenticeships',
  charter: 'the Charter',
  peopleSupported: 'people supported',
  plannedVisits: 'planned visits',
  plannedHours: 'planned hours',
  visitsUnder30Minutes: 'visits under 30 minutes',
  continuity: 'continuity',
  medianWorkersPerPerson: 'workers seen by half the people',
  p90WorkersPerPerson: 'workers seen by nine in ten people',
  byChosenTeam: 'visits by the chosen team',
  unassignedVisits: 'visits without a worker',
  paidTravelMinutes: 'travel minutes paid',
  workingTimeExceptions: 'Working Time Regulations breaches',
  visitTimes: 'actual visit times',
  arrivals: 'arrivals',
  on_time: 'on time',
  late: 'late',
  missed: 'missed',
  punctuality: 'on time, of arrivals',
  missedRate: 'missed, of visits due',
  lengths: 'length against the plan',
  as_planned: 'as planned',
  lengthened: 'lengthened',
  shortened: 'shortened',
  lengthenedRate: 'lengthened, of completed',
  shortenedRate: 'shortened, of completed',
  shortenedByReason: 'shortened, by reason',
  no_reason: 'no reason given',
  plannedHoursCompleted: 'planned hours of completed visits',
  actualHoursCompleted: 'actual hours of completed visits',
  ...SHORT_REASON_LABELS,
  bookingsByOrgType: 'bookings by organisation type',
  signInsByOrgType: 'visitor sign-ins by organisation type',
  cells: 'breakdown',
  total: 'total',
  count: 'how many',
  of: 'out of',
  rate: 'share',
  headcount: 'headcount',
  byRoleGroup: 'by job role group',
  fteByRoleGroup: 'full-time equivalents by job role group',
  byContractType: 'by contract type',
  zeroHours: 'zero-hours contracts',
  starters12Months: 'starters in 12 months',
  leavers12Months: 'leavers in 12 months',
  turnover12Months: 'turnover',
  vacancies: 'vacancies',
  livingInBorough: 'living in the borough',
  byPathwayCategory: 'by Care Workforce Pathway category',
  equality: 'equality',
  ethnicGroup: 'ethnic group',
  sex: 'sex',
  disability: 'disability',
  ageBand: 'age band',
  atOrAboveFloor: 'paid at or above the floor',
  travelPaidFullRate: 'travel paid at the full rate',
  sickDays: 'days lost to sickness',
  sickPayHours: 'hours of sick pay',
  compliant: 'up to date',
  expiringWithin90Days: 'expiring within 90 days',
  completionsByProvider: 'completions by kind of provider',
  mandatory: 'mandatory training',
  activeByStandard: 'on programme by standard',
  starts: 'starts',
  completions: 'completions',
  offTheJobOnTrack: 'on track for off-the-job hours',
  reviewsOverdue: 'progress reviews overdue',
  figure: 'figure',
  ...STRAND_LABELS,
  ...ORG_WORDS,
};

/** Every figure sent as "<5" or "withheld", where it is and why. */
export function suppressedCells(summary: Summary): SuppressedCell[] {
  const found: SuppressedCell[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (node === SMALL || node === WITHHELD) {
      found.push({
        where: path.map((p) => PATH_WORDS[p] ?? p).join(' › '),
        path: path.join('.'),
        sent: node,
        why: whyHeld(node, path),
      });
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
    }
  };
  walk(summary, []);
  return found;
}

function whyHeld(sent: typeof SMALL | typeof WITHHELD, path: readonly string[]): string {
  const key = path[path.length - 1] ?? '';
  const parent = path[path.length - 2] ?? '';
  if (sent === SMALL) return 'A count from 1 to 4 is sent as “<5”, so no small group can be singled out';
  if (key === 'cells')
    return 'The whole breakdown is held back: any split of so small a total could single someone out';
  if (key === 'rate') return 'A share worked out from a count under 5 is not sent';
  if (parent === 'cells' || key === 'count' || key === 'of')
    return 'Held back so that a count under 5 beside it cannot be worked out by subtraction';
  return 'Not sent because the count it is worked out from is under 5';
}
