import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CouncilClock } from '@council/clock';
import type { CouncilStore } from '@council/db/open-council-store';
import { checkToken } from '@council/tokens/token-service';
import { sendJson } from '@council/web/http';
import { bearerToken } from './intake-handler';

// `GET /v1/audit-head` (council-sync.md, security.md): a branch asks which head of its own audit log the council
// keeps, from the latest summary it built, so the branch can show its manager whether its log still holds that entry
// unchanged. The branch authenticates with the token it sends summaries with and learns only about itself.

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

/** The handler for `GET /v1/audit-head`. */
export function createAuditHeadHandler(deps: {
  store: CouncilStore;
  clock: CouncilClock;
}): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    req.resume();
    const answer = (status: number, body: AuditHeadAnswer, headers: Record<string, string> = {}) =>
      sendJson(res, status, body, headers);
    const who = await checkToken(deps.store.db, deps.clock, bearerToken(req.headers.authorization));
    if (!who.ok) {
      answer(
        who.status,
        { outcome: who.status === 401 ? 'unauthorised' : 'forbidden', message: who.message },
        who.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="council"' } : {},
      );
      return;
    }
    const latest = await deps.store.db
      .selectFrom('summary')
      .select(['summary_id', 'audit_head', 'generated_at', 'received_at'])
      .where('branch_id', '=', who.branchId)
      .orderBy('generated_at', 'desc')
      .orderBy('received_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!latest) {
      answer(404, { outcome: 'none', message: 'The council holds no summary from this branch yet' });
      return;
    }
    answer(200, {
      outcome: 'held',
      message: 'The audit head of the latest summary this branch built',
      auditHead: latest.audit_head,
      summaryId: latest.summary_id,
      generatedAt: latest.generated_at,
      receivedAt: latest.received_at,
    });
  };
}
