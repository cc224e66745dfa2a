import { parseArgs } from 'node:util';
import type { CouncilStoreLocation } from '@council/db/open-council-store';

/** Thrown for a bad command line; the command prints the message and exits 2. */
export class UsageError extends Error {}

/** Parse `--name value` options strictly; unknown options are a usage error naming them. */
export function options<K extends string>(argv: readonly string[], names: readonly K[]): Partial<Record<K, string>> {
  try {
    return parseArgs({
      args: [...argv],
      options: Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])),
      strict: true,
      allowPositionals: false,
    }).values as Partial<Record<K, string>>;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The store to open: PostgreSQL when DATABASE_URL is set, else the SQLite file given (or council.db here). */
export function storeLocation(dbPath: string | undefined, env: NodeJS.ProcessEnv): CouncilStoreLocation {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (dbPath) throw new UsageError('Give either --db (SQLite) or DATABASE_URL (PostgreSQL), not both');
    return { postgres: url };
  }
  return { sqlite: dbPath ?? 'council.db' };
}

/** Run a command's body, printing a usage error or failure as one line and exiting non-zero. */
export async function runCommand(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}
