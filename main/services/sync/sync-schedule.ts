import { addDays, isoWeekOf } from '@shared/domain/time/iso-week';
import { londonDate } from '@main/platform/clock';
import type { BackendDeps } from '@main/rpc/context';
import { appendAudit } from '../audit/audit-log';
import { addMonths } from '@shared/domain/time/calendar';
import { monthPeriod } from './month-figures';
import { lastFinishedMonth } from './month-summary-service';
import { employedOn } from './month-workforce';
import { lastFinishedWeek, queueMonthSummary, queueWeekSummary } from './summary-service';
import { readCouncilUrl } from './sync-settings';
import { repeatInBackground } from '@main/platform/repeat-in-background';

// How far back the schedule looks for a finished week not yet summarised: a quarter, so a branch that turns sync on
// sends its recent history, and one offline for weeks catches up in order, without summarising years of old rotas.
const WEEKS_BACK = 13;

/**
 * Queue a summary for each finished week with a published rota that has none yet, oldest first (council-sync.md:
 * weekly for care delivery), after any finished month due (queueDueMonths). Runs only once the council's address is
 * set. Returns the months and weeks queued.
 */
export async function queueDueSummaries(deps: BackendDeps): Promise<string[]> {
  if ((await readCouncilUrl(deps.db)) === null) return [];
  const months = await queueDueMonths(deps);
  const now = deps.clock.now();
  const last = lastFinishedWeek(now);
  const first = isoWeekOf(addDays(londonDate(now), -7 * WEEKS_BACK));
  const [weeks, queued] = await Promise.all([
    deps.db
      .selectFrom('rota_week')
      .select('iso_week')
      .where('status', '=', 'published')
      .where('iso_week', '>=', first)
      .where('iso_week', '<=', last)
      .orderBy('iso_week')
      .execute(),
    deps.db.selectFrom('sync_outbox').select('period_start').where('period_kind', '=', 'week').execute(),
  ]);
  const done = new Set(queued.map((q) => isoWeekOf(q.period_start)));
  const due = weeks.map((w) => w.iso_week).filter((w) => !done.has(w));
  for (const week of due) {
    const item = await queueWeekSummary(deps, week, async (trx, queued) => {
      await appendAudit(trx, deps.keys, deps.clock.now(), {
        actor: 'system',
        action: 'sync.queuedOnSchedule',
        outcome: 'success',
        entity: 'summary',
        entityId: queued.summaryId,
      });
    });
    deps.events.publish('sync.changed', { ids: [item.summaryId] });
  }
  return [...months, ...due];
}

// Months are looked back over as weeks are: a quarter's worth, so a branch offline for weeks catches up in order.
const MONTHS_BACK = 3;

/**
 * Queue a workforce summary for each finished month of the last quarter that has none yet and had anyone employed
 * on its last day, oldest first (council-sync.md: monthly for the workforce). Returns the months queued (`YYYY-MM`).
 */
async function queueDueMonths(deps: BackendDeps): Promise<string[]> {
  const last = lastFinishedMonth(deps.clock.now());
  const candidates = Array.from({ length: MONTHS_BACK }, (_, i) =>
    monthPeriod(addMonths(`${last}-01`, i - MONTHS_BACK + 1)),
  );
  const queued = await deps.db
    .selectFrom('sync_outbox')
    .select('period_start')
    .where('period_kind', '=', 'month')
    .execute();
  const done = new Set(queued.map((q) => q.period_start));
  const due: string[] = [];
  for (const period of candidates) {
    if (done.has(period.start) || (await employedOn(deps.db, period.end)).length === 0) continue;
    const item = await queueMonthSummary(deps, period, (trx, summary) =>
      appendAudit(trx, deps.keys, deps.clock.now(), {
        actor: 'system',
        action: 'sync.queuedOnSchedule',
        outcome: 'success',
        entity: 'summary',
        entityId: summary.summaryId,
      }).then(() => undefined),
    );
    deps.events.publish('sync.changed', { ids: [item.summaryId] });
    due.push(period.start.slice(0, 7));
  }
  return due;
}

// Summaries fall due once a week; checking every quarter of an hour costs two small queries.
const CHECK_EVERY_MS = 15 * 60_000;

/** Start the sender and check for due summaries while the app runs; returns the function that stops both. */
export function startSyncSchedule(deps: BackendDeps, onError: (error: unknown) => void): () => void {
  const stopChecking = repeatInBackground(
    CHECK_EVERY_MS,
    async () => {
      if ((await queueDueSummaries(deps)).length > 0) await deps.council.sender.drain();
    },
    onError,
  );
  deps.council.sender.start();
  return () => {
    stopChecking();
    deps.council.sender.stop();
  };
}
