import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditEntry, AuditOutcome, AuditQuery, AuditVerification } from '@shared/domain/audit/audit';
import type { Database } from '@main/db/schema';
import type { BackendDeps } from '@main/rpc/context';

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

const GENESIS = '0'.repeat(64);

function entryHash(prevHash: string, at: string, input: Required<AuditInput>): string {
  const body = JSON.stringify([
    at,
    input.actor,
    input.action,
    input.entity,
    input.entityId,
    input.outcome,
    input.detail,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/**
 * Append one entry, chained to the previous one. Call it with the transaction that made the change,
 * so the record and its audit entry commit together or not at all.
 */
export async function appendAudit(db: Kysely<Database>, at: Date, input: AuditInput): Promise<number> {
  const full: Required<AuditInput> = {
    actor: input.actor,
    action: input.action,
    entity: input.entity ?? null,
    entityId: input.entityId ?? null,
    outcome: input.outcome,
    detail: input.detail ?? null,
  };
  const last = await db.selectFrom('audit_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS;
  const atIso = at.toISOString();
  const hash = entryHash(prevHash, atIso, full);
  const result = await db
    .insertInto('audit_log')
    .values({
      at: atIso,
      actor: full.actor,
      action: full.action,
      entity: full.entity,
      entity_id: full.entityId,
      outcome: full.outcome,
      detail: full.detail,
      prev_hash: prevHash,
      hash,
    })
    .executeTakeFirstOrThrow();
  return Number(result.insertId);
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

/** Recompute every hash from the start; the first entry whose stored hash or link disagrees is reported. */
export async function verifyAudit({ db }: Pick<BackendDeps, 'db'>): Promise<AuditVerification> {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq', 'asc').execute();
  let prev = GENESIS;
  for (const row of rows) {
    const expected = entryHash(prev, row.at, {
      actor: row.actor,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      outcome: row.outcome,
      detail: row.detail,
    });
    if (row.prev_hash !== prev || row.hash !== expected)
      return { ok: false, entries: rows.length, firstBrokenSeq: row.seq };
    prev = row.hash;
  }
  return { ok: true, entries: rows.length, firstBrokenSeq: null };
}
