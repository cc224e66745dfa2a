import type BetterSqlite3 from 'better-sqlite3';
import { StoreOpenError } from './store-open-error';

// The history tables Kysely's Migrator made: every store in the field has them, so they keep their names and shape
// (an older release that opens a store this runner upgraded still reads its history).
export const HISTORY_TABLE = 'kysely_migration';
export const HISTORY_LOCK_TABLE = 'kysely_migration_lock';

/** The names of the migrations a store records, in name order; null when it has no history table at all. */
export function readHistory(raw: BetterSqlite3.Database): string[] | null {
  const table = raw.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(HISTORY_TABLE);
  if (!table) return null;
  const rows = raw.prepare(`SELECT name FROM ${HISTORY_TABLE}`).all() as { name: string }[];
  return rows.map((row) => row.name).sort(byName);
}

/** Name order, as Kysely's Migrator sorted them (UTF-16 code units), so histories written by either agree. */
export function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The migrations still to apply to a store with this history, or a refusal: the history must be the first known
 * migrations in order, optionally followed by names this version does not know that sort after all it does know
 * (written by a newer release). A gap, or an unknown name among known ones, means the store was not made by any
 * release's upgrades in order, and nothing can safely be applied on top.
 */
export function pendingMigrations(history: readonly string[], known: readonly string[], path: string): string[] {
  const last = known[known.length - 1];
  for (const [i, name] of history.entries()) {
    if (name === known[i]) continue;
    const expected = known[i];
    if (expected === undefined && last !== undefined && name > last) {
      const newer = history.slice(i);
      throw new StoreOpenError(
        'newer-version',
        `The store at ${path} was written by a newer version of Neighbourhood Hub (it records ${newer.join(', ')}), ` +
          'so this version will not open it; update Neighbourhood Hub to open it.',
      );
    }
    const problem = known.includes(name)
      ? `${expected} is missing before ${name}`
      : `it records ${name}, which this version does not know, where ${expected ?? last} should be`;
    throw new StoreOpenError(
      'out-of-order',
      `The store at ${path} has an upgrade history out of order (${problem}), ` +
        'so this version will not change it; restore your latest backup.',
    );
  }
  return known.slice(history.length);
}
