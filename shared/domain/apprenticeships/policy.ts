// Apprenticeship policy numbers as dated data (domain.md §3.2–3.4). The rule that applies is chosen by date, so a new
// funding year adds a row here; nothing else in the code names these numbers.

/** Off-the-job rule sets by apprenticeship start date. */
export type OtjRule =
  | { kind: 'percentOfHours'; percent: number }
  | { kind: 'weeklyHours'; fullTimeHours: number; weeklyHours: number }
  | { kind: 'standardMinimum' };

/** Each rule with the first start date it applies to (inclusive); the last row whose date is ≤ the start applies. */
export const OTJ_RULES: { from: string; rule: OtjRule; summary: string }[] = [
  {
    from: '0000-01-01',
    rule: { kind: 'percentOfHours', percent: 20 },
    summary: '20% of normal working hours (start before 1 Aug 2022)',
  },
  {
    from: '2022-08-01',
    rule: { kind: 'weeklyHours', fullTimeHours: 30, weeklyHours: 6 },
    summary: '6 hours a week for 30+ hour weeks, pro rata below (start 1 Aug 2022 – 31 Jul 2025)',
  },
  {
    from: '2025-08-01',
    rule: { kind: 'standardMinimum' },
    summary: "The standard's published minimum OTJ hours (start from 1 Aug 2025)",
  },
];

/**
 * A shortfall against the even line smaller than this is not flagged as behind (rounding and a late log are not
 * slippage).
 */
export const OTJ_BEHIND_TOLERANCE_HOURS = 1;

/** Progress reviews must be at most this many days apart (funding rules P59: every 12 weeks). */
export const REVIEW_INTERVAL_DAYS = 84;
/** Reviews falling due within this many days show as "due soon" on the dashboard. */
export const REVIEW_DUE_SOON_DAYS = 14;
/** Apprentices whose planned end is within this many days show as "gateway coming up". */
export const GATEWAY_SOON_DAYS = 90;

/** English and maths rules by date: from 11 Feb 2025 apprentices aged 19+ at start are not required to achieve them. */
export const ENGLISH_MATHS_RULES: { from: string; optionalFromAge: number | null }[] = [
  { from: '0000-01-01', optionalFromAge: null },
  { from: '2025-02-11', optionalFromAge: 19 },
];

/**
 * Statutory annual leave (5.6 weeks a year) is not off-the-job time: the funding rules work the minimum OTJ hours out
 * over the planned duration less the statutory leave in it (a 52-week programme is 46.4 weeks of 6 hours: 278.4).
 */
export const STATUTORY_LEAVE_WEEKS_PER_YEAR = 5.6;

/** The minimum duration of an apprenticeship's practical period, by start date (from 1 Aug 2025, 8 months). */
export const MINIMUM_DURATION_RULES: { from: string; months: number }[] = [
  { from: '0000-01-01', months: 12 },
  { from: '2025-08-01', months: 8 },
];
