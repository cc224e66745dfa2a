import type { HandlerTable } from '@main/rpc/handler';
import {
  openSummary,
  previewSummary,
  queueNow,
  retrySummary,
  saveSyncSettings,
  sendNow,
  syncHistory,
  syncSettings,
  syncStatus,
} from './sync-service';
import { previewMonthSummary, queueMonthNow } from './month-summary-service';

/** Handlers for `sync.*`. */
export const syncHandlers: HandlerTable<
  | 'sync.settings'
  | 'sync.saveSettings'
  | 'sync.preview'
  | 'sync.queueNow'
  | 'sync.status'
  | 'sync.sendNow'
  | 'sync.retry'
  | 'sync.history'
  | 'sync.open'
  | 'sync.previewMonth'
  | 'sync.queueMonth'
> = {
  'sync.settings': (_input, ctx) => syncSettings(ctx),
  'sync.saveSettings': (input, ctx) => saveSyncSettings(ctx, input),
  'sync.preview': (input, ctx) => previewSummary(ctx, input.isoWeek),
  'sync.queueNow': (input, ctx) => queueNow(ctx, input.isoWeek),
  'sync.status': (_input, ctx) => syncStatus(ctx),
  'sync.sendNow': (_input, ctx) => sendNow(ctx),
  'sync.retry': (input, ctx) => retrySummary(ctx, input.summaryId),
  'sync.history': (_input, ctx) => syncHistory(ctx),
  'sync.open': (input, ctx) => openSummary(ctx, input.summaryId),
  'sync.previewMonth': (input, ctx) => previewMonthSummary(ctx, input.month),
  'sync.queueMonth': (input, ctx) => queueMonthNow(ctx, input.month),
};
