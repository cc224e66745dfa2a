import { z } from 'zod';
import { Id } from '../common';
import { TravelModeName } from './availability';

/** A branch-recorded actual travel time between two places (a person's home or a worker's home) for a mode. */
export const RecordTravelInput = z.object({
  fromId: Id,
  toId: Id,
  mode: TravelModeName,
  /** Whole minutes; null removes the recorded time so the estimate applies again. */
  minutes: z
    .number({ message: 'Enter the actual minutes as a whole number' })
    .int('Enter whole minutes')
    .min(0, 'Minutes cannot be negative')
    .max(240, 'A travel time over 4 hours is a typing slip')
    .nullable(),
});
export type RecordTravelInput = z.infer<typeof RecordTravelInput>;

/** One pair in a team's travel review: estimated minutes per mode and any recorded time that wins. */
export const TravelPair = z.object({
  fromId: Id,
  fromName: z.string(),
  toId: Id,
  toName: z.string(),
  km: z.number(),
  estimated: z.record(TravelModeName, z.number().int()),
  recorded: z.record(TravelModeName, z.number().int().nullable()),
});
export type TravelPair = z.infer<typeof TravelPair>;

/** Travel times between a person and the other people their team also visits. */
export const TeamTravelReview = z.object({ clientId: Id, pairs: z.array(TravelPair) });
export type TeamTravelReview = z.infer<typeof TeamTravelReview>;

/** A plotted point for the neighbourhood view. */
export const MapPoint = z.object({
  id: Id,
  kind: z.enum(['person', 'worker']),
  label: z.string(),
  lat: z.number(),
  lon: z.number(),
  detail: z.string(),
});
export type MapPoint = z.infer<typeof MapPoint>;

/** People and workers with locations, for the neighbourhood plot. */
export const NeighbourhoodMap = z.object({ points: z.array(MapPoint) });
export type NeighbourhoodMap = z.infer<typeof NeighbourhoodMap>;
