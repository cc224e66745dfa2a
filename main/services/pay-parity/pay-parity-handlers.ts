import type { HandlerTable } from '@main/rpc/handler';
import { payParityReport } from './pay-parity-service';

/** Handlers for pay parity across the lead provider and its partners. */
export const payParityHandlers: HandlerTable<'compliance.payParity'> = {
  'compliance.payParity': (_input, ctx) => payParityReport(ctx),
};
