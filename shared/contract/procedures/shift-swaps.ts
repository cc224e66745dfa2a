import { z } from 'zod';
import { procedure } from '../procedure';
import { TeamWeekQuery } from '@shared/domain/team-week/team-week';
import { ChangeRequest } from '@shared/domain/team-week/team-changes';
import { ProposeShiftSwapInput, ShiftSwapOptions } from '@shared/domain/team-week/shift-swap';

/** A worker swaps a whole shift (every visit of theirs on a day) with a teammate; answered like any swap. */
export const shiftSwapProcedures = {
  'teamWeek.shiftSwapOptions': procedure({
    summary: 'The worker’s shifts still to come, the teammates offered for each (or why not) and their shifts.',
    input: TeamWeekQuery,
    output: ShiftSwapOptions,
    roles: ['worker'],
  }),
  'teamWeek.proposeShiftSwap': procedure({
    summary:
      'Propose that a teammate takes your whole shift on a day (optionally for theirs); refused if a rule breaks.',
    input: ProposeShiftSwapInput,
    output: z.array(ChangeRequest),
    roles: ['worker'],
    mutation: true,
    invalidates: ['teamWeek', 'notices'],
  }),
};
