import type { HandlerTable } from '../../rpc/handler';
import { addPartner, employers, readWorkplace, saveWorkplace } from './workplace-service';

/** Handlers for the workplace details and employers. */
export const workplaceHandlers: HandlerTable<'workplace.get' | 'workplace.update' | 'workplace.employers' | 'workplace.addPartner'> = {
  'workplace.get': (_input, ctx) => readWorkplace(ctx.deps),
  'workplace.update': (input, ctx) => saveWorkplace(ctx, input),
  'workplace.employers': (_input, ctx) => employers(ctx),
  'workplace.addPartner': (input, ctx) => addPartner(ctx, input.name),
};
