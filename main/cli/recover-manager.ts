import { parseArgs } from 'node:util';
import { AppError } from '@shared/contract/errors';
import { createBackend } from '../backend';
import { recoverManager } from '../services/accounts/recover-manager';
import { cliStore } from './cli-store';

// `npm run recover-manager -- [--db <path>] [--username <manager>]`: a one-time password for a locked-out manager.
// Without --db it works on the desktop app's own store; one whose keys the app sealed is recovered by the app itself.
const { values } = parseArgs({ options: { db: { type: 'string' }, username: { type: 'string' } }, strict: true });
const store = cliStore(
  values.db,
  'Run the app itself instead: start Neighbourhood Hub with --recover-manager (and --username <manager> when the ' +
    'store has several).',
);
if (!store.ok) {
  console.error(store.message);
  process.exit(2);
}
const backend = await createBackend({ dbPath: store.path });
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
