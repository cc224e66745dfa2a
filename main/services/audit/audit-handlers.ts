import type { HandlerTable } from '@main/rpc/handler';
import { listAudit } from './audit-log';
import { verifyAudit } from './audit-verify';
import { withCouncilHead } from '../sync/council-audit-head';

/** Handlers for `audit.*`. */
export const auditHandlers: HandlerTable<'audit.list' | 'audit.verify'> = {
  'audit.list': (input, ctx) => listAudit(ctx.deps, input),
  'audit.verify': async (input, ctx) => {
    const verification = await verifyAudit(ctx.deps, input.head);
    return input.council ? withCouncilHead(ctx.deps, verification) : verification;
  },
};
