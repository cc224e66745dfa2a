import type { HandlerTable } from '@main/rpc/handler';
import { listAudit, verifyAudit } from './audit-log';

/** Handlers for `audit.*`. */
export const auditHandlers: HandlerTable<'audit.list' | 'audit.verify'> = {
  'audit.list': (input, ctx) => listAudit(ctx.deps, input),
  'audit.verify': (_input, ctx) => verifyAudit(ctx.deps),
};
