import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { HISTORY_LOCK_TABLE, HISTORY_TABLE, byName, pendingMigrations, readHistory } from './migration-history';
import { StoreOpenError, upgradeFailed } from './store-open-error';

/** One frozen migration (main/db/migrations): its statements, applied by `migrateToLatest` in one transaction. */
export interface FrozenMigration {
  up(db: Kysely<unknown>): Promise<void>;
  /**
   * True for a migration that rebuilds a table (SQLite's 12-step ALTER; see migrations/index.ts): the runner turns
   * foreign keys off around its transaction, since the pragma does nothing inside one, and refuses to commit unless
   * `foreign_key_check` finds every reference intact.
   */
  readonly rebuildsTables?: boolean;
}

/** Migrations by name, in name order. */
export type MigrationList = Readonly<Record<string, FrozenMigration>>;

/** A list whose names are not in strictly increasing order is a programming error: the history relies on it. */
export function assertNamesSorted(list: MigrationList): void {
  const names = Object.keys(list);
  for (let i = 1; i < names.length; i += 1) {
    if (byName(names[i - 1]!, names[i]!) >= 0)
      throw new Error(`Migrations must be listed in name order: ${names[i]} comes after ${names[i - 1]}`);
  }
}

/**
 * Apply every pending migration, each with its history row in one transaction (BEGIN IMMEDIATE … COMMIT), so a
 * kill or a failure at any moment leaves the store at the version before that migration or after it. Kysely's own
 * Migrator cannot promise this: its SQLite adapter runs each statement on its own. Returns the names applied.
 */
export async function migrateToLatest(
  raw: BetterSqlite3.Database,
  list: MigrationList,
  options: { path: string; now: () => Date },
): Promise<string[]> {
  assertNamesSorted(list);
  const known = Object.keys(list);
  const applied: string[] = [];
  const db = migrationKysely(raw);
  try {
    await applyPending(raw, db, list, known, applied, options);
  } finally {
    await db.destroy();
  }
  return applied;
}

/** A Kysely for migrations on the store's own connection (so they run inside the runner's transaction). */
export function migrationKysely(raw: BetterSqlite3.Database): Kysely<unknown> {
  // Destroying this Kysely must not close the connection, which belongs to the caller.
  const database = { prepare: (sql: string) => raw.prepare(sql), close: () => undefined };
  return new Kysely<unknown>({ dialect: new SqliteDialect({ database }) });
}

async function applyPending(
  raw: BetterSqlite3.Database,
  db: Kysely<unknown>,
  list: MigrationList,
  known: readonly string[],
  applied: string[],
  options: { path: string; now: () => Date },
): Promise<void> {
  for (;;) {
    // Foreign keys can only be switched outside a transaction, so choose the next migration first, then check inside
    // the transaction that it is still the next one (another process may have upgraded the store in between).
    const planned = pendingMigrations(readHistory(raw) ?? [], known, options.path)[0];
    if (planned === undefined) return;
    const migration = list[planned]!;
    const foreignKeysWere = raw.pragma('foreign_keys', { simple: true }) === 1;
    if (migration.rebuildsTables) raw.pragma('foreign_keys = OFF');
    try {
      begin(raw, options.path);
      try {
        if (pendingMigrations(readHistory(raw) ?? [], known, options.path)[0] !== planned) {
          raw.exec('ROLLBACK');
          continue;
        }
        createHistoryTables(raw);
        await migration.up(db);
        if (migration.rebuildsTables) assertReferencesIntact(raw);
        recordApplied(raw, planned, options.now());
        raw.exec('COMMIT');
        applied.push(planned);
      } catch (error) {
        // Some errors (a full disk, an I/O error) end the transaction themselves.
        if (raw.inTransaction) raw.exec('ROLLBACK');
        throw error instanceof StoreOpenError ? error : upgradeFailed(options.path, planned, error);
      }
    } finally {
      raw.pragma(`foreign_keys = ${foreignKeysWere ? 'ON' : 'OFF'}`);
    }
  }
}

// IMMEDIATE takes the write lock at once, so two processes upgrading the same store take turns instead of failing
// halfway through; busy_timeout bounds the wait.
function begin(raw: BetterSqlite3.Database, path: string): void {
  try {
    raw.exec('BEGIN IMMEDIATE');
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
    throw new StoreOpenError(
      'busy',
      `The store at ${path} is being changed by another program (perhaps Neighbourhood Hub is already open); ` +
        'close it and try again.',
    );
  }
}

// Written exactly as Kysely's Migrator wrote them, inside the first migration's transaction, so that a kill before
// that commits leaves an empty store rather than a history without a schema.
function createHistoryTables(raw: BetterSqlite3.Database): void {
  raw.exec(
    `CREATE TABLE IF NOT EXISTS "${HISTORY_TABLE}" ("name" varchar(255) not null primary key, ` +
      '"timestamp" varchar(255) not null)',
  );
  raw.exec(
    `CREATE TABLE IF NOT EXISTS "${HISTORY_LOCK_TABLE}" ("id" varchar(255) not null primary key, ` +
      '"is_locked" integer default 0 not null)',
  );
  raw.exec(`INSERT OR IGNORE INTO "${HISTORY_LOCK_TABLE}" ("id", "is_locked") VALUES ('migration_lock', 0)`);
}

// Kysely's Migrator orders a history by timestamp before it checks it, so each new row must come after the last even
// when the clock has gone back; an older release opening this store then reads the same order.
function recordApplied(raw: BetterSqlite3.Database, name: string, now: Date): void {
  const { last } = raw.prepare(`SELECT max("timestamp") AS last FROM "${HISTORY_TABLE}"`).get() as {
    last: string | null;
  };
  const after = last === null ? Number.NEGATIVE_INFINITY : new Date(last).getTime() + 1;
  const at = new Date(Math.max(now.getTime(), Number.isNaN(after) ? 0 : after));
  raw.prepare(`INSERT INTO "${HISTORY_TABLE}" ("name", "timestamp") VALUES (?, ?)`).run(name, at.toISOString());
}

function assertReferencesIntact(raw: BetterSqlite3.Database): void {
  const broken = raw.pragma('foreign_key_check') as { table: string; parent: string }[];
  if (broken.length === 0) return;
  const first = broken[0]!;
  throw new Error(`${broken.length} rows would point at missing records (first: ${first.table} → ${first.parent})`);
}
