import { z } from 'zod';
import { IsoDate } from '../common';
import { addMonths } from '../time/calendar';
import { addDays, daysBetween, isoWeekday } from '../time/iso-week';

/**
 * Statutory holiday (Working Time Regulations 1998 regs 13, 13A, 15A, 15B, 16; the 2023 amendment regulations for leave
 * years starting on or after 1 April 2024). Policy numbers as data with the date they take effect.
 */
export const HOLIDAY_RULES = {
  /** 5.6 weeks' leave a year (4 weeks under reg 13 and 1.6 under reg 13A), at most 28 days. */
  statutoryWeeks: 5.6,
  maxDays: 28,
  /**
   * Irregular-hours and part-year workers accrue 12.07% of the hours worked in each pay period (5.6 / (52 − 5.6)),
   * and may be paid rolled-up holiday pay (12.07% of the period's pay) instead of pay when the leave is taken:
   * for leave years starting on or after this date.
   */
  irregularFrom: '2024-04-01',
  /** Basis points: 1207 = 12.07%. */
  irregularAccrualBasisPoints: 1207,
} as const;

/** The branch's holiday rules: when its leave year starts, and whether irregular-hours workers get rolled-up pay. */
export const HolidayPolicy = z.object({
  /** The month (1 = January) on whose first day the leave year starts. */
  leaveYearStartMonth: z
    .number({ message: 'Choose the month the leave year starts' })
    .int()
    .min(1, 'Choose a month from January to December')
    .max(12, 'Choose a month from January to December'),
  /**
   * Irregular-hours workers are paid 12.07% on top of each period's pay (shown on its own line) rather than when they
   * take leave (allowed for leave years from 1 April 2024).
   */
  rolledUpHolidayPay: z.boolean(),
});
/** The branch's holiday rules. */
export type HolidayPolicy = z.infer<typeof HolidayPolicy>;

/** Until a manager says otherwise: the leave year follows the tax year from April, and leave is paid when taken. */
export const DEFAULT_HOLIDAY_POLICY: HolidayPolicy = { leaveYearStartMonth: 4, rolledUpHolidayPay: false };

/** The leave year a date falls in (first and last day). */
export function leaveYearOf(date: string, startMonth: number): { start: string; end: string } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const startYear = month >= startMonth ? year : year - 1;
  const start = `${startYear}-${String(startMonth).padStart(2, '0')}-01`;
  return { start, end: addDays(addMonths(start, 12), -1) };
}

/** What the holiday rule needs to know about a worker. */
export interface HolidayWorker {
  /** Hours wholly or mostly variable (zero hours, or no guaranteed hours): holiday accrues on hours worked. */
  irregular: boolean;
  /** Guaranteed weekly minutes (regular-hours workers). */
  weeklyMinutes: number;
  /** ISO weekdays (1 = Monday) the worker normally works. */
  workingWeekdays: ReadonlySet<number>;
  startDate: string;
  leavingDate: string | null;
}

/** Whether the 12.07% accrual and rolled-up pay apply: an irregular-hours worker in a leave year from April 2024. */
export function accruesOnHoursWorked(worker: Pick<HolidayWorker, 'irregular'>, leaveYearStart: string): boolean {
  return worker.irregular && leaveYearStart >= HOLIDAY_RULES.irregularFrom;
}

/** Holiday accrued on minutes worked in a pay period: 12.07% of them, to the nearest minute. */
export function accruedMinutes(workedMinutes: number): number {
  return Math.round((workedMinutes * HOLIDAY_RULES.irregularAccrualBasisPoints) / 10000);
}

/*
 * Sick leave and statutory leave (what the law says, and what this app does). For leave years from 1 April 2024 an
 * irregular-hours worker accrues 12.07% of the hours actually worked in each pay period (WTR reg 15B). Hours they
 * would have worked while off sick or on statutory leave (maternity, paternity, adoption, shared parental, parental
 * bereavement, carer's leave) are not worked, but reg 15C says leave still accrues then: 12.07% of their average
 * weekly hours in the "relevant period", for each week of that leave in the pay period. The relevant period is the
 * 52 weeks before the day the leave started (or the weeks employed, if fewer), leaving out weeks with any sick or
 * statutory leave and reaching back in their place, never beyond 104 weeks, and counting weeks with no work at all
 * (Acas, "Irregular hours and part-year workers: other leave and sickness"). Annual leave taken accrues nothing: it
 * is neither hours worked nor sick or statutory leave. The store holds sickness as its only such leave (there is no
 * record of maternity or other statutory leave), so sickness is what accrues; the hours worked are those of the pay
 * periods exported (the app's record of hours), a period counting as a whole, left out if any day of it was sick.
 */

/** A pay period exported for a worker, as the reg 15C relevant period reads it. */
export interface WorkedPeriod {
  start: string;
  end: string;
  workedMinutes: number;
  /** Any day of the period off sick (or on statutory leave): left out of the relevant period. */
  onLeave: boolean;
}

/**
 * Average weekly minutes worked in the reg 15C relevant period for leave starting on `leaveStart`: the newest periods
 * wholly before it and not on leave, until 52 weeks are counted, none older than 104 weeks or before `employedFrom`.
 * Null when no exported period falls in it (nothing to average; nothing accrues).
 */
export function relevantWeeklyMinutes(
  periods: readonly WorkedPeriod[],
  leaveStart: string,
  employedFrom: string,
): number | null {
  const oldest = addDays(leaveStart, -7 * 104);
  const from = employedFrom > oldest ? employedFrom : oldest;
  const usable = periods
    .filter((p) => p.end < leaveStart && p.start >= from && !p.onLeave)
    .sort((a, b) => (a.start < b.start ? 1 : -1));
  let days = 0;
  let minutes = 0;
  for (const p of usable) {
    if (days >= 7 * 52) break;
    days += daysBetween(p.start, p.end) + 1;
    minutes += p.workedMinutes;
  }
  return days === 0 ? null : (minutes * 7) / days;
}

/** Holiday accrued on `leaveDays` calendar days of sick or statutory leave: 12.07% of the average week per week. */
export function leaveAccruedMinutes(weeklyMinutes: number, leaveDays: number): number {
  return Math.round((weeklyMinutes * leaveDays * HOLIDAY_RULES.irregularAccrualBasisPoints) / 7 / 10000);
}

/** Rolled-up holiday pay on a period's pay: 12.07% of it, to the nearest penny. */
export function rolledUpPence(pence: number): number {
  return Math.round((pence * HOLIDAY_RULES.irregularAccrualBasisPoints) / 10000);
}

/**
 * A regular-hours worker's entitlement for a leave year, in minutes: 5.6 weeks of their working days (at most 28
 * days), each day a share of their guaranteed week, pro rata to the days of the year they are employed (a starter or
 * leaver part-way through gets that share).
 */
export function regularEntitlementMinutes(worker: HolidayWorker, year: { start: string; end: string }): number {
  const daysPerWeek = worker.workingWeekdays.size;
  if (daysPerWeek === 0 || worker.weeklyMinutes <= 0) return 0;
  const days = Math.min(HOLIDAY_RULES.statutoryWeeks * daysPerWeek, HOLIDAY_RULES.maxDays);
  const full = (days * worker.weeklyMinutes) / daysPerWeek;
  const from = worker.startDate > year.start ? worker.startDate : year.start;
  const to = worker.leavingDate !== null && worker.leavingDate < year.end ? worker.leavingDate : year.end;
  if (to < from) return 0;
  const yearDays = daysBetween(year.start, year.end) + 1;
  return Math.round((full * (daysBetween(from, to) + 1)) / yearDays);
}

/** The worker's normal working days among dates (the days leave is taken on). */
export function workingDaysAmong(worker: Pick<HolidayWorker, 'workingWeekdays'>, dates: readonly string[]): string[] {
  return dates.filter((d) => worker.workingWeekdays.has(isoWeekday(d)));
}

/** Every date from one to another, inclusive. */
export function datesFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** One booking of annual leave in a leave year, with the working days and hours it takes. */
export const HolidayBooking = z.object({
  id: z.string(),
  startDate: IsoDate,
  endDate: IsoDate,
  status: z.enum(['requested', 'approved']),
  workingDays: z.number().int(),
  minutes: z.number().int(),
});
/** One booking of annual leave. */
export type HolidayBooking = z.infer<typeof HolidayBooking>;

/** A pay period exported, and the holiday a worker accrued in it (irregular-hours workers). */
export const HolidayAccrualRow = z.object({
  periodStart: IsoDate,
  periodEnd: IsoDate,
  workedMinutes: z.number().int(),
  accruedMinutes: z.number().int(),
  /** The part of `accruedMinutes` accrued on days off sick (reg 15C) rather than on hours worked. */
  onSickLeaveMinutes: z.number().int(),
});
/** A pay period exported, and the holiday accrued in it. */
export type HolidayAccrualRow = z.infer<typeof HolidayAccrualRow>;

/** A worker's holiday for the leave year that holds today: entitlement, what is taken and booked, what is left. */
export const WorkerHoliday = z.object({
  staffId: z.string(),
  leaveYearStart: IsoDate,
  leaveYearEnd: IsoDate,
  /** Accrues 12.07% of hours worked (irregular hours), or 5.6 weeks of the guaranteed week (regular hours). */
  basis: z.enum(['regular', 'irregular']),
  /** Whether rolled-up holiday pay is paid on each period's pay (irregular hours, if the branch uses it). */
  rolledUp: z.boolean(),
  /** Working days a week and the minutes of a day's leave. */
  workingDaysPerWeek: z.number().int(),
  dayMinutes: z.number().int(),
  /** Entitlement for the year (regular), or accrued so far from the pay periods exported (irregular). */
  entitlementMinutes: z.number().int(),
  /** Approved leave on days already past (to today), and approved leave still to come. */
  takenMinutes: z.number().int(),
  bookedMinutes: z.number().int(),
  /** Requests waiting for a decision. */
  requestedMinutes: z.number().int(),
  /** Entitlement less taken and booked (may be negative when more is booked than accrued so far). */
  remainingMinutes: z.number().int(),
  bookings: z.array(HolidayBooking),
  accruals: z.array(HolidayAccrualRow),
});
/** A worker's holiday for the leave year. */
export type WorkerHoliday = z.infer<typeof WorkerHoliday>;
