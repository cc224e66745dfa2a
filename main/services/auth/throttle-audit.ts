import { formatInstant } from '@shared/domain/time/format';
import type { BackendDeps } from '@main/rpc/context';
import { appendAudit } from '../audit/audit-log';

// Throttled refusals are audited, but not one entry per guess: a burst of thousands would bury the log. The first
// refusal of a run is recorded at once; the rest are counted and recorded in one entry when the run ends (the next
// attempt that gets through, every 1,000 refusals, or when the backend closes).

const FLUSH_EVERY = 1000;

interface Run {
  actor: string;
  action: string;
  entityId: string | null;
  firstAt: Date;
  lastAt: Date;
  /** Refusals after the first, not yet recorded. */
  more: number;
}

/** What a refused attempt was. */
export interface ThrottledAttempt {
  /** The account's username when the typed name matches one; never what was typed otherwise. */
  actor: string;
  action: string;
  entityId: string | null;
  by: 'account' | 'source';
  waitSeconds: number;
}

// Per backend (keyed by its database), so tests' backends never share runs.
const runsByBackend = new WeakMap<BackendDeps['db'], Map<string, Run>>();

function runsOf(deps: BackendDeps): Map<string, Run> {
  let runs = runsByBackend.get(deps.db);
  if (!runs) {
    runs = new Map();
    runsByBackend.set(deps.db, runs);
  }
  return runs;
}

/** Audit a throttled refusal in the run of its bucket (`runKey`: the account's or the source's bucket). */
export async function auditThrottled(deps: BackendDeps, runKey: string, attempt: ThrottledAttempt): Promise<void> {
  const runs = runsOf(deps);
  const at = deps.clock.now();
  const open = runs.get(runKey);
  if (open) {
    open.more += 1;
    open.lastAt = at;
    if (open.more >= FLUSH_EVERY) await endThrottledRun(deps, runKey, true);
    return;
  }
  // Claimed before the first await, so concurrent refusals join this run instead of each opening their own.
  runs.set(runKey, {
    actor: attempt.actor,
    action: attempt.action,
    entityId: attempt.entityId,
    firstAt: at,
    lastAt: at,
    more: 0,
  });
  await appendAudit(deps.db, deps.keys, at, {
    actor: attempt.actor,
    action: attempt.action,
    entity: 'account',
    entityId: attempt.entityId,
    outcome: 'denied',
    detail:
      `throttled: too many failed attempts ${attempt.by === 'account' ? 'on this account' : 'from this computer'} ` +
      `(wait ${attempt.waitSeconds} s); further refusals are counted and recorded together`,
  });
}

/** Record how many more refusals a run had, and close it (or, with `keepOpen`, start counting again). */
export async function endThrottledRun(deps: BackendDeps, runKey: string, keepOpen = false): Promise<void> {
  const runs = runsOf(deps);
  const run = runs.get(runKey);
  if (!run) return;
  const { more, firstAt, lastAt } = run;
  if (keepOpen) {
    run.more = 0;
    run.firstAt = deps.clock.now();
  } else runs.delete(runKey);
  if (more === 0) return;
  await appendAudit(deps.db, deps.keys, deps.clock.now(), {
    actor: run.actor,
    action: run.action,
    entity: 'account',
    entityId: run.entityId,
    outcome: 'denied',
    detail:
      `${more} more attempt${more === 1 ? '' : 's'} refused while throttled, ` +
      `${formatInstant(firstAt.toISOString())} to ${formatInstant(lastAt.toISOString())}`,
  });
}

/** Record every open run (the backend is closing). */
export async function flushThrottledAudits(deps: BackendDeps): Promise<void> {
  for (const runKey of [...runsOf(deps).keys()]) await endThrottledRun(deps, runKey);
}
