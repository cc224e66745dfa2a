import type { FigureColumns } from '@council/intake/figures';

// The council's store, the same tables in SQLite and PostgreSQL. Times are ISO 8601 UTC text in both, so the one
// code path compares and sorts them the same way.

/** A branch's bearer token: only its SHA-256 is kept; the token itself is shown once when made. */
export interface BranchTokenTable {
  id: string;
  branch_id: string;
  token_hash: string;
  label: string | null;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

/**
 * One summary as received, stored once by its id: the exact body (canonical JSON) with its hash, the envelope's
 * fields for finding it. The figures the borough view charts sit beside them as columns (intake/figures.ts), null
 * where not sent as a number, so trends over years of periods are one aggregate query, not thousands of parses.
 */
export interface SummaryTable {
  summary_id: string;
  schema_version: number;
  branch_id: string;
  provider_id: string;
  provider_name: string;
  branch_name: string;
  neighbourhood: string;
  period_kind: 'week' | 'month';
  period_start: string;
  period_end: string;
  generated_at: string;
  received_at: string;
  app_version: string;
  audit_head: string;
  body_hash: string;
  body_json: string;
}

/** A commissioner's account. */
export interface AccountTable {
  id: string;
  username: string;
  display_name: string;
  role: 'reader' | 'admin';
  password_hash: string;
  must_change_password: number;
  failed_attempts: number;
  locked_until: string | null;
  disabled_at: string | null;
  created_at: string;
}

/** A signed-in session: only the token's hash is kept. */
export interface SessionTable {
  token_hash: string;
  account_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
}

/** The council's tables. */
export interface CouncilDatabase {
  branch_token: BranchTokenTable;
  summary: SummaryTable & FigureColumns;
  account: AccountTable;
  session: SessionTable;
}
