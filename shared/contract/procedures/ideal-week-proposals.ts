import { z } from 'zod';
import { procedure } from '../procedure';
import {
  DecideProposalInput,
  IdealWeekProposal,
  ProposalQuery,
  ProposeChangeInput,
  TeamIdealWeek,
} from '@shared/domain/ideal-week-proposals/proposals';

/** A co-designed week: the team sees its people's ideal weeks and proposes changes; the coordinator decides. */
export const idealWeekProposalProcedures = {
  'idealWeekProposals.teamWeeks': procedure({
    summary: 'The ideal weeks in force today of the people in the signed-in worker’s teams (what a worker may see).',
    input: z.object({}),
    output: z.array(TeamIdealWeek),
    roles: ['worker'],
  }),
  'idealWeekProposals.propose': procedure({
    summary: 'Propose a new start or length for one visit of a team person’s ideal week, with why; coordinators told.',
    input: ProposeChangeInput,
    output: IdealWeekProposal,
    roles: ['worker'],
    mutation: true,
    invalidates: ['idealWeekProposals', 'notices'],
  }),
  'idealWeekProposals.list': procedure({
    summary: 'Proposals: a worker’s own; every one (or those waiting) for coordinators and managers.',
    input: ProposalQuery,
    output: z.array(IdealWeekProposal),
    roles: ['worker', 'coordinator', 'manager'],
  }),
  'idealWeekProposals.decide': procedure({
    summary:
      'Accept a proposal (a new ideal-week version from today, checked as any edit) or decline it with a reason.',
    input: DecideProposalInput,
    output: IdealWeekProposal,
    roles: ['coordinator', 'manager'],
    mutation: true,
    invalidates: ['idealWeekProposals', 'clients', 'rota', 'notices'],
  }),
};
