import type { HandlerTable } from '@main/rpc/handler';
import { visitTimesReport } from './visit-times-report';

/** Handlers for `visitTimes.*`: the figures that follow from actual visit times. */
export const visitTimesHandlers: HandlerTable<'visitTimes.figures'> = {
  'visitTimes.figures': (input, ctx) => visitTimesReport(ctx, input),
};
