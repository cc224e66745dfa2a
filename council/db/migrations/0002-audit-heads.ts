import type { Kysely } from 'kysely';

// Frozen once landed. Every summary row already keeps the audit head it came with (stored once, never changed), so
// the council holds each head a branch has sent. A branch now asks for all of them (GET /v1/audit-heads) as well as
// the latest (GET /v1/audit-head): both read one branch's summaries in the order they were built, which this index
// serves without a sort however many branches and years the store holds. IF NOT EXISTS, as in 0001.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('summary_branch_built')
    .ifNotExists()
    .on('summary')
    .columns(['branch_id', 'generated_at', 'received_at'])
    .execute();
}
