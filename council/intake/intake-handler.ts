import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkSummary, clockIssues, type SummaryIssue } from '@shared/domain/sync/summary';
import type { CouncilClock } from '@council/clock';
import type { CouncilStore } from '@council/db/open-council-store';
import { checkToken } from '@council/tokens/token-service';
import { readBody, sendJson } from '@council/web/http';
import type { RateLimiter } from './rate-limit';
import { storeSummary } from './store-summary';

/** The limits the intake enforces. */
export interface IntakeLimits {
  /** Largest body accepted, in bytes (413 above). */
  maxBodyBytes: number;
  /** Requests handled at once before answering 503 with Retry-After. */
  maxInFlight: number;
}

/** What the intake needs. */
export interface IntakeDeps {
  store: CouncilStore;
  clock: CouncilClock;
  limiter: RateLimiter;
  limits: IntakeLimits;
  /** Told about unexpected failures (logged by the host; never sent to the branch). */
  onError(error: unknown): void;
}

/** The JSON every intake answer carries. */
export interface IntakeAnswer {
  outcome:
    | 'stored'
    | 'already_stored'
    | 'conflict'
    | 'bad_request'
    | 'invalid'
    | 'unknown_version'
    | 'unauthorised'
    | 'forbidden'
    | 'too_large'
    | 'rate_limited'
    | 'unavailable';
  message: string;
  summaryId?: string;
  receivedAt?: string;
  issues?: SummaryIssue[];
}

const RETRY_UNAVAILABLE_S = 5;

/** `POST /v1/summaries` (council-sync.md, "The wire"). */
export function createIntakeHandler(deps: IntakeDeps): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  let inFlight = 0;
  return async (req, res) => {
    const answer = (status: number, body: IntakeAnswer, headers: Record<string, string> = {}) =>
      sendJson(res, status, body, headers);
    if (inFlight >= deps.limits.maxInFlight) {
      answer(
        503,
        { outcome: 'unavailable', message: 'The council is busy; try again shortly' },
        { 'Retry-After': String(RETRY_UNAVAILABLE_S) },
      );
      req.resume();
      return;
    }
    inFlight += 1;
    try {
      await intake(req, answer, deps);
    } catch (error) {
      deps.onError(error);
      answer(
        503,
        { outcome: 'unavailable', message: 'The council could not store this now; nothing was stored' },
        { 'Retry-After': String(RETRY_UNAVAILABLE_S) },
      );
    } finally {
      inFlight -= 1;
    }
  };
}

async function intake(
  req: IncomingMessage,
  answer: (status: number, body: IntakeAnswer, headers?: Record<string, string>) => void,
  deps: IntakeDeps,
): Promise<void> {
  // Who is asking comes first, so a stranger cannot make the council read a large body.
  const token = bearerToken(req.headers.authorization);
  const who = await checkToken(deps.store.db, deps.clock, token);
  if (!who.ok) {
    req.resume();
    answer(
      who.status,
      { outcome: who.status === 401 ? 'unauthorised' : 'forbidden', message: who.message },
      {
        ...(who.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="council"' } : {}),
      },
    );
    return;
  }
  const wait = deps.limiter.take(who.tokenId, deps.clock.now().getTime());
  if (wait !== null) {
    req.resume();
    answer(
      429,
      { outcome: 'rate_limited', message: `Too many summaries at once; try again in ${wait} s` },
      {
        'Retry-After': String(wait),
      },
    );
    return;
  }
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (contentType !== 'application/json') {
    req.resume();
    answer(400, { outcome: 'bad_request', message: 'Send the summary as Content-Type: application/json' });
    return;
  }
  const key = headerText(req.headers['idempotency-key']);
  if (!key) {
    req.resume();
    answer(400, { outcome: 'bad_request', message: 'Send the summary id as the Idempotency-Key header' });
    return;
  }
  const read = await readBody(req, deps.limits.maxBodyBytes);
  if (!read.ok) {
    answer(
      read.reason === 'too_large' ? 413 : 400,
      read.reason === 'too_large'
        ? { outcome: 'too_large', message: `A summary may be at most ${deps.limits.maxBodyBytes} bytes` }
        : { outcome: 'bad_request', message: 'The request ended before its body did' },
      { Connection: 'close' },
    );
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(read.body.toString('utf8'));
  } catch {
    answer(400, { outcome: 'bad_request', message: 'The body is not valid JSON' });
    return;
  }
  const check = checkSummary(parsed);
  if (!check.ok) {
    const unknown = check.reason === 'unknown_version';
    answer(422, {
      outcome: unknown ? 'unknown_version' : 'invalid',
      message: unknown ? 'The council does not know this summary version' : 'The summary is not valid',
      issues: check.issues,
    });
    return;
  }
  const summary = check.summary;
  if (summary.summaryId !== key) {
    answer(400, {
      outcome: 'bad_request',
      message: 'The Idempotency-Key must be the summary id',
      summaryId: summary.summaryId,
    });
    return;
  }
  if (summary.branch.branchId !== who.branchId) {
    answer(403, {
      outcome: 'forbidden',
      message: `This token is for branch ${who.branchId}, not ${summary.branch.branchId}`,
      summaryId: summary.summaryId,
    });
    return;
  }
  const now = deps.clock.now();
  const timing = clockIssues(summary, now);
  if (timing.length > 0) {
    answer(422, {
      outcome: 'invalid',
      message: 'The branch clock looks wrong',
      issues: timing,
      summaryId: summary.summaryId,
    });
    return;
  }
  const stored = await storeSummary(deps.store.db, summary, now);
  const base = { summaryId: summary.summaryId, receivedAt: stored.receivedAt };
  if (stored.kind === 'stored') answer(201, { outcome: 'stored', message: 'Stored', ...base });
  else if (stored.kind === 'already_stored')
    answer(200, { outcome: 'already_stored', message: 'Already stored with this body', ...base });
  else
    answer(409, {
      outcome: 'conflict',
      message: 'A different summary was already stored with this id; build a new summary rather than resend',
      ...base,
    });
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]{10,200})\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

function headerText(value: string | string[] | undefined): string | null {
  const text = Array.isArray(value) ? value[0] : value;
  return text && text.trim() ? text.trim() : null;
}
