import type { WallClock } from '@shared/domain/actuals/flags';
import { londonDate, londonMinute } from '@shared/domain/time/london';
import type { HandlerContext } from '@main/rpc/context';

/** The London wall clock now, from the backend's clock (the only "now"). */
export function wallClockNow(ctx: HandlerContext): WallClock {
  return wallClockAt(ctx.deps.clock.now());
}

/** A moment as the London wall clock reads it. */
export function wallClockAt(at: Date): WallClock {
  return { date: londonDate(at), minute: londonMinute(at) };
}
