import { sql, type Kysely } from 'kysely';

// Frozen once landed: the outbox of summaries for the council (council-sync.md). Enqueueing is one local insert; the
// sender moves an item waiting → sending → sent, or back to waiting with a later next attempt, or to parked with the
// council's reason. Nothing is ever deleted: a sent summary stays, so the manager can open what was sent.
// The council's address is a branch setting (setting table); the branch token is never in this store.
const STATEMENTS = [
  `CREATE TABLE sync_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    summary_id TEXT NOT NULL UNIQUE CHECK (length(summary_id) = 36),
    period_kind TEXT NOT NULL CHECK (period_kind IN ('week', 'month')),
    period_start TEXT NOT NULL CHECK (period_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    body_json TEXT NOT NULL CHECK (json_valid(body_json)),
    state TEXT NOT NULL CHECK (state IN ('waiting', 'sending', 'sent', 'parked')),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TEXT,
    last_status INTEGER CHECK (last_status IS NULL OR last_status BETWEEN 100 AND 599),
    last_error TEXT CHECK (last_error IS NULL OR length(last_error) <= 2000),
    enqueued_at TEXT NOT NULL,
    sent_at TEXT,
    council_received_at TEXT,
    CHECK (state <> 'sent' OR sent_at IS NOT NULL),
    CHECK (state <> 'parked' OR last_error IS NOT NULL)
) STRICT`,
  `CREATE INDEX sync_outbox_pending ON sync_outbox (state, seq)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
