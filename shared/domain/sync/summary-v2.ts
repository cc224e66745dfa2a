import { z } from 'zod';
import { ShortenedReason } from '../actuals/visit-time-figures';
import { Measure, Rate, breakdownOf } from './counts';
import { CareDeliveryV1, SUMMARY_V1_FIELDS, checkSections } from './summary-v1';

// Summary version 2 (council-sync.md, "Later versions"): version 1 plus care delivery from actual visit times. Version
// 1's fields are unchanged, so a council that reads version 1 reads every figure of version 2 but the new block; the
// council accepts both (summary.ts). The new block counts workers' visits (each worker of a double-up arrives and
// leaves on their own), as the branch records actuals.

/** What the branch recorded of arrival: on time, late, or missed. */
export const ArrivalOutcome = z.enum(['on_time', 'late', 'missed']);
export type ArrivalOutcome = z.infer<typeof ArrivalOutcome>;

/** How a completed visit's length compares with its plan (within 5 minutes is as planned). */
export const LengthOutcome = z.enum(['as_planned', 'lengthened', 'shortened']);
export type LengthOutcome = z.infer<typeof LengthOutcome>;

/** Care delivery over an ISO week from actual visit times (arrival and departure as recorded or imported). */
export const VisitTimesV2 = z.object({
  /** The branch's late threshold: an arrival later than this many minutes after the planned start is late. */
  lateThresholdMinutes: z.number().int().min(1).max(240),
  /**
   * Workers' visits due in the week (the planned start and late threshold passed when the summary was built), by
   * what happened: arrived on time, arrived late, or no arrival recorded (missed). The total is the visits due.
   */
  arrivals: breakdownOf(ArrivalOutcome),
  /** On-time arrivals of all arrivals (punctuality); withheld unless both the on-time and late cells are sent. */
  punctuality: Rate,
  /** Missed visits of the visits due; withheld unless the missed cell and the total are sent. */
  missedRate: Rate,
  /** Completed visits (arrival and departure recorded) by length against the plan. The total is the completed. */
  lengths: breakdownOf(LengthOutcome),
  /** Lengthened visits of those completed; withheld unless that cell and the total are sent. */
  lengthenedRate: Rate,
  /** Shortened visits of those completed; withheld unless that cell and the total are sent. */
  shortenedRate: Rate,
  /**
   * Shortened visits by the reason given (the fixed list, or none given). Its total is the shortened cell above, so
   * it is held back whenever that cell is.
   */
  shortenedByReason: breakdownOf(ShortenedReason),
  /** Hours planned for the completed visits; withheld unless the completed total is sent. */
  plannedHoursCompleted: Measure,
  /** Hours actually spent at the completed visits (arrival to departure); withheld on the same rule. */
  actualHoursCompleted: Measure,
});
export type VisitTimesV2 = z.infer<typeof VisitTimesV2>;

/** Care delivery in version 2: version 1's figures and those from actual visit times. */
export const CareDeliveryV2 = CareDeliveryV1.extend({
  /** From actual visit times. */
  visitTimes: VisitTimesV2,
});
export type CareDeliveryV2 = z.infer<typeof CareDeliveryV2>;

/** A version 2 summary: version 1 with care delivery from actual visit times. */
export const SummaryV2 = z
  .object({
    ...SUMMARY_V1_FIELDS,
    /** The summary format's version; the council accepts the versions it knows. */
    schemaVersion: z.literal(2),
    /** Weekly. */
    careDelivery: CareDeliveryV2.optional(),
  })
  .strict()
  .superRefine(checkSections);
export type SummaryV2 = z.infer<typeof SummaryV2>;
