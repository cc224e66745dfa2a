import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createBackend } from '../backend';
import { StoreOpenError } from '../db/open-database';
import { buildDemoBranch, DEMO_PASSWORD } from '../demo/demo-branch';
import { defaultStorePath } from '../platform/store-path';
import { storeIsEmpty } from '../services/setup/setup-service';
import { startHttpHost } from './http-host';

const USAGE = 'Usage: npm run web -- [--port <n>] [--db <path>] [--demo]';

/** Run the browser host from the command line: `npm run web -- --port 0 --db <path> [--demo]`. */
export async function main(argv: string[]): Promise<void> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: '4780' },
        db: { type: 'string' },
        demo: { type: 'boolean', default: false },
        static: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const port = Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`--port must be a whole number from 0 to 65535 (got "${args.port}").\n${USAGE}`);
    process.exit(2);
  }
  const dbPath = resolve(args.db ?? defaultStorePath());
  mkdirSync(dirname(dbPath), { recursive: true });
  const staticDir = resolve(args.static ?? fileURLToPath(new URL('../renderer', import.meta.url)));
  if (!existsSync(resolve(staticDir, 'index.html'))) {
    console.error(`The built app is missing at ${staticDir}. Run npm run build first.`);
    process.exit(2);
  }

  let backend;
  try {
    backend = await createBackend({ dbPath });
  } catch (error) {
    // A store this version must not open is the user's to act on: its one sentence, no stack trace.
    if (!(error instanceof StoreOpenError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  if (args.demo) {
    if (!(await storeIsEmpty(backend.deps.db))) {
      console.error(`--demo needs a new, empty store, and ${dbPath} already has data. Choose another --db path.`);
      await backend.close();
      process.exit(2);
    }
    const demo = await buildDemoBranch(backend.deps);
    console.error(
      `Demo branch ready: sign in as ${demo.accounts.map((a) => a.username).join(', ')} ` +
        `with the password "${DEMO_PASSWORD}".`,
    );
  }
  let host;
  try {
    host = await startHttpHost({ backend, port, staticDir }).catch((error: NodeJS.ErrnoException) => {
      // The default port is a convenience; if another program holds it, any free port will do.
      if (error.code === 'EADDRINUSE' && !argv.includes('--port'))
        return startHttpHost({ backend, port: 0, staticDir });
      throw error;
    });
  } catch (error) {
    console.error(`Could not listen on 127.0.0.1:${port}: ${(error as Error).message}`);
    await backend.close();
    process.exit(1);
  }
  console.error(`Neighbourhood Hub is serving the store ${dbPath}. Open this address in a browser (Ctrl-C stops it):`);
  console.log(host.url);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    await backend.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
