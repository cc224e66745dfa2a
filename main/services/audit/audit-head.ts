import type { Kysely } from 'kysely';
import type { Database } from '@main/db/schema';
import type { SecretKeys } from '@main/platform/secret-keys';
import { auditKey, chainedFieldsOf, keyFingerprint, sealedHash } from './audit-seal';

/** The log's head as handed out for keeping outside the branch. */
export interface CurrentAuditHead {
  seq: number;
  /** The entry's keyed hash. */
  hash: string;
  /** When the entry was written (ISO, UTC). */
  at: string;
  /** Whether the entry is sealed with this computer's audit key (false: do not hand it out as a good anchor). */
  sealed: boolean;
}

/**
 * The current head of the audit log (its last entry's number and keyed hash), for backups to print and council
 * summaries to carry: kept outside the branch, it later proves the log still holds that entry unchanged. Null for an
 * empty log. Cheap (one entry is checked, not the whole chain).
 */
export async function auditHead(db: Kysely<Database>, keys: SecretKeys): Promise<CurrentAuditHead | null> {
  const row = await db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst();
  if (!row) return null;
  const seal = await db.selectFrom('audit_seal').select(['sealed_from_seq', 'key_id']).executeTakeFirst();
  const key = auditKey(keys);
  const sealed =
    seal !== undefined &&
    row.seq >= seal.sealed_from_seq &&
    seal.key_id === keyFingerprint(key) &&
    row.hash === sealedHash(key, row.prev_hash, row.seq, chainedFieldsOf(row));
  return { seq: row.seq, hash: row.hash, at: row.at, sealed };
}
