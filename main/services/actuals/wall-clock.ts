import type { WallClock } from '@shared/domain/actuals/flags';
import { londonDate, londonMinute } from '@shared/domain/time/london';
import type { HandlerContext } from '@main/rpc/context';

/** The London wall clock now, from the backend's clock (the only "now"). */
export function wallClockNow(ctx: HandlerContext): WallClock {
  const now = ctx.deps.clock.now();
  return { date: londonDate(now), minute: londonMinute(now) };
}
