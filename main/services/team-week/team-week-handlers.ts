import type { HandlerTable } from '@main/rpc/handler';
import { takeOpenVisit } from './take-open-visit';
import { teamWeek } from './team-week-service';

type TeamWeekProcedure = 'teamWeek.get' | 'teamWeek.takeOpenVisit';

/** Handlers for `teamWeek.*`. */
export const teamWeekHandlers: HandlerTable<TeamWeekProcedure> = {
  'teamWeek.get': (input, ctx) => teamWeek(ctx, input.isoWeek),
  'teamWeek.takeOpenVisit': (input, ctx) => takeOpenVisit(ctx, input),
};
