import type { HandlerTable } from '@main/rpc/handler';
import { actualsDay, myActualsDay } from './actuals-day';
import { readActualsSettings, saveActualsSettings } from './actuals-settings';
import { ecmHeader, importEcm } from './ecm-import';
import { openEcmRows, resolveEcmRow } from './ecm-resolve';
import { recordActual } from './record-actual';

/** Handlers for `actuals.*`: what actually happened at visits, and call monitoring imports. */
export const actualsHandlers: HandlerTable<
  | 'actuals.myDay'
  | 'actuals.record'
  | 'actuals.day'
  | 'actuals.settings'
  | 'actuals.saveSettings'
  | 'actuals.callMonitoringHeader'
  | 'actuals.importCallMonitoring'
  | 'actuals.openCallMonitoringRows'
  | 'actuals.resolveCallMonitoringRow'
> = {
  'actuals.myDay': (input, ctx) => myActualsDay(ctx, input.date),
  'actuals.record': (input, ctx) => recordActual(ctx, input),
  'actuals.day': (input, ctx) => actualsDay(ctx, input.date),
  'actuals.settings': (_input, ctx) => readActualsSettings(ctx.deps.db),
  'actuals.saveSettings': (input, ctx) => saveActualsSettings(ctx, input),
  'actuals.callMonitoringHeader': async (input) => ecmHeader(input.csv),
  'actuals.importCallMonitoring': (input, ctx) => importEcm(ctx, input),
  'actuals.openCallMonitoringRows': (_input, ctx) => openEcmRows(ctx),
  'actuals.resolveCallMonitoringRow': (input, ctx) => resolveEcmRow(ctx, input),
};
