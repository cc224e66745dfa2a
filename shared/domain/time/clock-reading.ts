import { z } from 'zod';
import { IsoDate, IsoDateTime } from '../common';

/** The backend's "now" as the renderer uses it: the instant, and the Europe/London date and minute of the day. */
export const ClockReading = z.object({
  /** The instant, ISO 8601 UTC. */
  now: IsoDateTime,
  /** Today in Europe/London, `YYYY-MM-DD`. */
  today: IsoDate,
  /** Minutes since London midnight (0..1439), for "due today at…" and for knowing when the day turns. */
  minute: z.number().int().min(0).max(1439),
});
/** The backend's "now" as the renderer uses it. */
export type ClockReading = z.infer<typeof ClockReading>;
