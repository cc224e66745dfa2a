import { londonDate, londonMinute } from '@shared/domain/time/london';
import type { HandlerTable } from '@main/rpc/handler';

/** Handlers for `clock.*`: the injected clock, read in Europe/London. */
export const clockHandlers: HandlerTable<'clock.now'> = {
  'clock.now': async (_input, ctx) => {
    const at = ctx.deps.clock.now();
    return { now: at.toISOString(), today: londonDate(at), minute: londonMinute(at) };
  },
};
