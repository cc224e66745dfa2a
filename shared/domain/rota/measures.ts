import { z } from 'zod';

/** One worker's planned time against their contract. */
export const WorkerHours = z.object({
  workerId: z.string(),
  plannedMinutes: z.number().int(),
  guaranteedMinutes: z.number().int(),
  maxMinutes: z.number().int(),
  payPence: z.number().int(),
});
/** One worker's planned time against their contract. */
export type WorkerHours = z.infer<typeof WorkerHours>;

/** The measures shown for every plan (rota.md). */
export const PlanMeasures = z.object({
  unassignedVisits: z.number().int(),
  unassignedMinutes: z.number().int(),
  distinctWorkersPerClientMedian: z.number(),
  distinctWorkersPerClientP90: z.number(),
  preferredShare: z.number(),
  paidTravelMinutes: z.number().int(),
  visitsUnder30: z.number().int(),
  workerHours: z.array(WorkerHours),
  wtrExceptions: z.number().int(),
  estimatedPayPence: z.number().int(),
});
/** The measures shown for every plan. */
export type PlanMeasures = z.infer<typeof PlanMeasures>;
