import { sql, type Kysely } from 'kysely';

// Sign-in throttling that holds under concurrency, temporary passwords that expire, one branch per store, and the
// point from which the audit chain is sealed with a key kept outside the store.
// - auth_attempt replaces sign_in_attempt: an attempt is written (as pending) before its password is checked, keyed by
//   account (or by a keyed hash of a name that matches no account, never the name itself) and by source.
// - account.temporary_password_issued_at: when the temporary password now in force was issued (null for a password
//   the person chose). Temporary passwords already out are dated from the account's creation: that errs on the side
//   of expiring them.
// - branch_single: a second branch row is refused, whatever raced to create it (a trigger rather than an index, so a
//   store that already holds two still opens).
// - audit_seal: one row, written by the first sealed entry: entries from sealed_from_seq on carry a keyed hash (HMAC
//   with the key outside the store, whose fingerprint is key_id); earlier ones keep their unkeyed chain.
// Frozen text: the statements this migration ran when it landed, written out in full (it imports no code lists),
// so the schema it makes can never drift with the code. The runner applies them in one transaction.
const STATEMENTS = [
  `CREATE TABLE auth_attempt (
    id INTEGER PRIMARY KEY,
    account_key TEXT NOT NULL CHECK (length(account_key) BETWEEN 1 AND 80),
    source TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 40),
    at TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('pending', 'failure', 'success'))
) STRICT`,
  `CREATE INDEX auth_attempt_account_at ON auth_attempt (account_key, at)`,
  `CREATE INDEX auth_attempt_source_at ON auth_attempt (source, at)`,
  `DROP TABLE sign_in_attempt`,
  `ALTER TABLE account ADD COLUMN temporary_password_issued_at TEXT`,
  `UPDATE account SET temporary_password_issued_at = created_at WHERE must_change_password = 1`,
  `CREATE TRIGGER branch_single BEFORE INSERT ON branch WHEN (SELECT count(*) FROM branch) > 0 BEGIN
    SELECT RAISE(ABORT, 'this store already has a branch'); END`,
  `CREATE TABLE audit_seal (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    sealed_from_seq INTEGER NOT NULL CHECK (sealed_from_seq >= 1),
    key_id TEXT NOT NULL CHECK (length(key_id) = 16),
    sealed_at TEXT NOT NULL
) STRICT`,
  `CREATE TRIGGER audit_seal_no_update BEFORE UPDATE ON audit_seal BEGIN SELECT RAISE(ABORT,
    'the audit seal is written once'); END`,
  `CREATE TRIGGER audit_seal_no_delete BEFORE DELETE ON audit_seal BEGIN SELECT RAISE(ABORT,
    'the audit seal is written once'); END`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
