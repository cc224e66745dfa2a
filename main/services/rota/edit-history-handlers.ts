import type { HandlerTable } from '@main/rpc/handler';
import { editHistory, replayStep } from './edit-history';

/** Handlers for undo and redo of a draft week's edits. */
export const rotaEditHandlers: HandlerTable<'rota.editHistory' | 'rota.undo' | 'rota.redo'> = {
  'rota.editHistory': (input, ctx) => editHistory(ctx, input.isoWeek),
  'rota.undo': (input, ctx) => replayStep(ctx, input.isoWeek, 'undo'),
  'rota.redo': (input, ctx) => replayStep(ctx, input.isoWeek, 'redo'),
};
