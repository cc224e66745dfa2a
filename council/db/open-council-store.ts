import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { councilMigrations } from './migrations';
import type { CouncilDatabase } from './schema';

/** An open council store, SQLite or PostgreSQL behind the same Kysely interface. */
export interface CouncilStore {
  db: Kysely<CouncilDatabase>;
  dialect: 'sqlite' | 'postgres';
  /** Where it is, for the start-up line (a PostgreSQL URL without its password). */
  where: string;
  close(): Promise<void>;
}

/** Where the store is: a SQLite file (`:memory:` for tests) or a PostgreSQL URL and schema (default `public`). */
export type CouncilStoreLocation = { sqlite: string } | { postgres: string; schema?: string };

/** Raised when the store cannot be opened or migrated; the message is for the person starting the service. */
export class CouncilStoreError extends Error {
  override name = 'CouncilStoreError';
}

/** Open the store and bring its tables to the latest version. */
export async function openCouncilStore(location: CouncilStoreLocation): Promise<CouncilStore> {
  const store = 'sqlite' in location ? openSqlite(location.sqlite) : openPostgres(location.postgres, location.schema);
  const migrator = new Migrator({
    db: store.db,
    provider: { getMigrations: () => Promise.resolve(councilMigrations) },
    // Named, so another schema's migration tables in the same database are never mistaken for this one's.
    ...('postgres' in location ? { migrationTableSchema: location.schema ?? 'public' } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    await store.close();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '(before any migration)';
    throw new CouncilStoreError(
      `The council store at ${store.where} could not be prepared (${failed}): ${messageOf(error)}`,
    );
  }
  return store;
}

function openSqlite(path: string): CouncilStore {
  const raw = new BetterSqlite3(path);
  if (path !== ':memory:') raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  const db = new Kysely<CouncilDatabase>({ dialect: new SqliteDialect({ database: raw }) });
  return { db, dialect: 'sqlite', where: path, close: () => db.destroy() };
}

function openPostgres(url: string, schema: string | undefined): CouncilStore {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new CouncilStoreError(`"${schema}" is not a schema name this service uses`);
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // A dropped connection in the pool must not crash the service; the next query reconnects or reports 503.
  pool.on('error', () => undefined);
  const db = new Kysely<CouncilDatabase>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', where: withoutPassword(url), close: () => db.destroy() };
}

/** A PostgreSQL URL with its password masked, for logs and start-up lines. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres (unparseable URL)';
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
