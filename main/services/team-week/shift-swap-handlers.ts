import type { HandlerTable } from '@main/rpc/handler';
import { proposeShiftSwap, shiftSwapOptions } from './shift-swap-service';

/** Handlers for the whole-shift swap procedures. */
export const shiftSwapHandlers: HandlerTable<'teamWeek.shiftSwapOptions' | 'teamWeek.proposeShiftSwap'> = {
  'teamWeek.shiftSwapOptions': (input, ctx) => shiftSwapOptions(ctx, input.isoWeek),
  'teamWeek.proposeShiftSwap': (input, ctx) => proposeShiftSwap(ctx, input),
};
