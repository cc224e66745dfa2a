import { retryAfterMs } from './backoff';

/** What one attempt to send a summary came to. */
export type SendOutcome =
  | { kind: 'stored'; status: number; receivedAt: string | null; councilDate: Date | null }
  | { kind: 'retry'; status: number | null; message: string; retryAfterMs: number | null; councilDate: Date | null }
  | { kind: 'park'; status: number; message: string; councilDate: Date | null };

/** The one HTTP call the sender makes (global fetch by default; tests pass the same). */
export type Fetch = typeof fetch;

/** One attempt's request. */
export interface SendRequest {
  url: URL;
  token: string;
  summaryId: string;
  body: string;
  timeoutMs: number;
  now: Date;
}

/** POST one summary to the council and classify the answer (council-sync.md, "The wire"). Never throws. */
export async function sendSummary(fetchFn: Fetch, request: SendRequest): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetchFn(request.url, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${request.token}`,
        'Idempotency-Key': request.summaryId,
        'Content-Type': 'application/json',
      },
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(request.timeoutMs),
    });
  } catch (error) {
    return {
      kind: 'retry',
      status: null,
      message: networkMessage(error, request.timeoutMs),
      retryAfterMs: null,
      councilDate: null,
    };
  }
  const councilDate = dateOf(response.headers.get('date'));
  let answer: { outcome?: unknown; message?: unknown; summaryId?: unknown; receivedAt?: unknown; issues?: unknown } =
    {};
  try {
    answer = (await response.json()) as typeof answer;
  } catch {
    answer = {};
  }
  const status = response.status;
  const said = typeof answer.message === 'string' ? answer.message : null;
  if (status === 200 || status === 201) {
    // A stored answer must say so about this summary; anything else (a proxy's page) is not proof it was stored.
    const ok =
      (answer.outcome === 'stored' || answer.outcome === 'already_stored') && answer.summaryId === request.summaryId;
    if (ok)
      return {
        kind: 'stored',
        status,
        receivedAt: typeof answer.receivedAt === 'string' ? answer.receivedAt : null,
        councilDate,
      };
    return {
      kind: 'retry',
      status,
      message: 'The council’s answer could not be read; trying again',
      retryAfterMs: null,
      councilDate,
    };
  }
  if (status === 408 || status === 429 || status >= 500) {
    const wait = retryAfterMs(response.headers.get('retry-after'), request.now);
    const why = status === 429 ? 'asked the branch to slow down' : status === 408 ? 'timed out' : 'is not available';
    return {
      kind: 'retry',
      status,
      message: `The council ${why} (${status})${said ? `: ${said}` : ''}`,
      retryAfterMs: wait,
      councilDate,
    };
  }
  return { kind: 'park', status, message: parkMessage(status, said, answer.issues), councilDate };
}

function parkMessage(status: number, said: string | null, issues: unknown): string {
  const detail = said ? `: ${said}` : '';
  const listed = Array.isArray(issues)
    ? issues
        .map((i: { path?: unknown; message?: unknown }) =>
          Array.isArray(i.path) && i.path.length > 0 ? `${i.path.join('.')}: ${String(i.message)}` : String(i.message),
        )
        .join('; ')
    : '';
  switch (status) {
    case 401:
      return `The council did not accept the branch token${detail}. Check the token in the sync settings.`;
    case 403:
      return `The council refused this branch${detail}.`;
    case 409:
      return 'The council already holds a different summary with this id. Build the summary again to send it.';
    case 413:
      return `The council says this summary is too large${detail}.`;
    case 422:
      return `The council could not accept this summary${listed ? `: ${listed}` : detail}.`;
    case 404:
      return 'Nothing answers at the council’s address. Check the address in the sync settings.';
    case 400:
      return `The council could not read this summary${detail}.`;
    default:
      return status >= 300 && status < 400
        ? 'The council’s address sends the branch elsewhere. Check the address in the sync settings.'
        : `The council answered ${status}${detail}.`;
  }
}

const TLS_CODES = /^(ERR_TLS|ERR_SSL|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|EPROTO|HOSTNAME_MISMATCH)/;

function networkMessage(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `The council did not answer within ${Math.round(timeoutMs / 1000)} seconds; trying again later`;
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  if (TLS_CODES.test(code) || /ssl|tls|certificate/i.test(String(cause?.message ?? '')))
    return `The council’s secure connection could not be checked (${code || 'TLS error'}); trying again later`;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return `The council could not be reached (${code}); trying again later`;
  return `The connection to the council failed (${code || 'network error'}); trying again later`;
}

function dateOf(header: string | null): Date | null {
  if (!header) return null;
  const ms = Date.parse(header);
  return Number.isFinite(ms) ? new Date(ms) : null;
}
