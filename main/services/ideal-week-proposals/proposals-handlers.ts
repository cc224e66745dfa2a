import type { HandlerTable } from '@main/rpc/handler';
import { decideProposal, listProposals, proposeChange, teamIdealWeeks } from './proposals-service';

type ProposalProcedure =
  | 'idealWeekProposals.teamWeeks'
  | 'idealWeekProposals.propose'
  | 'idealWeekProposals.list'
  | 'idealWeekProposals.decide';

/** Handlers for `idealWeekProposals.*`. */
export const idealWeekProposalHandlers: HandlerTable<ProposalProcedure> = {
  'idealWeekProposals.teamWeeks': (_input, ctx) => teamIdealWeeks(ctx),
  'idealWeekProposals.propose': (input, ctx) => proposeChange(ctx, input),
  'idealWeekProposals.list': (input, ctx) => listProposals(ctx, input),
  'idealWeekProposals.decide': (input, ctx) => decideProposal(ctx, input),
};
