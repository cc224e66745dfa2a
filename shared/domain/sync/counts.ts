import { z } from 'zod';

// The three kinds of figure a summary carries about groups of people or events. A count from 1 to 4 never travels as
// a number (suppression.ts), so each count field is typed to refuse one: a branch that forgot to suppress is stopped
// by its own validation before sending and, failing that, by the council's.

/** The marker a count from 1 to 4 is sent as, so that no small group can be singled out. */
export const SMALL = '<5';
/** The marker for a figure held back so that a small one cannot be worked out by subtraction or division. */
export const WITHHELD = 'withheld';

/** A count as sent: 0, a whole number of 5 or more, `"<5"` (1 to 4) or `"withheld"` (held back to protect one). */
export const Count = z.union([
  z.literal(0),
  z.number().int().min(5, 'A count from 1 to 4 must be sent as "<5"'),
  z.literal(SMALL),
  z.literal(WITHHELD),
]);
export type Count = z.infer<typeof Count>;

/** A proportion from 0 to 1 (3 decimal places), `"withheld"` when its counts are suppressed, null when `of` is 0. */
export const Rate = z.union([z.number().min(0).max(1), z.literal(WITHHELD), z.null()]);
export type Rate = z.infer<typeof Rate>;

/** A part of a whole: how many (`count`) of how many (`of`), and the proportion when it can be sent. */
export const Share = z.object({
  /** How many have the property. */
  count: Count,
  /** How many could have it (the denominator). */
  of: Count,
  /** count ÷ of, withheld whenever either count is not sent as a number. */
  rate: Rate,
});
export type Share = z.infer<typeof Share>;

/** A measure that is not a count (hours, FTE, minutes, a median), withheld when the counts behind it are small. */
export const Measure = z.union([z.number().min(0), z.literal(WITHHELD), z.null()]);
export type Measure = z.infer<typeof Measure>;

/**
 * A breakdown of a total into cells, one per category (0 where none). `cells` is "withheld" as a whole when the
 * categories are so small that any split could be worked out from the total.
 */
export function breakdownOf<K extends string>(key: z.ZodType<K, string>) {
  return z.object({
    /** The whole the cells add up to. */
    total: Count,
    /** One count per category, or "withheld" as a whole. */
    cells: z.union([z.record(key, Count), z.literal(WITHHELD)]),
  });
}

/** A breakdown as sent: the total and one count per category, or the cells withheld as a whole. */
export interface Breakdown<K extends string = string> {
  total: Count;
  cells: Record<K, Count> | typeof WITHHELD;
}
