import type { HandlerTable } from '@main/rpc/handler';
import { previewSickPayScheme } from './scheme-preview';

/** Handlers for checking a sick pay scheme before it is saved. */
export const sickPaySchemeHandlers: HandlerTable<'policy.previewSickPayScheme'> = {
  'policy.previewSickPayScheme': (input, ctx) => previewSickPayScheme(ctx, input),
};
