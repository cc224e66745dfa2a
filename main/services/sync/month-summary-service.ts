import { AppError } from '@shared/contract/errors';
import { checkSummary } from '@shared/domain/sync/summary';
import { periodLabel, readSummary } from '@shared/domain/sync/summary-words';
import type { MonthSummaryPreview, OutboxEntry } from '@shared/domain/sync/sync-views';
import type { Period } from '@shared/domain/sync/period';
import { addMonths } from '@shared/domain/time/calendar';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import { monthPeriod } from './month-figures';
import { buildMonthSummary, queueMonthSummary } from './summary-service';

// The manager's monthly workforce summary: previewed in plain words with its exact JSON, then queued (after the
// page's check-your-answers step) exactly as a weekly one is, into the same outbox and sender.

/** The month a workforce summary is due for by default: the last one finished by the branch's clock, `YYYY-MM`. */
export function lastFinishedMonth(now: Date): string {
  return addMonths(`${londonDate(now).slice(0, 7)}-01`, -1).slice(0, 7);
}

function monthOrDefault(ctx: HandlerContext, month: string | undefined): Period {
  return monthPeriod(`${month ?? lastFinishedMonth(ctx.deps.clock.now())}-01`);
}

// A month's figures are as they stood on its last day, so a month that has not ended has none yet.
function notEnded(ctx: HandlerContext, period: Period): string | null {
  return period.end >= londonDate(ctx.deps.clock.now())
    ? `${periodLabel(period)} has not ended yet: its summary can be built from the 1st of the month after.`
    : null;
}

/** The workforce summary that would be queued for a month (the last finished one by default), read but not queued. */
export async function previewMonthSummary(
  ctx: HandlerContext,
  month: string | undefined,
): Promise<MonthSummaryPreview> {
  const period = monthOrDefault(ctx, month);
  const last = lastFinishedMonth(ctx.deps.clock.now());
  const queued = await ctx.deps.db
    .selectFrom('sync_outbox')
    .select(['enqueued_at', 'state'])
    .where('period_kind', '=', 'month')
    .where('period_start', '=', period.start)
    .orderBy('seq', 'desc')
    .executeTakeFirst();
  const view = {
    month: period.start.slice(0, 7),
    periodLabel: periodLabel(period),
    previousMonth: addMonths(period.start, -1).slice(0, 7),
    nextMonth: period.start.slice(0, 7) >= last ? null : addMonths(period.start, 1).slice(0, 7),
    alreadyQueued: queued ? { enqueuedAt: queued.enqueued_at, state: queued.state } : null,
  };
  const notReady = notEnded(ctx, period);
  if (notReady) return { ...view, notReady, reading: null };
  const checked = checkSummary(await buildMonthSummary(ctx.deps, period));
  if (!checked.ok) throw new Error(`the built summary fails its schema: ${JSON.stringify(checked.issues)}`);
  return { ...view, notReady: null, reading: readSummary(checked.summary) };
}

/** Queue a finished month's workforce summary now (the manager's "queue now"); the sender then tries at once. */
export async function queueMonthNow(ctx: HandlerContext, month: string | undefined): Promise<OutboxEntry> {
  const period = monthOrDefault(ctx, month);
  const notReady = notEnded(ctx, period);
  if (notReady) throw AppError.field(['month'], notReady);
  const item = await queueMonthSummary(ctx.deps, period, (trx, queued) =>
    ctx.audit(trx, { action: 'sync.queueMonth', outcome: 'success', entity: 'summary', entityId: queued.summaryId }),
  );
  ctx.deps.events.publish('sync.changed', { ids: [item.summaryId] });
  void ctx.deps.council.sender.drain().catch(() => undefined);
  return item;
}
