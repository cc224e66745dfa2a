import { PayPeriodInput, PayrollExport, PayrollExportInput, PayrollSummary } from '@shared/domain/rota-board/payroll';
import { z } from 'zod';
import { procedure } from '../procedure';
import { Id, IsoDate } from '@shared/domain/common';
import {
  AcceptCoverInput,
  EditInput,
  EditResult,
  ExpectedVisit,
  FileOut,
  MyWeek,
  OneOff,
  OneOffInput,
  PayView,
  PlanWeekInput,
  PublishInput,
  RotaChange,
  RotaWeekView,
  SicknessReport,
  SicknessResult,
  VisitsDuring,
  VisitExplanationView,
} from '@shared/domain/rota-board/board';
import { PlannerSettings } from '@shared/domain/rota-board/planner-settings';
import { IsoWeek } from '@shared/domain/time/iso-week';

const Week = z.object({ isoWeek: IsoWeek });

/** Rota planning: plan a week, the board, explain, sickness cover, publish, the worker's own week, print, pay. */
export const rotaProcedures = {
  'rota.getWeek': procedure({
    summary: 'A week as the board shows it (unplanned, draft or published).',
    input: Week,
    output: RotaWeekView,
    roles: ['manager', 'coordinator'],
  }),
  'rota.planWeek': procedure({
    summary: 'Plan a week in a worker thread (progress as rota.progress events) and save it as a draft.',
    input: PlanWeekInput,
    output: RotaWeekView,
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['rota'],
  }),
  'rota.rollForward': procedure({
    summary: 'Start a week from the published week before it.',
    input: Week,
    output: RotaWeekView,
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['rota'],
  }),
  'rota.edit': procedure({
    summary: 'Assign, unassign, pin, move or swap a visit; checked by the validator; refused if it breaks a hard rule.',
    input: EditInput,
    output: EditResult,
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['rota'],
  }),
  'rota.checkEdit': procedure({
    summary:
      'What the validator would say about an edit, and its cost change, without saving (live checks on the board).',
    input: EditInput.omit({ checkOnly: true }),
    output: EditResult,
    roles: ['manager', 'coordinator'],
  }),
  'rota.explain': procedure({
    summary:
      'The person’s team for a visit: who is on it, who is free (best fit first, effect in words), who is not and why.',
    input: z.object({ isoWeek: IsoWeek, visitId: z.string().min(1) }),
    output: VisitExplanationView,
    roles: ['manager', 'coordinator'],
  }),
  'rota.reportSickness': procedure({
    summary: 'Record a worker off sick and propose cover for each affected visit from the person’s own team.',
    input: SicknessReport,
    output: SicknessResult,
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['rota', 'availability', 'ascwds', 'staff'],
  }),
  'rota.acceptCover': procedure({
    summary: 'Accept sickness cover (all, or per visit); visits without cover are left for action.',
    input: AcceptCoverInput,
    output: EditResult,
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['rota'],
  }),
  'rota.publish': procedure({
    summary:
      'Publish a draft week as checked (refused if it changed since); each worker is told, later changes recorded.',
    input: PublishInput,
    output: RotaWeekView,
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['rota', 'notices'],
  }),
  'rota.changes': procedure({
    summary: 'Changes to a published week, for one worker or one person or all.',
    input: z.object({ isoWeek: IsoWeek, staffId: Id.optional(), clientId: Id.optional() }),
    output: z.array(RotaChange),
    roles: ['manager', 'coordinator'],
  }),
  'rota.myWeek': procedure({
    summary: 'The signed-in worker’s own published week.',
    input: Week,
    output: MyWeek,
    roles: ['worker', 'manager', 'coordinator'],
  }),
  'rota.myWeekIcs': procedure({
    summary: 'The signed-in worker’s published week as a calendar file (.ics).',
    input: Week,
    output: FileOut,
    roles: ['worker', 'manager', 'coordinator'],
  }),
  'rota.printWorkerWeek': procedure({
    summary: 'A worker’s week as an A4 PDF (a worker may print only their own, published).',
    input: z.object({ isoWeek: IsoWeek, staffId: Id }),
    output: FileOut,
    roles: ['worker', 'manager', 'coordinator'],
  }),
  'rota.printPersonWeek': procedure({
    summary: 'A person’s week (who is coming when) as an A4 PDF.',
    input: z.object({ isoWeek: IsoWeek, clientId: Id }),
    output: FileOut,
    roles: ['manager', 'coordinator'],
  }),
  'rota.printChangeNotice': procedure({
    summary: 'Changes since publishing for one worker or one person, as an A4 PDF notice.',
    input: z.object({ isoWeek: IsoWeek, staffId: Id.optional(), clientId: Id.optional() }),
    output: FileOut,
    roles: ['manager', 'coordinator'],
  }),
  'rota.visitsDuring': procedure({
    summary: 'A worker’s planned visits between two dates (open-ended without `to`), e.g. before approving leave.',
    input: z.object({ staffId: Id, from: IsoDate, to: IsoDate.nullable() }),
    output: VisitsDuring,
    roles: ['manager', 'coordinator'],
  }),
  'rota.plannerSettings': procedure({
    summary: 'The branch’s planning priorities (objective weights) and how long a plan may take.',
    input: z.object({}),
    output: PlannerSettings,
    roles: ['manager', 'coordinator'],
  }),
  'rota.savePlannerSettings': procedure({
    summary: 'Save the branch’s planning priorities and planning time; the next plan uses them.',
    input: PlannerSettings,
    output: PlannerSettings,
    roles: ['manager'],
    mutation: true,
    invalidates: ['rota'],
  }),
  'rota.payView': procedure({
    summary: 'Shift-based pay per worker for a planned week, against the pay floor.',
    input: Week,
    output: PayView,
    roles: ['manager', 'coordinator'],
  }),
  'rota.payrollSummary': procedure({
    summary: 'What the payroll export of a pay period will hold (workers, hours, sick pay, gross), for checking.',
    input: PayPeriodInput,
    output: PayrollSummary,
    roles: ['manager'],
  }),
  'rota.payrollExport': procedure({
    summary:
      'Export a pay period to payroll as CSV (after re-authentication), once: a period overlapping one already ' +
      'exported is refused.',
    input: PayrollExportInput,
    output: PayrollExport,
    roles: ['manager'],
    mutation: true,
    invalidates: ['rota'],
  }),
  'rota.oneOffs': procedure({
    summary: 'One-off cancellations and extra visits recorded for a week.',
    input: Week,
    output: z.array(OneOff),
    roles: ['manager', 'coordinator'],
  }),
  'rota.addOneOff': procedure({
    summary: 'Record a one-off cancellation or extra visit for a week (used when the week is next planned).',
    input: OneOffInput,
    output: OneOff,
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['rota'],
  }),
  'rota.expectedVisits': procedure({
    summary: 'The visits a person is expected to have in a week (ideal week in force, pauses and one-offs applied).',
    input: z.object({ isoWeek: IsoWeek, clientId: Id }),
    output: z.array(ExpectedVisit),
    roles: ['manager', 'coordinator'],
  }),
  'rota.removeOneOff': procedure({
    summary: 'Remove a one-off change before the week is planned again.',
    input: z.object({ id: Id }),
    output: z.object({ id: z.string() }),
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['rota'],
  }),
};
