import { AppError } from '@shared/contract/errors';
import { checkSummary } from '@shared/domain/sync/summary';
import { readSummary, periodLabel } from '@shared/domain/sync/summary-words';
import type {
  OutboxEntry,
  SaveSyncSettingsInput,
  SendResult,
  SummaryPreview,
  SummaryReading,
  SyncSettings,
  SyncStatus,
} from '@shared/domain/sync/sync-views';
import { isValidIsoWeek, mondayOf } from '@shared/domain/time/iso-week';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import { getBranch } from '../setup/setup-service';
import { checkCouncilUrl } from './council-url';
import { headOfQueue, outboxBody, outboxItems, outboxStatus, retryParked } from './outbox';
import type { DrainResult } from './sender';
import { buildWeekSummary, lastFinishedWeek, queueWeekSummary, suggestedBranchId } from './summary-service';
import { readCouncilBranchId, readCouncilUrl, writeCouncilBranchId, writeCouncilUrl } from './sync-settings';
import { checkedToken } from './token-store';
import { weekNotReady } from './week-figures';

// The manager's council sync: settings, the next summary, the outbox's status, sending and retrying, the history.

/** The settings page's view (the token itself is never read back). */
export async function syncSettings(ctx: HandlerContext): Promise<SyncSettings> {
  const { db } = ctx.deps;
  const [councilUrl, branchId, branch, tokenSet] = await Promise.all([
    readCouncilUrl(db),
    readCouncilBranchId(db),
    getBranch({ db }),
    tokenIsSet(ctx),
  ]);
  return {
    councilUrl,
    branchId,
    suggestedBranchId: branch ? suggestedBranchId(branch) : '',
    tokenSet,
    tokenKeptWhere: ctx.deps.council.tokens.description,
  };
}

async function tokenIsSet(ctx: HandlerContext): Promise<boolean> {
  try {
    return (await ctx.deps.council.tokens.read()) !== null;
  } catch {
    // A token file others can read is refused when sending; here it counts as set, and the status says why not.
    return true;
  }
}

/** Save the address, the branch's name at the council and (when given) the token; each field checked first. */
export async function saveSyncSettings(ctx: HandlerContext, input: SaveSyncSettingsInput): Promise<SyncSettings> {
  const url = checkCouncilUrl(input.councilUrl);
  if (!url.ok) throw AppError.field(['councilUrl'], url.message);
  let token: string | null = null;
  if (input.token !== '') {
    try {
      token = checkedToken(input.token);
    } catch (error) {
      throw AppError.field(['token'], (error as Error).message);
    }
  } else if (!(await tokenIsSet(ctx))) {
    throw AppError.field(['token'], 'Enter the branch token the council gave you');
  }
  const now = ctx.deps.clock.now();
  await ctx.deps.db.transaction().execute(async (trx) => {
    await writeCouncilUrl(trx, input.councilUrl, now);
    await writeCouncilBranchId(trx, input.branchId, now);
    // The audit entry says what changed, never the token.
    await ctx.audit(trx, { action: 'sync.saveSettings', outcome: 'success', detail: token ? 'token replaced' : null });
  });
  if (token) await ctx.deps.council.tokens.write(token);
  return syncSettings(ctx);
}

function weekOrDefault(ctx: HandlerContext, isoWeek: string | undefined): string {
  const week = isoWeek ?? lastFinishedWeek(ctx.deps.clock.now());
  if (!isValidIsoWeek(week)) throw AppError.field(['isoWeek'], 'This week does not exist');
  return week;
}

/** The summary that would be queued for a week (the last finished one by default), read but not queued. */
export async function previewSummary(ctx: HandlerContext, isoWeek: string | undefined): Promise<SummaryPreview> {
  const week = weekOrDefault(ctx, isoWeek);
  const label = periodLabel({ kind: 'week', start: mondayOf(week) });
  const queued = await ctx.deps.db
    .selectFrom('sync_outbox')
    .select(['enqueued_at', 'state'])
    .where('period_kind', '=', 'week')
    .where('period_start', '=', mondayOf(week))
    .orderBy('seq', 'desc')
    .executeTakeFirst();
  const alreadyQueued = queued ? { enqueuedAt: queued.enqueued_at, state: queued.state } : null;
  const notReady = await weekNotReady(ctx.deps.db, week);
  if (notReady) return { isoWeek: week, periodLabel: label, notReady, reading: null, alreadyQueued };
  const summary = await buildWeekSummary(ctx.deps, week);
  const checked = checkSummary(summary);
  if (!checked.ok) throw new Error(`the built summary fails its schema: ${JSON.stringify(checked.issues)}`);
  return { isoWeek: week, periodLabel: label, notReady: null, reading: readSummary(checked.summary), alreadyQueued };
}

/** Queue a week's summary now (the manager's "queue now"); the sender then tries at once. */
export async function queueNow(ctx: HandlerContext, isoWeek: string | undefined): Promise<OutboxEntry> {
  const week = weekOrDefault(ctx, isoWeek);
  // The council refuses a period that has not begun (its clock check), so it is refused here first, in words.
  if (mondayOf(week) > londonDate(ctx.deps.clock.now()))
    throw AppError.field(['isoWeek'], 'This week has not started yet: its summary can be queued once it has begun');
  const item = await queueWeekSummary(ctx.deps, week, (trx, queued) =>
    ctx.audit(trx, { action: 'sync.queueNow', outcome: 'success', entity: 'summary', entityId: queued.summaryId }),
  );
  ctx.deps.events.publish('sync.changed', { ids: [item.summaryId] });
  void ctx.deps.council.sender.drain().catch(() => undefined);
  return item;
}

/** The status panel: last successful sync, what waits and when it is tried again, what is parked and why. */
export async function syncStatus(ctx: HandlerContext): Promise<SyncStatus> {
  const { db } = ctx.deps;
  const [status, head] = await Promise.all([outboxStatus(db), headOfQueue(db)]);
  const skew = ctx.deps.council.sender.clockSkewMs();
  return {
    lastSentAt: status.lastSentAt,
    waiting: status.waiting,
    nextAttemptAt: head?.nextAttemptAt ?? null,
    parked: status.parked,
    heldByToken: status.heldByToken,
    problem: await settingsProblem(ctx),
    clockOffMinutes: skew === null ? null : Math.round(skew / 60_000),
  };
}

async function settingsProblem(ctx: HandlerContext): Promise<string | null> {
  const address = await readCouncilUrl(ctx.deps.db);
  if (address === null) return 'Set the council’s address and the branch token under Settings.';
  const checked = checkCouncilUrl(address);
  if (!checked.ok) return checked.message;
  try {
    if ((await ctx.deps.council.tokens.read()) === null) return 'Set the branch token the council gave you.';
  } catch (error) {
    return (error as Error).message;
  }
  return null;
}

/** Send what is waiting now, whatever its backoff (the manager's "send now"). */
export async function sendNow(ctx: HandlerContext): Promise<SendResult> {
  const result: DrainResult = await ctx.deps.council.sender.sendNow();
  return { sent: result.sent, parked: result.parked, problem: result.problem, nextAttemptAt: result.nextAttemptAt };
}

/** Put a parked summary back in the queue and try it at once. */
export async function retrySummary(ctx: HandlerContext, summaryId: string): Promise<SendResult> {
  const count = await retryParked(ctx.deps.db, summaryId);
  if (count === 0) throw new AppError('NOT_FOUND', 'That summary is not parked: it may have been sent or retried.');
  await ctx.audit(ctx.deps.db, { action: 'sync.retry', outcome: 'success', entity: 'summary', entityId: summaryId });
  return sendNow(ctx);
}

/** Every summary queued, newest first. */
export async function syncHistory(ctx: HandlerContext): Promise<OutboxEntry[]> {
  return (await outboxItems(ctx.deps.db, { limit: 5000 })).reverse();
}

/** One queued or sent summary, exactly as queued, with its reading. */
export async function openSummary(ctx: HandlerContext, summaryId: string): Promise<SummaryReading> {
  const body = await outboxBody(ctx.deps.db, summaryId);
  if (body === undefined) throw new AppError('NOT_FOUND', 'No summary with that reference was queued here.');
  const checked = checkSummary(JSON.parse(body));
  if (!checked.ok) throw new Error('a queued summary no longer matches its schema');
  // The JSON shown is the exact text queued and sent, not a re-serialisation.
  return { ...readSummary(checked.summary), json: JSON.stringify(JSON.parse(body), null, 2) };
}
