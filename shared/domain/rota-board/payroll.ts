import { z } from 'zod';
import { IsoDate } from '../common';
import { IsoWeek } from '../time/iso-week';

/**
 * Pay periods the export offers: whole rota weeks (Monday to Sunday), because pay is worked out per planned week.
 * A calendar month does not split into whole weeks, so monthly payroll is not offered (yet).
 */
export const PayPeriodKind = z.enum(['weekly', 'fortnightly', 'four_weekly']);
/** Pay periods the export offers. */
export type PayPeriodKind = z.infer<typeof PayPeriodKind>;

/** How many rota weeks each pay period holds. */
export const PAY_PERIOD_WEEKS: Record<PayPeriodKind, number> = { weekly: 1, fortnightly: 2, four_weekly: 4 };

/** Pay periods in words. */
export const PAY_PERIOD_LABELS: Record<PayPeriodKind, string> = {
  weekly: 'Weekly',
  fortnightly: 'Fortnightly',
  four_weekly: 'Four-weekly',
};

/** A pay period to export: its kind and its first rota week. */
export const PayPeriodInput = z.object({ kind: PayPeriodKind, firstWeek: IsoWeek });
/** A pay period to export. */
export type PayPeriodInput = z.infer<typeof PayPeriodInput>;

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
