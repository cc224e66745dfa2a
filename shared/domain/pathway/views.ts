import { z } from 'zod';
import { Id, IsoDate } from '../common';
import { Placement } from './steps';
import { Readiness } from './readiness';
import { StaffQualification } from './qualifications';

/** A worker's pathway page: where they are, how they got there, and what the next steps need. */
export const WorkerPathway = z.object({
  staffId: Id,
  name: z.string(),
  supervisorStaffId: Id.nullable(),
  supervisorName: z.string().nullable(),
  boroughResident: z.boolean().nullable(),
  current: Placement.nullable(),
  history: z.array(Placement),
  next: z.array(Readiness),
  qualifications: z.array(StaffQualification),
  /** Whether the caller may sign off this worker (manager, or the named supervisor). */
  canSignOff: z.boolean(),
  /** The people this worker is named supervisor of (shown on their own page and to managers). */
  supervisees: z.array(z.object({ staffId: Id, name: z.string() })),
});
export type WorkerPathway = z.infer<typeof WorkerPathway>;

/** One row of the managers' pathway list: where each worker is and how close to their next step. */
export const PathwayOverviewRow = z.object({
  staffId: Id,
  name: z.string(),
  reference: z.string(),
  stepName: z.string().nullable(),
  cwpCategory: z.number().int().nullable(),
  since: IsoDate.nullable(),
  nextStepName: z.string().nullable(),
  metCount: z.number().int(),
  itemCount: z.number().int(),
  ready: z.boolean(),
});
export type PathwayOverviewRow = z.infer<typeof PathwayOverviewRow>;

/** Monthly count for the charts. */
export const MonthCount = z.object({ month: z.string(), count: z.number().int() });
export type MonthCount = z.infer<typeof MonthCount>;

/** Care as a career of choice: the branch's progression over time. */
export const CareerView = z.object({
  promotionsLast12Months: z.number().int(),
  promotionsByMonth: z.array(MonthCount),
  byCategory: z.array(z.object({ cwpCategory: z.number().int(), label: z.string(), count: z.number().int() })),
  notPlaced: z.number().int(),
  /**
   * Placements onto steps beyond entry in the last 12 months: filled from inside (progressed) or outside (appointed).
   */
  internalFills: z.number().int(),
  externalFills: z.number().int(),
  boroughResidents: z.number().int(),
  boroughUnknown: z.number().int(),
  activeWorkers: z.number().int(),
});
export type CareerView = z.infer<typeof CareerView>;
