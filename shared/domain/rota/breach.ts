import { z } from 'zod';

/** One code per hard rule (WTR split into its parts) so a coordinator knows what to change. */
export const BreachCode = z.enum([
  'not_in_team', // rule 1
  'unavailable', // rule 2
  'overlap', // rule 3
  'double_up', // rule 4
  'skill_missing', // rule 5
  'wtr_daily_rest', // rule 6
  'wtr_weekly_cap',
  'wtr_daily_cap_under18',
  'wtr_break',
  'wtr_weekly_rest',
  'short_visit', // rule 7
  'pin_moved', // rule 8
  'ineligible', // rule 9
  'outside_flexibility',
  'unknown_reference',
]);
/** One code per hard rule. */
export type BreachCode = z.infer<typeof BreachCode>;

/** The hard rule number (rota.md) each code belongs to. */
export const BREACH_RULE: Readonly<Record<BreachCode, number>> = {
  not_in_team: 1,
  unavailable: 2,
  overlap: 3,
  double_up: 4,
  skill_missing: 5,
  wtr_daily_rest: 6,
  wtr_weekly_cap: 6,
  wtr_daily_cap_under18: 6,
  wtr_break: 6,
  wtr_weekly_rest: 6,
  short_visit: 7,
  pin_moved: 8,
  ineligible: 9,
  outside_flexibility: 0,
  unknown_reference: 0,
};

/** Human wording per code, for the board, the CLI and unassigned reasons. */
export const BREACH_MESSAGE: Readonly<Record<BreachCode, string>> = {
  not_in_team: 'worker is not in the person’s chosen team',
  unavailable: 'worker is not available for the whole visit',
  overlap: 'visits overlap once travel between them is counted',
  double_up: 'double-up visit needs two different workers starting together',
  skill_missing: 'worker does not hold a valid required skill on the visit date',
  wtr_daily_rest: 'less than the minimum daily rest between working days',
  wtr_weekly_cap: 'weekly working time over the worker’s cap',
  wtr_daily_cap_under18: 'under-18 worker over the daily working-time cap',
  wtr_break: 'working stretch passes the limit without the required break',
  wtr_weekly_rest: 'no full 24-hour period off in some 7 consecutive days (counting the week before)',
  short_visit: 'visit shorter than the minimum without an agreed short visit',
  pin_moved: 'pinned assignment was changed',
  ineligible: 'worker may not work on this date',
  outside_flexibility: 'start time is outside the visit’s allowed flexibility or crosses midnight',
  unknown_reference: 'plan refers to an unknown visit or worker',
};

/** One hard-rule breach found by the validator. */
export const Breach = z.object({
  code: BreachCode,
  rule: z.number().int(),
  visitId: z.string().nullable(),
  workerId: z.string().nullable(),
  date: z.string().nullable(),
  message: z.string(),
});
/** One hard-rule breach found by the validator. */
export type Breach = z.infer<typeof Breach>;
