import type { Kysely } from 'kysely';
import type { AuditEntry, AuditOutcome, AuditQuery } from '@shared/domain/audit/audit';
import type { Database } from '@main/db/schema';
import type { BackendDeps } from '@main/rpc/context';
import type { SecretKeys } from '@main/platform/secret-keys';
import { auditKey, GENESIS, keyFingerprint, sealedHash } from './audit-seal';

/** What a caller says about an audited event; time and chain are added here. */
export interface AuditInput {
  actor: string;
  action: string;
  entity?: string | null;
  entityId?: string | null;
  outcome: AuditOutcome;
  /** Short, never a password, token or sensitive value. */
  detail?: string | null;
}

/**
 * Append one entry, sealed with the audit key and chained to the previous one. Call it with the transaction that made
 * the change, so the record and its audit entry commit together or not at all; called outside one, it opens its own,
 * so two entries written at once never claim the same place in the chain.
 */
export async function appendAudit(
  db: Kysely<Database>,
  keys: SecretKeys,
  at: Date,
  input: AuditInput,
): Promise<number> {
  return appendAuditEntries(db, keys, at, [input]);
}

/** Append several entries in order (one per record a bulk change touched); answers the last one's number. */
export async function appendAuditEntries(
  db: Kysely<Database>,
  keys: SecretKeys,
  at: Date,
  inputs: readonly AuditInput[],
): Promise<number> {
  if (!db.isTransaction) return db.transaction().execute((trx) => appendAuditEntries(trx, keys, at, inputs));
  const key = auditKey(keys);
  const atIso = at.toISOString();
  const last = await db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS;
  // A store opened without the backend's start-up (which seals first) is sealed by its first entry.
  const seal = await db.selectFrom('audit_seal').select('id').executeTakeFirst();
  if (!seal) {
    await db
      .insertInto('audit_seal')
      .values({ id: 1, sealed_from_seq: seq + 1, key_id: keyFingerprint(key), sealed_at: atIso })
      .execute();
  }
  const rows = inputs.map((input) => {
    const fields = {
      at: atIso,
      actor: input.actor,
      action: input.action,
      entity: input.entity ?? null,
      entityId: input.entityId ?? null,
      outcome: input.outcome,
      detail: input.detail ?? null,
    };
    seq += 1;
    const hash = sealedHash(key, prevHash, seq, fields);
    const row = {
      seq,
      at: fields.at,
      actor: fields.actor,
      action: fields.action,
      entity: fields.entity,
      entity_id: fields.entityId,
      outcome: fields.outcome,
      detail: fields.detail,
      prev_hash: prevHash,
      hash,
    };
    prevHash = hash;
    return row;
  });
  // Multi-row inserts in chunks (SQLite allows 32,766 parameters; an entry has 10).
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('audit_log')
      .values(rows.slice(i, i + 500))
      .execute();
  return seq;
}

/** Entries newest first, filtered. */
export async function listAudit({ db }: Pick<BackendDeps, 'db'>, query: Required<AuditQuery>): Promise<AuditEntry[]> {
  let q = db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(query.limit);
  if (query.action) q = q.where('action', 'like', `%${query.action.replace(/[%_]/g, '')}%`);
  if (query.outcome) q = q.where('outcome', '=', query.outcome);
  if (query.beforeSeq !== null) q = q.where('seq', '<', query.beforeSeq);
  const rows = await q.execute();
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    outcome: row.outcome,
    detail: row.detail,
    hash: row.hash,
  }));
}
