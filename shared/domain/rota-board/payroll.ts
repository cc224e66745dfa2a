import { z } from 'zod';
import { IsoDate } from '../common';
import { IsoWeek, addDays, mondayOf, shiftIsoWeek } from '../time/iso-week';

/**
 * Pay periods the export offers. Pay is worked out per planned rota week (Monday to Sunday), so a period is whole
 * weeks: weekly, fortnightly and four-weekly periods start with the week chosen; a monthly period is the weeks that
 * end (on their Sunday) in the calendar month in which the chosen week ends, the common timesheet convention for
 * monthly payroll, so months follow each other with no gap and no overlap.
 */
export const PayPeriodKind = z.enum(['weekly', 'fortnightly', 'four_weekly', 'monthly']);
/** Pay periods the export offers. */
export type PayPeriodKind = z.infer<typeof PayPeriodKind>;

/** Pay periods in words. */
export const PAY_PERIOD_LABELS: Record<PayPeriodKind, string> = {
  weekly: 'Weekly',
  fortnightly: 'Fortnightly',
  four_weekly: 'Four-weekly',
  monthly: 'Monthly (the weeks ending in the month)',
};

/** The rota weeks of a pay period. */
export function periodWeeks(kind: PayPeriodKind, firstWeek: string): string[] {
  if (kind !== 'monthly') {
    const count = { weekly: 1, fortnightly: 2, four_weekly: 4 }[kind];
    return Array.from({ length: count }, (_, i) => shiftIsoWeek(firstWeek, i));
  }
  const month = addDays(mondayOf(firstWeek), 6).slice(0, 7);
  const endsIn = (week: string) => addDays(mondayOf(week), 6).slice(0, 7) === month;
  let first = firstWeek;
  while (endsIn(shiftIsoWeek(first, -1))) first = shiftIsoWeek(first, -1);
  const weeks: string[] = [];
  for (let w = first; endsIn(w); w = shiftIsoWeek(w, 1)) weeks.push(w);
  return weeks;
}

/** A pay period to export: its kind and its first rota week (for a month, any week ending in it). */
export const PayPeriodInput = z.object({ kind: PayPeriodKind, firstWeek: IsoWeek });
/** A pay period to export. */
export type PayPeriodInput = z.infer<typeof PayPeriodInput>;

/**
 * The payroll file's column layout: BrightPay's import of a mix of payments and additions (one row per worker), or
 * this app's own summary (every figure the pay view holds, one row per worker).
 */
export const PayrollLayout = z.enum(['brightpay', 'hub_summary']);
/** The payroll file's column layout. */
export type PayrollLayout = z.infer<typeof PayrollLayout>;

/** Payroll layouts in words. */
export const PAYROLL_LAYOUT_LABELS: Record<PayrollLayout, string> = {
  brightpay: 'BrightPay (import a mix of payments and additions)',
  hub_summary: 'Neighbourhood Hub summary',
};

/** A pay period to export, and the file's layout. */
export const PayrollExportInput = PayPeriodInput.extend({ layout: PayrollLayout.default('brightpay') });
/** A pay period to export, and the file's layout. */
export type PayrollExportInput = z.infer<typeof PayrollExportInput>;

/** What an export of a pay period will hold, for the check-answers step. */
export const PayrollSummary = z.object({
  kind: PayPeriodKind,
  weeks: z.array(z.string()),
  startDate: IsoDate,
  endDate: IsoDate,
  workers: z.number().int(),
  paidMinutes: z.number().int(),
  topUpPence: z.number().int(),
  sspPence: z.number().int(),
  ospPence: z.number().int(),
  /** Holiday taken (minutes), holiday pay for it, and rolled-up holiday pay. */
  holidayMinutes: z.number().int(),
  holidayPence: z.number().int(),
  rolledUpHolidayPence: z.number().int(),
  grossPence: z.number().int(),
  /** Workers paid below the pay floor in force for them in some week of the period. */
  belowFloor: z.number().int(),
  /** Workers some of whose visits are paid from recorded actual times (the rest as planned). */
  fromActuals: z.number().int(),
  /** An export already made that overlaps this period (exporting again is refused), or null. */
  overlaps: z.object({ startDate: IsoDate, endDate: IsoDate, exportedAt: z.string() }).nullable(),
});
/** What an export of a pay period will hold. */
export type PayrollSummary = z.infer<typeof PayrollSummary>;

/** The payroll file for a period, and what it holds. */
export const PayrollExport = z.object({ summary: PayrollSummary, fileName: z.string(), csv: z.string() });
/** The payroll file for a period. */
export type PayrollExport = z.infer<typeof PayrollExport>;
