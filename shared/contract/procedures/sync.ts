import { z } from 'zod';
import { procedure } from '../procedure';
import {
  MonthChoice,
  MonthSummaryPreview,
  OutboxEntry,
  SaveSyncSettingsInput,
  SendResult,
  SummaryPreview,
  SummaryReading,
  SyncSettings,
  SyncStatus,
  WeekChoice,
} from '@shared/domain/sync/sync-views';

const SummaryRef = z.object({ summaryId: z.string().min(1).max(64) }).strict();

/** The manager's council sync (council-sync.md): settings, the next summary, the outbox, sending, the history. */
export const syncProcedures = {
  'sync.settings': procedure({
    summary: 'The council’s address, the branch’s name at the council, and whether and where the token is kept.',
    input: z.object({}).strict(),
    output: SyncSettings,
    roles: ['manager'],
  }),
  'sync.saveSettings': procedure({
    summary: 'Set the council’s address (https://, or this computer), the branch’s name there and its token.',
    input: SaveSyncSettingsInput,
    output: SyncSettings,
    roles: ['manager'],
    mutation: true,
    invalidates: ['sync'],
  }),
  'sync.preview': procedure({
    summary: 'The summary a week would send, in plain words and as its exact JSON, with every held-back figure.',
    input: WeekChoice,
    output: SummaryPreview,
    roles: ['manager'],
  }),
  'sync.queueNow': procedure({
    summary: 'Build a week’s summary and queue it to send now (the last finished week unless one is named).',
    input: WeekChoice,
    output: OutboxEntry,
    roles: ['manager'],
    mutation: true,
    invalidates: ['sync'],
  }),
  'sync.status': procedure({
    summary: 'The last successful sync, how many summaries wait, which are parked and why, and what to set first.',
    input: z.object({}).strict(),
    output: SyncStatus,
    roles: ['manager'],
  }),
  'sync.sendNow': procedure({
    summary: 'Send every waiting summary now, in order, whatever the wait after a failure.',
    input: z.object({}).strict(),
    output: SendResult,
    roles: ['manager'],
    mutation: true,
    invalidates: ['sync'],
  }),
  'sync.retry': procedure({
    summary: 'Put a parked summary back in the queue and send it now.',
    input: SummaryRef,
    output: SendResult,
    roles: ['manager'],
    mutation: true,
    invalidates: ['sync'],
  }),
  'sync.history': procedure({
    summary: 'Every summary queued, newest first, with whether and when it was sent.',
    input: z.object({}).strict(),
    output: z.array(OutboxEntry),
    roles: ['manager'],
  }),
  'sync.open': procedure({
    summary: 'One queued or sent summary in plain words and as the JSON sent.',
    input: SummaryRef,
    output: SummaryReading,
    roles: ['manager'],
  }),
  // The monthly workforce summary (council-sync.md: a calendar month for workforce, pay, training, the Charter).
  'sync.previewMonth': procedure({
    summary: 'The workforce summary a month would send, in plain words and as its exact JSON, with held-back figures.',
    input: MonthChoice,
    output: MonthSummaryPreview,
    roles: ['manager'],
  }),
  'sync.queueMonth': procedure({
    summary:
      'Build a finished month’s workforce summary and queue it to send now (the last finished month by default).',
    input: MonthChoice,
    output: OutboxEntry,
    roles: ['manager'],
    mutation: true,
    invalidates: ['sync'],
  }),
};
