import type { HandlerTable } from '@main/rpc/handler';
import { buildAscwdsExport } from './ascwds-export';
import { addPartner, employers, readWorkplace, saveWorkplace } from './workplace-service';

/** Handlers for the workplace details and employers. */
export const workplaceHandlers: HandlerTable<
  | 'workplace.get'
  | 'workplace.update'
  | 'workplace.employers'
  | 'workplace.addPartner'
  | 'ascwds.preview'
  | 'ascwds.export'
> = {
  'workplace.get': (_input, ctx) => readWorkplace(ctx.deps),
  'workplace.update': (input, ctx) => saveWorkplace(ctx, input),
  'workplace.employers': (_input, ctx) => employers(ctx),
  'workplace.addPartner': (input, ctx) => addPartner(ctx, input.name),
  'ascwds.preview': (input, ctx) => buildAscwdsExport(ctx, input.employerId, { preview: true }),
  'ascwds.export': (input, ctx) => buildAscwdsExport(ctx, input.employerId, { preview: false }),
};
