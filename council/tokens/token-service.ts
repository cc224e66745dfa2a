import type { Kysely } from 'kysely';
import type { CouncilClock, CouncilIds } from '@council/clock';
import type { CouncilDatabase } from '@council/db/schema';
import { newSecret, secretHash } from '@council/secrets';

/** A branch id as the summary schema accepts it. */
export const BRANCH_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** A token's status as an admin sees it (never the token itself). */
export interface TokenStatus {
  id: string;
  branchId: string;
  label: string | null;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/** Who a presented token belongs to, or why it is refused. */
export type TokenCheck =
  { ok: true; tokenId: string; branchId: string } | { ok: false; status: 401 | 403; message: string };

/** Issue a token for a branch; the token is returned once and only its hash is stored. */
export async function createToken(
  db: Kysely<CouncilDatabase>,
  clock: CouncilClock,
  ids: CouncilIds,
  branchId: string,
  label: string | null,
): Promise<{ token: string; status: TokenStatus }> {
  if (!BRANCH_ID.test(branchId))
    throw new RangeError(`Branch id "${branchId}" must be 1 to 64 letters, digits, dots, dashes or underscores`);
  const token = newSecret('nhc');
  const row = {
    id: ids(),
    branch_id: branchId,
    token_hash: secretHash(token),
    label,
    created_at: clock.now().toISOString(),
    revoked_at: null,
    last_used_at: null,
  };
  await db.insertInto('branch_token').values(row).execute();
  return { token, status: statusOf(row) };
}

/** Revoke every live token of a branch; returns how many were revoked. */
export async function revokeTokens(
  db: Kysely<CouncilDatabase>,
  clock: CouncilClock,
  branchId: string,
): Promise<number> {
  const result = await db
    .updateTable('branch_token')
    .set({ revoked_at: clock.now().toISOString() })
    .where('branch_id', '=', branchId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Every token's status, optionally for one branch, newest first. */
export async function listTokens(db: Kysely<CouncilDatabase>, branchId?: string): Promise<TokenStatus[]> {
  let query = db.selectFrom('branch_token').selectAll().orderBy('branch_id').orderBy('created_at', 'desc');
  if (branchId) query = query.where('branch_id', '=', branchId);
  return (await query.execute()).map(statusOf);
}

/** Check a bearer token: unknown is 401, revoked is 403; a good one is marked as used. */
export async function checkToken(
  db: Kysely<CouncilDatabase>,
  clock: CouncilClock,
  token: string | null,
): Promise<TokenCheck> {
  if (!token) return { ok: false, status: 401, message: 'Send the branch token as "Authorization: Bearer <token>"' };
  const row = await db
    .selectFrom('branch_token')
    .select(['id', 'branch_id', 'revoked_at', 'last_used_at'])
    .where('token_hash', '=', secretHash(token))
    .executeTakeFirst();
  if (!row) return { ok: false, status: 401, message: 'This token is not one the council issued' };
  if (row.revoked_at)
    return { ok: false, status: 403, message: 'This token was revoked by the council; ask the council for a new one' };
  // Marking use at most once a minute keeps a burst of summaries from writing the token row each time.
  const now = clock.now();
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > 60_000)
    await db.updateTable('branch_token').set({ last_used_at: now.toISOString() }).where('id', '=', row.id).execute();
  return { ok: true, tokenId: row.id, branchId: row.branch_id };
}

function statusOf(row: CouncilDatabase['branch_token']): TokenStatus {
  return {
    id: row.id,
    branchId: row.branch_id,
    label: row.label,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  };
}
