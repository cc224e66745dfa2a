import BetterSqlite3 from 'better-sqlite3';
import { HISTORY_LOCK_TABLE, HISTORY_TABLE, pendingMigrations, readHistory } from './migration-history';
import { migrationKysely, type MigrationList } from './migration-runner';
import { oneLine, StoreOpenError, upgradeFailed } from './store-open-error';

/**
 * Refuse a store this version must not upgrade, before anything writes to it: one that is not a Neighbourhood Hub
 * store, one from a newer version, one whose upgrade history is out of order, and one an earlier release left
 * half-upgraded (its non-atomic runner could die between the statements of a migration, leaving some of its tables
 * or columns without the history row). Only reads: give it a read-only handle for a file on disk.
 */
export async function inspectStore(raw: BetterSqlite3.Database, list: MigrationList, path: string): Promise<void> {
  let history: string[] | null;
  let actual: Set<string>;
  try {
    history = readHistory(raw);
    actual = new Set(schemaOf(raw));
  } catch (error) {
    throw unreadable(path, error);
  }
  if (history === null) {
    if (actual.size === 0) return;
    throw new StoreOpenError(
      'not-a-store',
      `The file at ${path} is not a Neighbourhood Hub store (it holds other tables); ` +
        'choose the store file, or restore your latest backup.',
    );
  }
  const known = Object.keys(list);
  const pending = pendingMigrations(history, known, path);
  // A store with nothing to apply cannot be half-upgraded: every migration it has is recorded.
  if (pending.length === 0) return;

  const schemas = await expectedSchemas(list).catch((error: unknown) => {
    throw error instanceof StepFailed ? upgradeFailed(path, error.step, error.cause) : error;
  });
  const expected = schemas[history.length]!;
  const extra = [...actual].filter((entry) => !expected.has(entry));
  if (extra.length > 0) {
    const next = schemas[history.length + 1]!;
    const interrupted = extra.some((entry) => next.has(entry)) ? `its step ${pending[0]} was interrupted` : null;
    throw new StoreOpenError(
      'half-upgraded',
      `The store at ${path} was left half-upgraded by an earlier version of Neighbourhood Hub ` +
        `(${interrupted ?? `it holds ${extra.slice(0, 3).join(', ')} that its recorded version does not`}), ` +
        'so this version will not change it; restore your latest backup.',
    );
  }
  const missing = [...expected].filter((entry) => !actual.has(entry));
  if (missing.length > 0) {
    throw new StoreOpenError(
      'damaged',
      `The store at ${path} is missing parts of its recorded version (${missing.slice(0, 3).join(', ')}), ` +
        'so this version will not change it; restore your latest backup.',
    );
  }
}

/** The message for a file SQLite cannot read as a database, or cannot read at all. */
export function unreadable(path: string, error: unknown): StoreOpenError {
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_NOTADB')
    return new StoreOpenError(
      'not-a-store',
      `The file at ${path} is not a Neighbourhood Hub store (it is not a database at all); ` +
        'choose the store file, or restore your latest backup.',
    );
  if (code === 'SQLITE_CORRUPT')
    return new StoreOpenError(
      'damaged',
      `The store at ${path} is damaged (${oneLine(error)}); restore your latest backup.`,
    );
  return new StoreOpenError(
    'unreadable',
    `The store at ${path} could not be read (${oneLine(error)}); check the file, or restore your latest backup.`,
  );
}

/**
 * A store's schema as comparable entries: each table, index, trigger and view by name, and each table column. SQL
 * text is left out on purpose: SQLite rewrites it on ALTER, and a store must not be refused over its spelling.
 */
export function schemaOf(raw: BetterSqlite3.Database): string[] {
  const rows = raw
    .prepare(
      `SELECT m.type || ' ' || m.name || coalesce('.' || c.name, '') AS entry
       FROM sqlite_schema m LEFT JOIN pragma_table_xinfo(m.name) c ON m.type = 'table'
       WHERE m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND m.tbl_name NOT IN (?, ?)
       ORDER BY entry`,
    )
    .all(HISTORY_TABLE, HISTORY_LOCK_TABLE) as { entry: string }[];
  return rows.map((row) => row.entry);
}

class StepFailed extends Error {
  constructor(
    readonly step: string,
    override readonly cause: unknown,
  ) {
    super(`${step} failed`);
  }
}

// The schema after each prefix of a migration list (index k: after the first k), built once per list in memory.
const schemaCache = new WeakMap<MigrationList, Promise<Set<string>[]>>();

function expectedSchemas(list: MigrationList): Promise<Set<string>[]> {
  let schemas = schemaCache.get(list);
  if (!schemas) {
    schemas = buildSchemas(list);
    schemaCache.set(list, schemas);
  }
  return schemas;
}

async function buildSchemas(list: MigrationList): Promise<Set<string>[]> {
  const raw = new BetterSqlite3(':memory:');
  const db = migrationKysely(raw);
  try {
    const schemas = [new Set(schemaOf(raw))];
    for (const [step, migration] of Object.entries(list)) {
      // A step that fails even on an empty store fails the upgrade, named as the runner would name it.
      await migration.up(db).catch((error: unknown) => {
        throw new StepFailed(step, error);
      });
      schemas.push(new Set(schemaOf(raw)));
    }
    return schemas;
  } finally {
    await db.destroy();
    raw.close();
  }
}
