import type { HandlerTable } from '@main/rpc/handler';
import { askOutside, moveCover, shortenCover, tellPerson } from './cover-actions';
import { coverOptions } from './cover-options';
import { splitCover } from './cover-split';

/** Handlers for covering a visit nobody in the person's team can take. */
export const rotaCoverHandlers: HandlerTable<
  | 'rotaCover.options'
  | 'rotaCover.move'
  | 'rotaCover.shorten'
  | 'rotaCover.askOutside'
  | 'rotaCover.tellPerson'
  | 'rotaCover.split'
> = {
  'rotaCover.options': (input, ctx) => coverOptions(ctx, input),
  'rotaCover.move': (input, ctx) => moveCover(ctx, input),
  'rotaCover.shorten': (input, ctx) => shortenCover(ctx, input),
  'rotaCover.askOutside': (input, ctx) => askOutside(ctx, input),
  'rotaCover.tellPerson': (input, ctx) => tellPerson(ctx, input),
  'rotaCover.split': (input, ctx) => splitCover(ctx, input),
};
