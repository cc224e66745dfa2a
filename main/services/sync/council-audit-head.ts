import type { AuditVerification, CouncilHeadCheck } from '@shared/domain/audit/audit';
import type { BackendDeps } from '@main/rpc/context';
import type { Fetch } from './council-client';
import { auditHeadsUrl, checkCouncilUrl } from './council-url';
import { readCouncilUrl } from './sync-settings';

// The audit log against the heads the council keeps (security.md: "sent with every council summary, where the council
// keeps it"). A log rewritten after a summary went, even by someone holding this computer's audit key and witness,
// no longer holds the entry that summary's head names: only the council's copy, outside the branch, can show that.
// Every head is checked, not only the latest: a log rewritten and then summarised again matches its latest head, but
// no longer holds the heads sent before the rewrite. Each head is also checked at its place: an entry's keyed hash
// seals its number and the hash before it, so the entry found by a head's hash is the one at that head's position,
// and the branch's own chain check walks every entry up to it. (The order the heads arrived in is not compared: a
// summary parked and sent again later arrives after summaries built after it.)

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

/** Ask the council which heads it keeps for this branch, and look for each entry in the log. Never throws. */
export async function checkCouncilHead(deps: CouncilHeadDeps): Promise<CouncilHeadCheck> {
  const held = await fetchHeldHeads(deps);
  if ('message' in held)
    return { state: 'unavailable', seq: null, builtAt: null, message: held.message, headsHeld: null };
  const heads = distinctHeads(held.heads);
  if (heads.length === 0) return { state: 'none_held', seq: null, builtAt: null, message: null, headsHeld: 0 };
  const found = await entriesByHash(
    deps,
    heads.map((head) => head.hash),
  );
  const missing = heads.find((head) => !found.has(head.hash));
  if (missing)
    return { state: 'mismatch', seq: null, builtAt: missing.builtAt, message: null, headsHeld: heads.length };
  const latest = heads[heads.length - 1]!;
  return {
    state: 'matches',
    seq: found.get(latest.hash) ?? null,
    builtAt: latest.builtAt,
    message: null,
    headsHeld: heads.length,
  };
}

/** A head the council keeps and when the branch built the summary that carried it. */
interface HeldHead {
  hash: string;
  builtAt: string;
}

/** Each head once, at the first summary that carried it, the earliest built first (the latest last). */
function distinctHeads(heads: readonly HeldHead[]): HeldHead[] {
  const byBuild = [...heads].sort((a, b) => (a.builtAt < b.builtAt ? -1 : a.builtAt > b.builtAt ? 1 : 0));
  const seen = new Set<string>();
  return byBuild.filter((head) => !seen.has(head.hash) && seen.add(head.hash));
}

// SQLite takes up to 32,766 parameters; years of weekly and monthly summaries are a few hundred heads.
const LOOKUP_CHUNK = 500;

/** The log's entry number for each of these hashes it holds. */
async function entriesByHash(deps: CouncilHeadDeps, hashes: readonly string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (let i = 0; i < hashes.length; i += LOOKUP_CHUNK) {
    const rows = await deps.db
      .selectFrom('audit_log')
      .select(['seq', 'hash'])
      .where('hash', 'in', hashes.slice(i, i + LOOKUP_CHUNK))
      .execute();
    for (const row of rows) found.set(row.hash, row.seq);
  }
  return found;
}

type Held = { heads: HeldHead[] } | { message: string };

async function fetchHeldHeads(deps: CouncilHeadDeps): Promise<Held> {
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
    response = await fetchFn(auditHeadsUrl(url.url), {
      method: 'GET',
      headers: { Authorization: `Bearer ${token}` },
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return { message: 'The council could not be reached; try again when this computer is online.' };
  }
  const body = (await response.json().catch(() => ({}))) as { outcome?: unknown; heads?: unknown };
  if (response.status === 404 && body.outcome === 'none') return { heads: [] };
  if (response.status === 401 || response.status === 403)
    return { message: 'The council did not accept the branch token. Check it under Council sync.' };
  if (response.status === 404)
    return {
      message: 'The council’s service does not list the audit heads it keeps yet; ask the council to update it.',
    };
  const heads = response.status === 200 ? heldHeadsIn(body.heads) : null;
  if (heads === null) return { message: `The council’s answer could not be read (${response.status}).` };
  return { heads };
}

/** The heads in the council's answer, or null when it is not a list of them. */
function heldHeadsIn(value: unknown): HeldHead[] | null {
  if (!Array.isArray(value)) return null;
  const heads: HeldHead[] = [];
  for (const item of value as { auditHead?: unknown; generatedAt?: unknown }[]) {
    if (typeof item?.auditHead !== 'string' || typeof item.generatedAt !== 'string') return null;
    heads.push({ hash: item.auditHead, builtAt: item.generatedAt });
  }
  return heads;
}
