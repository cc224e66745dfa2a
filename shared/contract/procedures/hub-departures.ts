import { z } from 'zod';
import { procedure } from '../procedure';
import type { Role } from '../roles';
import { ForgottenDeparture, ForgottenDepartures, RecordDepartureInput } from '@shared/domain/hub/departures';

// Coordinators and managers look after everyone's bookings and are the ones at the office the day after.
const BOOKING_MANAGERS: readonly Role[] = ['manager', 'coordinator'];

/** The hub's forgotten sign-outs: who forgot, and recording when they really left. */
export const hubDepartureProcedures = {
  'hub.forgottenDepartures': procedure({
    summary: 'People the hub signed out at closing on earlier days: those still to record and those recorded lately.',
    input: z.object({}).strict(),
    output: ForgottenDepartures,
    roles: BOOKING_MANAGERS,
  }),
  'hub.recordDeparture': procedure({
    summary: 'Record when someone who forgot to sign out really left (or that nobody knows); once, audited.',
    input: RecordDepartureInput,
    output: ForgottenDeparture,
    roles: BOOKING_MANAGERS,
    mutation: true,
    invalidates: ['hub'],
  }),
};
