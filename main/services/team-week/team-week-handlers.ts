import type { HandlerTable } from '@main/rpc/handler';
import { readTeamChangeApproval, saveTeamChangeApproval } from './approval-setting';
import { listChangeRequests } from './change-request-list';
import { decideChange, giveUp, proposeSwap, respondToSwap } from './change-requests-service';
import { takeOpenVisit } from './take-open-visit';
import { teamWeek } from './team-week-service';

type TeamWeekProcedure =
  | 'teamWeek.get'
  | 'teamWeek.takeOpenVisit'
  | 'teamWeek.changeRequests'
  | 'teamWeek.proposeSwap'
  | 'teamWeek.giveUp'
  | 'teamWeek.respondToSwap'
  | 'teamWeek.decideChange'
  | 'teamWeek.approval'
  | 'teamWeek.saveApproval';

/** Handlers for `teamWeek.*`. */
export const teamWeekHandlers: HandlerTable<TeamWeekProcedure> = {
  'teamWeek.get': (input, ctx) => teamWeek(ctx, input.isoWeek),
  'teamWeek.takeOpenVisit': (input, ctx) => takeOpenVisit(ctx, input),
  'teamWeek.changeRequests': (input, ctx) => listChangeRequests(ctx, input.isoWeek),
  'teamWeek.proposeSwap': (input, ctx) => proposeSwap(ctx, input),
  'teamWeek.giveUp': (input, ctx) => giveUp(ctx, input),
  'teamWeek.respondToSwap': (input, ctx) => respondToSwap(ctx, input),
  'teamWeek.decideChange': (input, ctx) => decideChange(ctx, input),
  'teamWeek.approval': (_input, ctx) => readTeamChangeApproval(ctx.deps.db),
  'teamWeek.saveApproval': (input, ctx) => saveTeamChangeApproval(ctx, input),
};
