import type { HandlerTable } from '@main/rpc/handler';
import { forgottenDepartures, recordDeparture } from './departures-service';

/** Handlers for the hub's forgotten sign-outs. */
export const hubDepartureHandlers: HandlerTable<'hub.forgottenDepartures' | 'hub.recordDeparture'> = {
  'hub.forgottenDepartures': (_input, ctx) => forgottenDepartures(ctx),
  'hub.recordDeparture': (input, ctx) => recordDeparture(ctx, input),
};
