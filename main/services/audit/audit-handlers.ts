import type { HandlerTable } from '@main/rpc/handler';
import { listAudit } from './audit-log';
import { verifyAudit } from './audit-verify';

/** Handlers for `audit.*`. */
export const auditHandlers: HandlerTable<'audit.list' | 'audit.verify'> = {
  'audit.list': (input, ctx) => listAudit(ctx.deps, input),
  'audit.verify': (input, ctx) => verifyAudit(ctx.deps, input.head),
};
