import type { WorkerPay } from '@shared/domain/rota-board/board';
import type { PayrollLayout } from '@shared/domain/rota-board/payroll';
import type { CsvCell } from '../csv/csv-writer';

/** One worker's pay over a period: the weeks' pay views, who they are, and the holiday they accrued. */
export interface PeriodWorker {
  staffId: string;
  name: string;
  reference: string;
  givenName: string;
  familyName: string;
  weeks: WorkerPay[];
  /** Holiday accrued on the period's hours worked (irregular hours), in minutes; 0 for regular hours. */
  accruedMinutes: number;
}

/** The period's dates, as the file writes them. */
export interface PeriodDates {
  startDate: string;
  endDate: string;
}

/** Adds up a figure over a worker's weeks. */
export const sumWeeks = (weeks: readonly WorkerPay[], f: (w: WorkerPay) => number) =>
  weeks.reduce((a, w) => a + f(w), 0);
const travel = (w: WorkerPay) => w.stretches.reduce((a, s) => a + s.travelMinutes + s.breakTravelMinutes, 0);
const visits = (w: WorkerPay) => w.stretches.reduce((a, s) => a + s.visitMinutes, 0);
const waiting = (w: WorkerPay) => w.stretches.reduce((a, s) => a + s.waitingMinutes, 0);
/** Leave paid as holiday (not rolled up). */
const paidHoliday = (w: WorkerPay) => (w.holidayPence > 0 ? w.holidayMinutes : 0);
const hours = (minutes: number) => (minutes / 60).toFixed(2);
const pounds = (pence: number) => (pence / 100).toFixed(2);
const visitCount = (w: WorkerPay) => w.stretches.reduce((a, s) => a + s.visits, 0);
/** Where a worker's visit hours come from: recorded actual times (for how many visits), or the plan. */
function visitTimes(weeks: readonly WorkerPay[]): string {
  const actual = sumWeeks(weeks, (w) => w.visitsFromActuals);
  return actual === 0 ? 'Planned' : `Actual for ${actual} of ${sumWeeks(weeks, visitCount)} visits`;
}
const ukDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** This app's own layout: every figure the pay view holds, one row per worker, holiday columns last. */
const HUB_SUMMARY_COLUMNS = [
  'Staff reference',
  'Name',
  'Period start',
  'Period end',
  'Hours worked',
  'Visit hours',
  'Travel minutes paid',
  'Waiting hours',
  'Training and meeting hours',
  'Guaranteed hours top-up hours',
  'Guaranteed hours top-up pay',
  'Sick days',
  'Statutory sick pay',
  'Occupational sick pay',
  'Hourly rate',
  'Gross pay',
  'Pay floor',
  'Pay floor met',
  'Holiday hours',
  'Holiday pay',
  'Rolled-up holiday pay',
  'Holiday accrued hours',
  'Visit times',
] as const;

function hubSummaryRow(p: PeriodWorker, period: PeriodDates): CsvCell[] {
  const last = p.weeks[p.weeks.length - 1];
  return [
    p.reference,
    p.name,
    ukDate(period.startDate),
    ukDate(period.endDate),
    hours(sumWeeks(p.weeks, (w) => w.paidMinutes)),
    hours(sumWeeks(p.weeks, visits)),
    sumWeeks(p.weeks, travel),
    hours(sumWeeks(p.weeks, waiting)),
    hours(sumWeeks(p.weeks, (w) => w.commitmentMinutes)),
    hours(sumWeeks(p.weeks, (w) => w.topUpMinutes)),
    pounds(sumWeeks(p.weeks, (w) => w.topUpPence)),
    sumWeeks(p.weeks, (w) => w.sickDays),
    pounds(sumWeeks(p.weeks, (w) => w.sspPence)),
    pounds(sumWeeks(p.weeks, (w) => w.ospPence)),
    pounds(last?.ratePencePerHour ?? 0),
    pounds(sumWeeks(p.weeks, (w) => w.grossPence)),
    pounds(Math.max(...p.weeks.map((w) => w.floorPencePerHour))),
    p.weeks.some((w) => w.belowFloor) ? 'No' : 'Yes',
    hours(sumWeeks(p.weeks, (w) => w.holidayMinutes)),
    pounds(sumWeeks(p.weeks, (w) => w.holidayPence)),
    pounds(sumWeeks(p.weeks, (w) => w.rolledUpHolidayPence)),
    hours(p.accruedMinutes),
    visitTimes(p.weeks),
  ];
}

/**
 * BrightPay's "Import Mix of Payments, Additions and Deductions from CSV File" (brightpay.co.uk/docs, "Importing pay
 * data using CSV file"): one row per employee, matched by works number (first name and surname alongside), with
 * hourly payments (description, rate per hour, number of normal hours) and additions (description, amount). Chosen
 * because its field list is published, it is widely used by small UK employers and payroll bureaux, it runs weekly,
 * fortnightly, four-weekly and monthly payrolls, and one row per worker keeps every kind of hours apart. BrightPay
 * matches columns by this header row ("Match Header Row"); each can be changed on its import screen.
 */
const BRIGHTPAY_HOURLY = [
  ['Visits', visits],
  ['Travel between visits', travel],
  ['Waiting between visits', waiting],
  ['Training and meetings', (w: WorkerPay) => w.commitmentMinutes],
  ['Holiday', paidHoliday],
] as const;
const BRIGHTPAY_ADDITIONS = [
  ['Guaranteed hours top-up', (w: WorkerPay) => w.topUpPence],
  ['Rolled-up holiday pay (12.07%)', (w: WorkerPay) => w.rolledUpHolidayPence],
  ['Statutory sick pay', (w: WorkerPay) => w.sspPence],
  ['Occupational sick pay', (w: WorkerPay) => w.ospPence],
] as const;

const BRIGHTPAY_COLUMNS = [
  'Employee works number',
  'Employee first name',
  'Employee surname',
  ...BRIGHTPAY_HOURLY.flatMap((_, i) => [
    `Payment ${i + 1} description`,
    `Payment ${i + 1} rate per hour`,
    `Payment ${i + 1} number of normal hours`,
  ]),
  ...BRIGHTPAY_ADDITIONS.flatMap((_, i) => [`Addition ${i + 1} description`, `Addition ${i + 1} amount`]),
];

function brightPayRow(p: PeriodWorker): CsvCell[] {
  const rate = pounds(p.weeks[p.weeks.length - 1]?.ratePencePerHour ?? 0);
  return [
    p.reference,
    p.givenName,
    p.familyName,
    ...BRIGHTPAY_HOURLY.flatMap(([label, minutes]) => [label, rate, hours(sumWeeks(p.weeks, minutes))]),
    ...BRIGHTPAY_ADDITIONS.flatMap(([label, pence]) => [label, pounds(sumWeeks(p.weeks, pence))]),
  ];
}

/** The header and rows of a payroll file in a layout. */
export function payrollTable(
  layout: PayrollLayout,
  workers: readonly PeriodWorker[],
  period: PeriodDates,
): { header: readonly string[]; rows: CsvCell[][] } {
  if (layout === 'brightpay') return { header: BRIGHTPAY_COLUMNS, rows: workers.map(brightPayRow) };
  return { header: HUB_SUMMARY_COLUMNS, rows: workers.map((p) => hubSummaryRow(p, period)) };
}
