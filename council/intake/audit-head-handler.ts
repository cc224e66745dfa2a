import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CouncilClock } from '@council/clock';
import type { CouncilStore } from '@council/db/open-council-store';
import { checkToken } from '@council/tokens/token-service';
import { sendJson } from '@council/web/http';
import { bearerToken } from './intake-handler';

// `GET /v1/audit-head` and `GET /v1/audit-heads` (council-sync.md, security.md): a branch asks which heads of its own
// audit log the council keeps (the latest, or every one, each with the summary it came with), so the branch can show
// its manager whether its log still holds those entries unchanged. The branch authenticates with the token it sends
// summaries with and learns only about itself.

/** What the audit-head answer carries. */
export interface AuditHeadAnswer {
  outcome: 'held' | 'none' | 'unauthorised' | 'forbidden';
  message: string;
  /** The keyed hash of the branch's latest audit entry when it built the summary (held only). */
  auditHead?: string;
  summaryId?: string;
  /** When the branch built that summary, and when the council received it (held only). */
  generatedAt?: string;
  receivedAt?: string;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
type Deps = { store: CouncilStore; clock: CouncilClock };
type Answer = (status: number, body: AuditHeadAnswer | AuditHeadsAnswer, headers?: Record<string, string>) => void;

/** Answer a branch that has a live token with `answerBranch`; anyone else gets 401 or 403. */
function forTheBranch(deps: Deps, answerBranch: (branchId: string, answer: Answer) => Promise<void>): Handler {
  return async (req, res) => {
    req.resume();
    const answer: Answer = (status, body, headers = {}) => sendJson(res, status, body, headers);
    const who = await checkToken(deps.store.db, deps.clock, bearerToken(req.headers.authorization));
    if (!who.ok) {
      answer(
        who.status,
        { outcome: who.status === 401 ? 'unauthorised' : 'forbidden', message: who.message },
        who.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="council"' } : {},
      );
      return;
    }
    await answerBranch(who.branchId, answer);
  };
}

const NONE_YET = { outcome: 'none', message: 'The council holds no summary from this branch yet' } as const;

/** The handler for `GET /v1/audit-head`: the head of the latest summary the branch built. */
export function createAuditHeadHandler(deps: Deps): Handler {
  return forTheBranch(deps, async (branchId, answer) => {
    const [latest] = await heldHeads(deps.store, branchId, 'latest');
    if (!latest) answer(404, NONE_YET);
    else answer(200, { outcome: 'held', message: 'The audit head of the latest summary this branch built', ...latest });
  });
}

/** One head the council keeps: the summary it came with, when that was built and when it arrived. */
export interface HeldHead {
  auditHead: string;
  summaryId: string;
  generatedAt: string;
  receivedAt: string;
}

/** What the every-head answer carries. */
export interface AuditHeadsAnswer {
  outcome: 'held';
  message: string;
  /** Every head the council keeps from this branch, one per summary, the earliest built first. */
  heads: HeldHead[];
}

/**
 * The handler for `GET /v1/audit-heads`: every head the branch has sent, one per summary stored, so the branch can
 * show that its log still holds each of them: a log rewritten and then summarised again still matches the latest
 * head, but no longer holds the heads sent before the rewrite.
 */
export function createAuditHeadsHandler(deps: Deps): Handler {
  return forTheBranch(deps, async (branchId, answer) => {
    const heads = await heldHeads(deps.store, branchId, 'all');
    if (heads.length === 0) answer(404, NONE_YET);
    else answer(200, { outcome: 'held', message: 'Every audit head this branch has sent, the earliest first', heads });
  });
}

/** The heads kept for a branch, from its stored summaries (each kept once, never changed): all, or the latest. */
async function heldHeads(store: CouncilStore, branchId: string, which: 'all' | 'latest'): Promise<HeldHead[]> {
  const direction = which === 'latest' ? 'desc' : 'asc';
  const query = store.db
    .selectFrom('summary')
    .select(['summary_id', 'audit_head', 'generated_at', 'received_at'])
    .where('branch_id', '=', branchId)
    .orderBy('generated_at', direction)
    .orderBy('received_at', direction)
    .orderBy('summary_id', direction);
  const rows = await (which === 'latest' ? query.limit(1) : query).execute();
  return rows.map((row) => ({
    auditHead: row.audit_head,
    summaryId: row.summary_id,
    generatedAt: row.generated_at,
    receivedAt: row.received_at,
  }));
}
