import { parseArgs } from 'node:util';
import { storePathOrDefault } from '../platform/store-path';

/**
 * The store path from `--db <path>` (or `--db=<path>`), else the shared default. Lenient about other arguments
 * because Electron's argv also carries Chromium switches and, in tests, Playwright's inspector flags.
 */
export function storePathFromArgs(argv: readonly string[]): string {
  const { values } = parseArgs({
    args: [...argv],
    options: { db: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  return storePathOrDefault(typeof values.db === 'string' ? values.db : undefined);
}
