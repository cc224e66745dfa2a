import type { HandlerTable } from '@main/rpc/handler';
import { londonDate } from '@main/platform/clock';
import { callerStaffId } from '../pathway/access';
import { apprenticeshipDetail } from './apprenticeship-detail';
import { apprenticeshipRows } from './apprenticeship-rows';
import { apprenticeshipDashboard } from './dashboard';
import { enrol, listStandards, saveStandard, setFunctionalSkills, withdraw } from './enrolment-service';
import { recordEpa, setGatewayItem } from './epa-service';
import { decideOtj, logOtj } from './otj-service';
import { recordReview } from './review-service';

type ApprenticeshipProcedure =
  | 'apprenticeships.standards'
  | 'apprenticeships.saveStandard'
  | 'apprenticeships.dashboard'
  | 'apprenticeships.list'
  | 'apprenticeships.mine'
  | 'apprenticeships.get'
  | 'apprenticeships.enrol'
  | 'apprenticeships.setFunctionalSkills'
  | 'apprenticeships.logOtj'
  | 'apprenticeships.decideOtj'
  | 'apprenticeships.recordReview'
  | 'apprenticeships.setGatewayItem'
  | 'apprenticeships.recordEpa'
  | 'apprenticeships.withdraw';

/** Handlers for `apprenticeships.*`. */
export const apprenticeshipHandlers: HandlerTable<ApprenticeshipProcedure> = {
  'apprenticeships.standards': (_input, ctx) => listStandards(ctx),
  'apprenticeships.saveStandard': (input, ctx) => saveStandard(ctx, input),
  'apprenticeships.dashboard': (_input, ctx) => apprenticeshipDashboard(ctx),
  'apprenticeships.list': (input, ctx) =>
    apprenticeshipRows(ctx, { status: input.status }, londonDate(ctx.deps.clock.now())),
  'apprenticeships.mine': async (_input, ctx) => {
    const me = callerStaffId(ctx);
    const today = londonDate(ctx.deps.clock.now());
    const [own, mentoring] = await Promise.all([
      apprenticeshipRows(ctx, { staffId: me }, today),
      apprenticeshipRows(ctx, { mentorStaffId: me, status: 'active' }, today),
    ]);
    return { own, mentoring };
  },
  'apprenticeships.get': (input, ctx) => apprenticeshipDetail(ctx, input.id),
  'apprenticeships.enrol': (input, ctx) => enrol(ctx, input),
  'apprenticeships.setFunctionalSkills': (input, ctx) => setFunctionalSkills(ctx, input),
  'apprenticeships.logOtj': (input, ctx) => logOtj(ctx, input),
  'apprenticeships.decideOtj': (input, ctx) => decideOtj(ctx, input.entryId, input.decision),
  'apprenticeships.recordReview': (input, ctx) => recordReview(ctx, input),
  'apprenticeships.setGatewayItem': (input, ctx) => setGatewayItem(ctx, input),
  'apprenticeships.recordEpa': (input, ctx) => recordEpa(ctx, input),
  'apprenticeships.withdraw': (input, ctx) => withdraw(ctx, input.id),
};
