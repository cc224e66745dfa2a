import type { Insertable, Kysely } from 'kysely';
import type { Summary } from '@shared/domain/sync/summary';
import type { CouncilDatabase } from '@council/db/schema';
import { bodyHash, canonicalJson } from './canonical-json';
import { figuresOf } from './figures';

/** What storing a summary did. */
export type StoreOutcome =
  | { kind: 'stored'; receivedAt: string }
  | { kind: 'already_stored'; receivedAt: string }
  | { kind: 'conflict'; receivedAt: string };

/** A summary as stored. */
export type SummaryRow = Insertable<CouncilDatabase['summary']> & { received_at: string; body_hash: string };

/**
 * Store a validated summary once. One INSERT … ON CONFLICT DO NOTHING decides, in SQLite and PostgreSQL alike, so
 * two copies arriving at once cannot both be stored and a crash cannot leave half a summary: the row is all or
 * nothing. A second arrival compares body hashes: the same body is a safe retry, a different one a conflict.
 */
export async function storeSummary(
  db: Kysely<CouncilDatabase>,
  summary: Summary,
  receivedAt: Date,
): Promise<StoreOutcome> {
  const row = summaryRow(summary, receivedAt);
  const result = await db
    .insertInto('summary')
    .values(row)
    .onConflict((oc) => oc.column('summary_id').doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) === 1) return { kind: 'stored', receivedAt: row.received_at };
  const existing = await db
    .selectFrom('summary')
    .select(['body_hash', 'branch_id', 'received_at'])
    .where('summary_id', '=', summary.summaryId)
    .executeTakeFirstOrThrow();
  const same = existing.body_hash === row.body_hash && existing.branch_id === summary.branch.branchId;
  return { kind: same ? 'already_stored' : 'conflict', receivedAt: existing.received_at };
}

/** The row a summary is stored as: the envelope's fields, the canonical body and its hash, the chartable figures. */
export function summaryRow(summary: Summary, receivedAt: Date): SummaryRow {
  const body = canonicalJson(summary);
  return {
    summary_id: summary.summaryId,
    schema_version: summary.schemaVersion,
    branch_id: summary.branch.branchId,
    provider_id: summary.branch.providerId,
    provider_name: summary.branch.providerName,
    branch_name: summary.branch.branchName,
    neighbourhood: summary.branch.neighbourhood,
    period_kind: summary.period.kind,
    period_start: summary.period.start,
    period_end: summary.period.end,
    generated_at: summary.generatedAt,
    received_at: receivedAt.toISOString(),
    app_version: summary.appVersion,
    audit_head: summary.auditHead,
    body_hash: bodyHash(body),
    body_json: body,
    ...figuresOf(summary),
  };
}
