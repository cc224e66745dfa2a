import type { HandlerTable } from '@main/rpc/handler';
import { printChangeNotice } from './change-notice';
import { editPlan } from './edit-service';
import { explainService } from './explain-service';
import { myWeek, myWeekIcs, printPersonWeek, printWorkerWeek, visitsDuring } from './my-week-service';
import { addOneOff, expectedVisits, listOneOffs, removeOneOff } from './one-off-service';
import { payView } from './pay-view';
import { exportPayroll, payrollSummary } from './payroll-export';
import { planWeekService, rollForwardService } from './plan-week-service';
import { readPlannerSettings, savePlannerSettings } from './planner-settings-service';
import { listWeekChanges, publishWeek } from './publish-service';
import { acceptCover, reportSickness } from './sickness-service';
import { getWeekView } from './week-view';

type RotaProcedure =
  | 'rota.getWeek'
  | 'rota.planWeek'
  | 'rota.rollForward'
  | 'rota.edit'
  | 'rota.explain'
  | 'rota.reportSickness'
  | 'rota.acceptCover'
  | 'rota.publish'
  | 'rota.visitsDuring'
  | 'rota.changes'
  | 'rota.myWeek'
  | 'rota.myWeekIcs'
  | 'rota.printWorkerWeek'
  | 'rota.printPersonWeek'
  | 'rota.printChangeNotice'
  | 'rota.payView'
  | 'rota.payrollSummary'
  | 'rota.payrollExport'
  | 'rota.oneOffs'
  | 'rota.addOneOff'
  | 'rota.removeOneOff'
  | 'rota.expectedVisits'
  | 'rota.checkEdit'
  | 'rota.plannerSettings'
  | 'rota.savePlannerSettings';

/** Handlers for `rota.*`. */
export const rotaHandlers: HandlerTable<RotaProcedure> = {
  'rota.getWeek': (input, ctx) => getWeekView(ctx, input.isoWeek),
  'rota.planWeek': (input, ctx) => planWeekService(ctx, input),
  'rota.rollForward': (input, ctx) => rollForwardService(ctx, input.isoWeek),
  'rota.edit': (input, ctx) => editPlan(ctx, input),
  'rota.checkEdit': (input, ctx) => editPlan(ctx, { ...input, checkOnly: true }),
  'rota.explain': (input, ctx) => explainService(ctx, input.isoWeek, input.visitId),
  'rota.reportSickness': (input, ctx) => reportSickness(ctx, input),
  'rota.acceptCover': (input, ctx) => acceptCover(ctx, input),
  'rota.publish': (input, ctx) => publishWeek(ctx, input),
  'rota.visitsDuring': (input, ctx) => visitsDuring(ctx, input),
  'rota.changes': (input, ctx) => listWeekChanges(ctx, input),
  'rota.myWeek': (input, ctx) => myWeek(ctx, input.isoWeek),
  'rota.myWeekIcs': (input, ctx) => myWeekIcs(ctx, input.isoWeek),
  'rota.printWorkerWeek': (input, ctx) => printWorkerWeek(ctx, input.isoWeek, input.staffId),
  'rota.printPersonWeek': (input, ctx) => printPersonWeek(ctx, input.isoWeek, input.clientId),
  'rota.printChangeNotice': (input, ctx) => printChangeNotice(ctx, input),
  'rota.payView': (input, ctx) => payView(ctx, input.isoWeek),
  'rota.payrollSummary': (input, ctx) => payrollSummary(ctx, input),
  'rota.payrollExport': (input, ctx) => exportPayroll(ctx, input),
  'rota.oneOffs': (input, ctx) => listOneOffs(ctx, input.isoWeek),
  'rota.addOneOff': (input, ctx) => addOneOff(ctx, input),
  'rota.removeOneOff': (input, ctx) => removeOneOff(ctx, input.id),
  'rota.expectedVisits': (input, ctx) => expectedVisits(ctx, input.isoWeek, input.clientId),
  'rota.plannerSettings': (_input, ctx) => readPlannerSettings(ctx.deps),
  'rota.savePlannerSettings': (input, ctx) => savePlannerSettings(ctx, input),
};
