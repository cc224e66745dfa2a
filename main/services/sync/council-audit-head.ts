import type { AuditVerification, CouncilHeadCheck } from '@shared/domain/audit/audit';
import type { BackendDeps } from '@main/rpc/context';
import type { Fetch } from './council-client';
import { auditHeadUrl, checkCouncilUrl } from './council-url';
import { readCouncilUrl } from './sync-settings';

// The audit log against the head the council keeps (security.md: "sent with every council summary, where the council
// keeps it"). A log rewritten after a summary went, even by someone holding this computer's audit key and witness,
// no longer holds the entry that head names: only the council's copy, outside the branch, can show that.

const TIMEOUT_MS = 15_000;

/** What the check needs: the store, the council's address and token, and the way out to the network. */
export type CouncilHeadDeps = Pick<BackendDeps, 'db'> & { council: Pick<BackendDeps['council'], 'tokens' | 'fetch'> };

/** A verification with the council's head checked too: a head the log does not hold makes the log not in order. */
export async function withCouncilHead(
  deps: CouncilHeadDeps,
  verification: AuditVerification,
): Promise<AuditVerification> {
  const council = await checkCouncilHead(deps);
  if (council.state !== 'mismatch') return { ...verification, council };
  return {
    ...verification,
    council,
    ...(verification.ok ? { ok: false, problem: 'council_mismatch', firstBrokenSeq: null } : {}),
  };
}

/** Ask the council which head it keeps for this branch, and look for that entry in the log. Never throws. */
export async function checkCouncilHead(deps: CouncilHeadDeps): Promise<CouncilHeadCheck> {
  const held = await fetchHeldHead(deps);
  if ('message' in held) return { state: 'unavailable', seq: null, builtAt: null, message: held.message };
  if (held.hash === null) return { state: 'none_held', seq: null, builtAt: null, message: null };
  const entry = await deps.db.selectFrom('audit_log').select('seq').where('hash', '=', held.hash).executeTakeFirst();
  return { state: entry ? 'matches' : 'mismatch', seq: entry?.seq ?? null, builtAt: held.builtAt, message: null };
}

type Held = { hash: string; builtAt: string } | { hash: null } | { message: string };

async function fetchHeldHead(deps: CouncilHeadDeps): Promise<Held> {
  const address = await readCouncilUrl(deps.db);
  if (address === null) return { message: 'Set the council’s address and the branch token under Council sync.' };
  const url = checkCouncilUrl(address);
  if (!url.ok) return { message: url.message };
  let token: string | null;
  try {
    token = await deps.council.tokens.read();
  } catch (error) {
    return { message: (error as Error).message };
  }
  if (!token) return { message: 'Set the branch token the council gave you under Council sync.' };
  const fetchFn: Fetch = deps.council.fetch;
  let response: Response;
  try {
    response = await fetchFn(auditHeadUrl(url.url), {
      method: 'GET',
      headers: { Authorization: `Bearer ${token}` },
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return { message: 'The council could not be reached; try again when this computer is online.' };
  }
  const body = (await response.json().catch(() => ({}))) as { auditHead?: unknown; generatedAt?: unknown };
  if (response.status === 404 && !('auditHead' in body)) return { hash: null };
  if (response.status === 401 || response.status === 403)
    return { message: 'The council did not accept the branch token. Check it under Council sync.' };
  if (response.status !== 200 || typeof body.auditHead !== 'string' || typeof body.generatedAt !== 'string')
    return { message: `The council’s answer could not be read (${response.status}).` };
  return { hash: body.auditHead, builtAt: body.generatedAt };
}
