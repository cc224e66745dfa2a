import { z } from 'zod';
import { IsoDate } from '../common';
import { IsoWeek } from '../time/iso-week';
import { Period } from './period';
import { SUMMARY_ID_PATTERN } from './summary-v1';

// What the council sync procedures take and give (shared/contract/procedures/sync.ts): the settings, a preview of
// a summary in plain words with its exact JSON, the outbox's status and every summary queued.

/** What the council calls this branch, given with its token (letters, digits, . _ -). */
export const CouncilBranchId = z
  .string()
  .trim()
  .regex(SUMMARY_ID_PATTERN, 'Enter the branch’s name at the council: letters, digits, . _ or -');
export type CouncilBranchId = z.infer<typeof CouncilBranchId>;

/** The council sync settings as the settings page shows them (never the token itself). */
export const SyncSettings = z.object({
  /** The council's address, or null before it is set. */
  councilUrl: z.string().nullable(),
  /** What the council calls this branch, or null before it is set. */
  branchId: z.string().nullable(),
  /** What the branch is called if the manager sets nothing (its CQC location id or its name). */
  suggestedBranchId: z.string(),
  /** Whether a branch token is kept. */
  tokenSet: z.boolean(),
  /** Where the token is kept, in words. */
  tokenKeptWhere: z.string(),
});
export type SyncSettings = z.infer<typeof SyncSettings>;

/** The settings as the manager saves them; an empty token keeps the one already kept. */
export const SaveSyncSettingsInput = z.object({
  councilUrl: z.string().trim().min(1, 'Enter the council’s address').max(500),
  branchId: CouncilBranchId,
  token: z.string().trim().max(200).default(''),
});
export type SaveSyncSettingsInput = z.infer<typeof SaveSyncSettingsInput>;

/** A figure a summary holds back, where, and why. */
export const SuppressedCell = z.object({
  /** Where in the JSON, in words ("care delivery › visits under 30 minutes › count"). */
  where: z.string(),
  /** The JSON path, dotted, so the JSON view can mark it. */
  path: z.string(),
  /** What is sent in its place: "<5" or "withheld". */
  sent: z.enum(['<5', 'withheld']),
  /** Why, in words. */
  why: z.string(),
});
export type SuppressedCell = z.infer<typeof SuppressedCell>;

/** A summary as the manager reads it: plain-language lines, the exact JSON, and every held-back figure. */
export const SummaryReading = z.object({
  summaryId: z.string(),
  period: Period,
  /** "Week of 7 Dec 2026" or "December 2026". */
  periodLabel: z.string(),
  lines: z.array(z.object({ heading: z.string(), lines: z.array(z.string()) })),
  /** The exact JSON sent, pretty-printed. */
  json: z.string(),
  suppressed: z.array(SuppressedCell),
});
export type SummaryReading = z.infer<typeof SummaryReading>;

/** Which week to preview or queue (the last finished week when not given). */
export const WeekChoice = z.object({ isoWeek: IsoWeek.optional() }).strict();
export type WeekChoice = z.infer<typeof WeekChoice>;

/** Where a summary is in the outbox. */
export const OutboxState = z.enum(['waiting', 'sending', 'sent', 'parked']);
export type OutboxState = z.infer<typeof OutboxState>;

/** The next summary: ready to queue (with its reading) or why not yet. */
export const SummaryPreview = z.object({
  isoWeek: z.string(),
  periodLabel: z.string(),
  /** Why this week cannot be summarised yet, or null when it can. */
  notReady: z.string().nullable(),
  reading: SummaryReading.nullable(),
  /** A summary already queued for this week: when, and whether it has gone. */
  alreadyQueued: z.object({ enqueuedAt: z.string(), state: OutboxState }).nullable(),
});
export type SummaryPreview = z.infer<typeof SummaryPreview>;

/** One summary in the outbox, as the history and status list it. */
export const OutboxEntry = z.object({
  summaryId: z.string(),
  periodKind: z.enum(['week', 'month']),
  periodStart: IsoDate,
  state: OutboxState,
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastStatus: z.number().int().nullable(),
  /** Why it is waiting again or parked, in words. */
  lastError: z.string().nullable(),
  enqueuedAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

/** The status panel: last successful sync, what waits, what is parked and why, and anything to fix first. */
export const SyncStatus = z.object({
  lastSentAt: z.string().nullable(),
  waiting: z.number().int(),
  /** When the sender tries again by itself, if it is waiting after a failure. */
  nextAttemptAt: z.string().nullable(),
  parked: z.array(OutboxEntry),
  /** The council refused the token: nothing goes until it is replaced and the parked summary retried. */
  heldByToken: z.boolean(),
  /** Something to set first (address, branch name, token), or null. */
  problem: z.string().nullable(),
  /** The council's clock differs from this computer's by this many minutes (worth checking), or null. */
  clockOffMinutes: z.number().int().nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

/** What "send now" did. */
export const SendResult = z.object({
  sent: z.number().int(),
  parked: z.number().int(),
  /** Why it stopped before the queue was empty, in words, or null. */
  problem: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
});
export type SendResult = z.infer<typeof SendResult>;

/** A calendar month as `YYYY-MM`. */
export const CalendarMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Choose a month (a year and a month, such as 2026-11)');

/** Which month's workforce summary to preview or queue (the last finished month when not given). */
export const MonthChoice = z.object({ month: CalendarMonth.optional() }).strict();
export type MonthChoice = z.infer<typeof MonthChoice>;

/** The next monthly workforce summary: ready to queue (with its reading) or why not yet. */
export const MonthSummaryPreview = z.object({
  /** The month, `YYYY-MM`. */
  month: z.string(),
  /** "November 2026". */
  periodLabel: z.string(),
  /** The month before and after, for stepping (null after the last finished month). */
  previousMonth: z.string(),
  nextMonth: z.string().nullable(),
  /** Why this month cannot be summarised yet, or null when it can. */
  notReady: z.string().nullable(),
  reading: SummaryReading.nullable(),
  /** A summary already queued for this month: when, and whether it has gone. */
  alreadyQueued: z.object({ enqueuedAt: z.string(), state: OutboxState }).nullable(),
});
export type MonthSummaryPreview = z.infer<typeof MonthSummaryPreview>;
