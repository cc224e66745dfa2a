import { z } from 'zod';
import { procedure } from '../procedure';
import { TakeOpenVisitInput, TeamWeek, TeamWeekQuery } from '@shared/domain/team-week/team-week';
import {
  ChangeRequest,
  DecideInput,
  GiveUpInput,
  ProposeSwapInput,
  RespondInput,
  TeamChangeApproval,
} from '@shared/domain/team-week/team-changes';

const ChangeRequests = z.array(ChangeRequest);

/** Workers run their own week: the team's published week, taking an open visit, swaps and give-ups. */
export const teamWeekProcedures = {
  'teamWeek.get': procedure({
    summary: 'The published week of the people in the signed-in worker’s teams, with the open visits they may take.',
    input: TeamWeekQuery,
    output: TeamWeek,
    roles: ['worker'],
  }),
  'teamWeek.takeOpenVisit': procedure({
    summary: 'Take an open visit in a published week: the first to take it gets it once the validator passes.',
    input: TakeOpenVisitInput,
    output: TeamWeek,
    roles: ['worker'],
    mutation: true,
    invalidates: ['teamWeek', 'rota', 'notices'],
  }),
  'teamWeek.changeRequests': procedure({
    summary: 'A week’s swaps and give-ups: a worker’s own (asked or asked of them); every one for coordinators.',
    input: TeamWeekQuery,
    output: ChangeRequests,
    roles: ['worker', 'coordinator', 'manager'],
  }),
  'teamWeek.proposeSwap': procedure({
    summary:
      'Propose that a teammate takes one of your visits (optionally for one of theirs); refused if a rule breaks.',
    input: ProposeSwapInput,
    output: ChangeRequests,
    roles: ['worker'],
    mutation: true,
    invalidates: ['teamWeek', 'notices'],
  }),
  'teamWeek.giveUp': procedure({
    summary: 'Give up one of your visits with a reason: open for the team at once, or after the coordinator approves.',
    input: GiveUpInput,
    output: ChangeRequests,
    roles: ['worker'],
    mutation: true,
    invalidates: ['teamWeek', 'rota', 'notices'],
  }),
  'teamWeek.respondToSwap': procedure({
    summary: 'Accept or decline a swap a teammate proposed; accepted, it is checked and made or waits for approval.',
    input: RespondInput,
    output: ChangeRequests,
    roles: ['worker'],
    mutation: true,
    invalidates: ['teamWeek', 'rota', 'notices'],
  }),
  'teamWeek.decideChange': procedure({
    summary: 'Approve (checked again by the validator) or decline a swap or give-up waiting for the coordinator.',
    input: DecideInput,
    output: ChangeRequests,
    roles: ['coordinator', 'manager'],
    mutation: true,
    invalidates: ['teamWeek', 'rota', 'notices'],
  }),
  'teamWeek.approval': procedure({
    summary: 'Which swaps and give-ups wait for the coordinator (every one, or beyond continuity and an hours limit).',
    input: z.object({}),
    output: TeamChangeApproval,
    roles: ['coordinator', 'manager'],
  }),
  'teamWeek.saveApproval': procedure({
    summary: 'Choose which swaps and give-ups wait for the coordinator.',
    input: TeamChangeApproval,
    output: TeamChangeApproval,
    roles: ['manager'],
    mutation: true,
    invalidates: ['teamWeek'],
  }),
};
