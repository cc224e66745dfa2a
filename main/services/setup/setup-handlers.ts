import type { HandlerTable } from '@main/rpc/handler';
import { createDemoBranch } from '@main/demo/demo-branch';
import { createBranch, setupStatus } from './setup-service';

/** Handlers for `setup.*` (public; each refuses a store that already has data). */
export const setupHandlers: HandlerTable<'setup.status' | 'setup.createBranch' | 'setup.createDemo'> = {
  'setup.status': (_input, ctx) => setupStatus(ctx.deps),
  'setup.createBranch': (input, ctx) => createBranch(ctx, input),
  'setup.createDemo': (_input, ctx) => createDemoBranch(ctx),
};
