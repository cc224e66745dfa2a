import type { Kysely } from 'kysely';
import { findDisclosures, type KnownPersonalData } from '@shared/domain/sync/personal-data';
import { checkSummary, type Summary, type SummaryIssue } from '@shared/domain/sync/summary';
import type { Database, SyncOutboxTable } from '@main/db/schema';

// The outbox (council-sync.md, "The branch side"): queueing a summary is one local insert with no network; the
// sender (sender.ts) moves items on. Nothing is ever deleted. The SQL for the outbox lives here.

type Db = Kysely<Database>;

/** One outbox item as the status panel and the sender see it (the body is read separately). */
export interface OutboxItem {
  seq: number;
  summaryId: string;
  periodKind: 'week' | 'month';
  periodStart: string;
  state: SyncOutboxTable['state'];
  attempts: number;
  nextAttemptAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  enqueuedAt: string;
  sentAt: string | null;
  councilReceivedAt: string | null;
}

/** Raised when a summary may not be queued: invalid, or it would disclose something personal. */
export class OutboxRefusal extends Error {
  constructor(
    message: string,
    readonly issues: SummaryIssue[],
  ) {
    super(message);
  }
}

/**
 * Queue a summary to send. Pass a transaction to build and queue in one (the builder does); the summary is checked
 * against its schema and walked for personal details and small counts first, so nothing unsafe is ever queued.
 */
export async function enqueueSummary(
  db: Db,
  summary: Summary,
  at: Date,
  known: KnownPersonalData = {},
): Promise<OutboxItem> {
  const check = checkSummary(summary);
  if (!check.ok) throw new OutboxRefusal('This summary does not match the summary format', check.issues);
  const disclosures = findDisclosures(check.summary, known);
  if (disclosures.length > 0)
    throw new OutboxRefusal(
      'This summary would disclose personal details or a small count',
      disclosures.map((d) => ({ path: d.path, message: `Looks like ${d.kind.replace('_', ' ')}` })),
    );
  const row = await db
    .insertInto('sync_outbox')
    .values({
      summary_id: check.summary.summaryId,
      period_kind: check.summary.period.kind,
      period_start: check.summary.period.start,
      body_json: JSON.stringify(check.summary),
      state: 'waiting',
      attempts: 0,
      next_attempt_at: null,
      last_status: null,
      last_error: null,
      enqueued_at: at.toISOString(),
      sent_at: null,
      council_received_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return itemOf(row);
}

/** Items, oldest first, optionally in given states. */
export async function outboxItems(
  db: Db,
  options: { states?: readonly SyncOutboxTable['state'][]; limit?: number } = {},
): Promise<OutboxItem[]> {
  let query = db
    .selectFrom('sync_outbox')
    .selectAll()
    .orderBy('seq')
    .limit(options.limit ?? 1000);
  if (options.states) query = query.where('state', 'in', [...options.states]);
  return (await query.execute()).map(itemOf);
}

/** The exact JSON queued (and sent) for a summary. */
export async function outboxBody(db: Db, summaryId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('sync_outbox')
    .select('body_json')
    .where('summary_id', '=', summaryId)
    .executeTakeFirst();
  return row?.body_json;
}

/** What the status panel shows: the last successful sync, how many wait, and the parked items with reasons. */
export interface OutboxStatus {
  lastSentAt: string | null;
  waiting: number;
  parked: OutboxItem[];
  /** A parked item the council refused for the token: the sender holds everything until it is dealt with. */
  heldByToken: boolean;
}

/** The outbox's state for the status panel. */
export async function outboxStatus(db: Db): Promise<OutboxStatus> {
  const last = await db
    .selectFrom('sync_outbox')
    .select((eb) => eb.fn.max('sent_at').as('last'))
    .executeTakeFirst();
  const waiting = await db
    .selectFrom('sync_outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('state', 'in', ['waiting', 'sending'])
    .executeTakeFirstOrThrow();
  const parked = await outboxItems(db, { states: ['parked'] });
  return {
    lastSentAt: last?.last ?? null,
    waiting: Number(waiting.n),
    parked,
    heldByToken: parked.some(isTokenRefusal),
  };
}

/** Put parked items (one, or all when summaryId is null) back in the queue to send now; returns how many. */
export async function retryParked(db: Db, summaryId: string | null): Promise<number> {
  let query = db
    .updateTable('sync_outbox')
    .set({ state: 'waiting', next_attempt_at: null })
    .where('state', '=', 'parked');
  if (summaryId) query = query.where('summary_id', '=', summaryId);
  return Number((await query.executeTakeFirst()).numUpdatedRows);
}

/** Whether a parked item was refused because of the token (401/403), which holds the whole queue. */
export function isTokenRefusal(item: Pick<OutboxItem, 'state' | 'lastStatus'>): boolean {
  return item.state === 'parked' && (item.lastStatus === 401 || item.lastStatus === 403);
}

/** The sender's next item: the oldest not yet sent or parked. */
export async function headOfQueue(db: Db): Promise<OutboxItem | undefined> {
  const row = await db
    .selectFrom('sync_outbox')
    .selectAll()
    .where('state', 'in', ['waiting', 'sending'])
    .orderBy('seq')
    .limit(1)
    .executeTakeFirst();
  return row ? itemOf(row) : undefined;
}

/** Mark an item as being sent (one more attempt), before the network is touched. */
export async function markSending(db: Db, seq: number): Promise<number> {
  const row = await db
    .updateTable('sync_outbox')
    .set((eb) => ({ state: 'sending', attempts: eb('attempts', '+', 1) }))
    .where('seq', '=', seq)
    .returning('attempts')
    .executeTakeFirstOrThrow();
  return row.attempts;
}

/** Mark an item sent, with when the council says it received it. */
export async function markSent(
  db: Db,
  seq: number,
  at: Date,
  receivedAt: string | null,
  status: number,
): Promise<void> {
  await db
    .updateTable('sync_outbox')
    .set({
      state: 'sent',
      sent_at: at.toISOString(),
      council_received_at: receivedAt,
      last_status: status,
      last_error: null,
      next_attempt_at: null,
    })
    .where('seq', '=', seq)
    .execute();
}

/** Put an item back to wait until `nextAt`, with the reason. */
export async function markRetry(
  db: Db,
  seq: number,
  status: number | null,
  message: string,
  nextAt: Date,
): Promise<void> {
  await db
    .updateTable('sync_outbox')
    .set({ state: 'waiting', last_status: status, last_error: message, next_attempt_at: nextAt.toISOString() })
    .where('seq', '=', seq)
    .execute();
}

/** Park an item with the council's reason, for the manager to deal with. */
export async function markParked(db: Db, seq: number, status: number, message: string): Promise<void> {
  await db
    .updateTable('sync_outbox')
    .set({ state: 'parked', last_status: status, last_error: message, next_attempt_at: null })
    .where('seq', '=', seq)
    .execute();
}

/** Let every waiting item go now (the manager's "send now"), ignoring the backoff. */
export async function clearBackoff(db: Db): Promise<void> {
  await db
    .updateTable('sync_outbox')
    .set({ next_attempt_at: null })
    .where('state', 'in', ['waiting', 'sending'])
    .execute();
}

function itemOf(row: {
  seq: number;
  summary_id: string;
  period_kind: 'week' | 'month';
  period_start: string;
  state: SyncOutboxTable['state'];
  attempts: number;
  next_attempt_at: string | null;
  last_status: number | null;
  last_error: string | null;
  enqueued_at: string;
  sent_at: string | null;
  council_received_at: string | null;
}): OutboxItem {
  return {
    seq: row.seq,
    summaryId: row.summary_id,
    periodKind: row.period_kind,
    periodStart: row.period_start,
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastStatus: row.last_status,
    lastError: row.last_error,
    enqueuedAt: row.enqueued_at,
    sentAt: row.sent_at,
    councilReceivedAt: row.council_received_at,
  };
}
