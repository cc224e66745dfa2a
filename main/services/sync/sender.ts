import type { Kysely } from 'kysely';
import type { Database } from '@main/db/schema';
import type { Clock } from '@main/platform/clock';
import { backoffMs } from './backoff';
import { sendSummary, type Fetch } from './council-client';
import { checkCouncilUrl, intakeUrl } from './council-url';
import {
  clearBackoff,
  headOfQueue,
  isTokenRefusal,
  markParked,
  markRetry,
  markSending,
  markSent,
  outboxBody,
} from './outbox';
import { readCouncilUrl } from './sync-settings';
import type { BranchTokenStore } from './token-store';

/** Timers, injected so tests run the sender step by step. */
export interface SyncScheduler {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** The real timers (unref'd, so a pending retry never keeps the process alive). */
export const systemScheduler: SyncScheduler = {
  set: (callback, ms) => setTimeout(callback, ms).unref(),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** What the sender needs. */
export interface SenderDeps {
  db: Kysely<Database>;
  clock: Clock;
  tokens: BranchTokenStore;
  scheduler: SyncScheduler;
  /** [0, 1): the jitter in the backoff. */
  random: () => number;
  fetch?: Fetch;
  /** How long one request may take (default 30 s). */
  timeoutMs?: number;
  /** How often to look for new items when nothing is due (default 15 minutes). */
  intervalMs?: number;
  /** Told after each item changes state (the host turns this into a `sync.changed` event for the status panel). */
  onChange?: (change: { summaryId: string; state: 'sending' | 'sent' | 'waiting' | 'parked' }) => void;
}

/** Why a drain stopped. */
export type DrainStop = 'empty' | 'backing_off' | 'not_configured' | 'no_token' | 'token_refused' | 'stopped';

/** What one drain did. */
export interface DrainResult {
  sent: number;
  parked: number;
  stop: DrainStop;
  /** A problem to show the manager (address or token not set or unusable), or null. */
  problem: string | null;
  /** When the sender will next try by itself, if it is waiting for a backoff. */
  nextAttemptAt: string | null;
}

/** The council's clock is this far from the branch's: worth telling the manager. */
const CLOCK_SKEW_WARN_MS = 5 * 60_000;

/**
 * Drains the outbox one summary at a time, in order (council-sync.md): network errors, 5xx, 408 and 429 wait with
 * exponential backoff and full jitter (or the council's Retry-After); any other 4xx parks the item with the reason,
 * and later items go on, except a refused token (401/403), which holds the queue until the manager acts. Nothing is
 * dropped. The network is never touched inside a database transaction: each state change commits on its own first.
 */
export class SummarySender {
  private running: Promise<DrainResult> | null = null;
  private timer: unknown = null;
  private stopped = true;
  private skewMs: number | null = null;

  constructor(private readonly deps: SenderDeps) {}

  /** Start the timer; the first drain runs at once. */
  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Stop the timer (an attempt in flight finishes and records its outcome). */
  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.deps.scheduler.clear(this.timer);
    this.timer = null;
  }

  /** The manager's "send now": waiting items go at once, whatever their backoff. */
  async sendNow(): Promise<DrainResult> {
    await clearBackoff(this.deps.db);
    return this.drain();
  }

  /** How far the council's clock is from the branch's when that is worth saying, else null. */
  clockSkewMs(): number | null {
    return this.skewMs !== null && Math.abs(this.skewMs) > CLOCK_SKEW_WARN_MS ? this.skewMs : null;
  }

  /** Send every item that is due, one at a time; a second call while one runs shares it. */
  drain(): Promise<DrainResult> {
    this.running ??= this.drainOnce().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer !== null) this.deps.scheduler.clear(this.timer);
    this.timer = this.deps.scheduler.set(() => {
      this.timer = null;
      void this.drain().then(
        (result) => this.schedule(this.delayAfter(result)),
        () => this.schedule(this.deps.intervalMs ?? 15 * 60_000),
      );
    }, ms);
  }

  private delayAfter(result: DrainResult): number {
    const interval = this.deps.intervalMs ?? 15 * 60_000;
    if (result.stop !== 'backing_off' || !result.nextAttemptAt) return interval;
    return Math.max(0, Math.min(interval, Date.parse(result.nextAttemptAt) - this.deps.clock.now().getTime()));
  }

  private async drainOnce(): Promise<DrainResult> {
    const { db, clock } = this.deps;
    const result: DrainResult = { sent: 0, parked: 0, stop: 'empty', problem: null, nextAttemptAt: null };
    const fetchFn = this.deps.fetch ?? fetch;
    for (;;) {
      const head = await headOfQueue(db);
      if (!head) return result;
      const held = await db
        .selectFrom('sync_outbox')
        .select(['state', 'last_status'])
        .where('state', '=', 'parked')
        .where('last_status', 'in', [401, 403])
        .executeTakeFirst();
      if (held && isTokenRefusal({ state: held.state, lastStatus: held.last_status }))
        return {
          ...result,
          stop: 'token_refused',
          problem: 'The council refused the branch token; see the parked item',
        };
      const now = clock.now();
      if (head.nextAttemptAt && Date.parse(head.nextAttemptAt) > now.getTime())
        return { ...result, stop: 'backing_off', nextAttemptAt: head.nextAttemptAt };
      const address = await readCouncilUrl(db);
      const checked = address ? checkCouncilUrl(address) : null;
      if (!checked || !checked.ok)
        return { ...result, stop: 'not_configured', problem: checked?.message ?? 'Set the council’s address first' };
      let token: string | null;
      try {
        token = await this.deps.tokens.read();
      } catch (error) {
        return { ...result, stop: 'no_token', problem: (error as Error).message };
      }
      if (!token) return { ...result, stop: 'no_token', problem: 'Set the branch token the council gave you first' };
      const body = (await outboxBody(db, head.summaryId)) as string;
      const attempts = await markSending(db, head.seq);
      this.deps.onChange?.({ summaryId: head.summaryId, state: 'sending' });
      const outcome = await sendSummary(fetchFn, {
        url: intakeUrl(checked.url),
        token,
        summaryId: head.summaryId,
        body,
        timeoutMs: this.deps.timeoutMs ?? 30_000,
        now,
      });
      const after = clock.now();
      if (outcome.councilDate) this.skewMs = after.getTime() - outcome.councilDate.getTime();
      if (outcome.kind === 'stored') {
        await markSent(db, head.seq, after, outcome.receivedAt, outcome.status);
        this.deps.onChange?.({ summaryId: head.summaryId, state: 'sent' });
        result.sent += 1;
      } else if (outcome.kind === 'retry') {
        const wait = outcome.retryAfterMs ?? backoffMs(attempts, this.deps.random);
        const nextAt = new Date(after.getTime() + wait);
        await markRetry(db, head.seq, outcome.status, outcome.message, nextAt);
        this.deps.onChange?.({ summaryId: head.summaryId, state: 'waiting' });
        return { ...result, stop: 'backing_off', nextAttemptAt: nextAt.toISOString() };
      } else {
        await markParked(db, head.seq, outcome.status, outcome.message);
        this.deps.onChange?.({ summaryId: head.summaryId, state: 'parked' });
        result.parked += 1;
      }
    }
  }
}
