import BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect, type Kysely } from 'kysely';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { detectNetworkShare } from '../platform/network-share';
import { migrateToLatest, assertNamesSorted, type MigrationList } from './migration-runner';
import { migrations } from './migrations';
import type { Database } from './schema';
import { kyselyCountingWrites } from './store-writes';
import { makeSidecarsPrivate, makeStoreFilePrivate } from './store-file-mode';
import { inspectStore, unreadable } from './store-inspection';
import { StoreOpenError } from './store-open-error';

export { StoreOpenError } from './store-open-error';
export { storeWrites } from './store-writes';

/** An open store: Kysely for queries, the raw handle for pragmas, backup and benchmarks. */
export interface Store {
  db: Kysely<Database>;
  raw: BetterSqlite3.Database;
  close(): Promise<void>;
}

/** How to open a store; every option has the app's default. */
export interface OpenOptions {
  /** A serialized store to open in memory instead of the path (tests start from a prebuilt demo branch). */
  image?: Buffer;
  /** The migrations to bring it up to (the app's own list; tests pass an earlier or a longer one). */
  migrations?: MigrationList;
  /** The time recorded in the upgrade history (the backend's clock). */
  now?: () => Date;
}

/**
 * Open (creating if needed) the branch store: refuse it untouched if this version must not upgrade it, then pragmas,
 * migrate to latest (each migration atomic), quick_check. `:memory:` gives a fresh store for tests.
 */
export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Store> {
  const list = options.migrations ?? migrations;
  assertNamesSorted(list);
  const onDisk = path !== ':memory:' && !options.image;
  if (onDisk) {
    const share = detectNetworkShare(dirname(path));
    if (share !== null)
      throw new StoreOpenError(
        'network-share',
        `The store at ${path} is on a network share (${share}), where its write-ahead log can be damaged ` +
          'and a backup beside it is lost with it. Move it to a folder on this computer.',
      );
    // Look before touching: a refused store keeps every byte, its journal mode and its write-ahead log.
    if (existsSync(path)) await inspectReadOnly(path, list);
    try {
      makeStoreFilePrivate(path);
    } catch (error) {
      throw unreadable(path, error);
    }
  }
  let raw: BetterSqlite3.Database;
  try {
    raw = options.image ? new BetterSqlite3(options.image) : new BetterSqlite3(path);
  } catch (error) {
    throw unreadable(path, error);
  }
  try {
    if (onDisk) raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
  } catch (error) {
    raw.close();
    throw unreadable(path, error);
  }
  const db = kyselyCountingWrites(new SqliteDialect({ database: withStatementCache(raw) }));
  const close = async () => {
    await db.destroy();
    // Kysely connects lazily, so its destroy closes nothing if no query ran; the handle is ours to close either way.
    if (raw.open) raw.close();
  };
  try {
    if (!onDisk) await inspectStore(raw, list, path);
    await migrateToLatest(raw, list, { path, now: options.now ?? (() => new Date()) });
    const check = raw.pragma('quick_check', { simple: true });
    if (check !== 'ok')
      throw new StoreOpenError(
        'damaged',
        `The store at ${path} failed its integrity check (${String(check)}); restore your latest backup.`,
      );
    if (onDisk) makeSidecarsPrivate(path);
  } catch (error) {
    await close();
    throw error instanceof StoreOpenError ? error : unreadable(path, error);
  }
  return { db, raw, close };
}

// A read-only handle cannot change the store: no journal-mode switch, no checkpoint, no recovery written back.
async function inspectReadOnly(path: string, list: MigrationList): Promise<void> {
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw unreadable(path, error);
  }
  try {
    await inspectStore(raw, list, path);
  } finally {
    raw.close();
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
