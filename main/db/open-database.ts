import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { Migrator, type MigrationProvider } from 'kysely/migration';
import { migrations } from './migrations';
import type { Database } from './schema';

/** An open store: Kysely for queries, the raw handle for pragmas, backup and benchmarks. */
export interface Store {
  db: Kysely<Database>;
  raw: BetterSqlite3.Database;
  close(): Promise<void>;
}

/** Raised when the store cannot be opened safely; the message is for the person at the desk. */
export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}

const staticProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};

/**
 * Open (creating if needed) the branch store: pragmas, migrate to latest, quick_check.
 * `:memory:` gives a fresh store for tests.
 */
export async function openDatabase(path: string, options: { image?: Buffer } = {}): Promise<Store> {
  // An image is a serialized store opened in memory: tests start from a prebuilt demo branch instead of rebuilding it.
  const raw = options.image ? new BetterSqlite3(options.image) : new BetterSqlite3(path);
  try {
    if (path !== ':memory:' && !options.image) raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
  } catch (error) {
    raw.close();
    throw new StoreOpenError(`The store at ${path} could not be opened: ${(error as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
  const close = async () => {
    await db.destroy();
  };
  try {
    await refuseNewerHistory(raw);
    const migrator = new Migrator({ db, provider: staticProvider });
    const { error, results } = await migrator.migrateToLatest();
    if (error) {
      const failed = results?.find((result) => result.status === 'Error');
      throw new StoreOpenError(
        `Migration ${failed?.migrationName ?? '(unknown)'} failed: ${String((error as Error).message ?? error)}`,
      );
    }
    const check = raw.pragma('quick_check', { simple: true });
    if (check !== 'ok')
      throw new StoreOpenError(`The store failed its integrity check (${String(check)}); restore a backup.`);
  } catch (error) {
    await close();
    throw error instanceof StoreOpenError ? error : new StoreOpenError((error as Error).message);
  }
  return { db, raw, close };
}

// A store written by a newer app would be silently misread by this one: refuse before touching it.
async function refuseNewerHistory(raw: BetterSqlite3.Database): Promise<void> {
  const table = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'").get();
  if (!table) return;
  const known = new Set(Object.keys(migrations));
  const applied = raw.prepare('SELECT name FROM kysely_migration').all() as { name: string }[];
  const unknown = applied.map((row) => row.name).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new StoreOpenError(
      `This store was written by a newer version of Neighbourhood Hub ` +
        `(migrations ${unknown.join(', ')}). Update the app to open it.`,
    );
  }
}

// Kysely prepares every query afresh, and preparing costs more than running most of ours. Statements are reusable and
// Kysely runs one query at a time on this single connection, so keep the most recent ones by their SQL text.
const STATEMENT_CACHE_SIZE = 1000;

function withStatementCache(raw: BetterSqlite3.Database): {
  prepare(sql: string): BetterSqlite3.Statement;
  close(): void;
} {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    prepare(sql: string) {
      const hit = cache.get(sql);
      if (hit) {
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const statement = raw.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      return statement;
    },
    close() {
      cache.clear();
      raw.close();
    },
  };
}
