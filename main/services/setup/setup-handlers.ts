import type { HandlerTable } from '@main/rpc/handler';
import { buildDemoBranch } from '@main/demo/demo-branch';
import { createBranch, setupStatus } from './setup-service';

/** Handlers for `setup.*` (public; each refuses a store that already has data). */
export const setupHandlers: HandlerTable<'setup.status' | 'setup.createBranch' | 'setup.createDemo'> = {
  'setup.status': (_input, ctx) => setupStatus(ctx.deps),
  'setup.createBranch': (input, ctx) => createBranch(ctx, input),
  'setup.createDemo': async (_input, ctx) => {
    const demo = await buildDemoBranch(ctx.deps);
    await ctx.audit(ctx.deps.db, {
      action: 'setup.createDemo',
      entity: 'branch',
      outcome: 'success',
      detail: `${demo.staff.length} staff`,
    });
    return { accounts: demo.accounts, password: demo.password };
  },
};
