import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '@shared/contract/errors';
import { createBackend } from '../backend';
import { defaultStorePath } from '../platform/store-path';
import { recoverManager } from '../services/accounts/recover-manager';

// `npm run recover-manager -- [--db <path>] [--username <manager>]`: a one-time password for a locked-out manager.
const { values } = parseArgs({ options: { db: { type: 'string' }, username: { type: 'string' } }, strict: true });
const dbPath = resolve(values.db ?? defaultStorePath());
if (!existsSync(dbPath)) {
  console.error(`No store at ${dbPath}. Pass --db <path>.`);
  process.exit(2);
}
const backend = await createBackend({ dbPath });
try {
  const result = await recoverManager(backend.deps, values.username ?? null);
  console.log(`Manager "${result.username}" can now sign in once with: ${result.temporaryPassword}`);
  console.log('They will be asked to choose a new password. This recovery is recorded in the audit log.');
} catch (error) {
  console.error(error instanceof AppError ? error.message : error);
  process.exitCode = 1;
} finally {
  await backend.close();
}
