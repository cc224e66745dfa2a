import { z } from 'zod';
import { procedure } from '../procedure';
import { ALL_ROLES } from '../roles';
import { ClockReading } from '@shared/domain/time/clock-reading';

/** The backend's clock: the only "now" and "today" the renderer uses, so a test that fixes it fixes the whole app. */
export const clockProcedures = {
  'clock.now': procedure({
    summary: 'The current instant and the date and minute in Europe/London, from the backend clock.',
    input: z.object({}).strict(),
    output: ClockReading,
    roles: ALL_ROLES,
    // Read on a timer by every window; it must not keep an idle session from locking.
    passive: true,
  }),
};
