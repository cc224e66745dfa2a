import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAccount } from '@council/accounts/account-service';
import { openCouncilStore } from '@council/db/open-council-store';
import { randomIds, systemClock } from '@council/clock';
import { createToken } from '@council/tokens/token-service';
import { seedBorough } from '@test/fixtures/council/borough-seed';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** A council service as its admin would run it, on a temp store seeded with a borough's year of summaries. */
export interface RunningCouncil {
  url: string;
  admin: { username: string; password: string };
  stop(): Promise<void>;
}

/** Seed a store (4 neighbourhoods × 3 branches, a year), make an admin, then `npm run council -- --port 0 --db`. */
export async function startCouncilHost(): Promise<RunningCouncil> {
  const dir = mkdtempSync(join(tmpdir(), 'nh-council-e2e-'));
  const dbPath = join(dir, 'council.db');
  const store = await openCouncilStore({ sqlite: dbPath });
  await seedBorough(store, {
    neighbourhoods: ['Deptford', 'Lewisham Central', 'Catford', 'Sydenham'],
    branchesPerNeighbourhood: 3,
    lastMonth: '2026-11-01',
    months: 12,
    lastWeek: '2026-11-30',
    weeks: 52,
    silent: { 'catford-2': 2 },
  });
  await createToken(store.db, systemClock, randomIds, 'forest-hill-1', 'New branch, opening in December');
  const admin = await createAccount(store.db, systemClock, randomIds, {
    username: 'c.admin',
    displayName: 'Chris Admin',
    role: 'admin',
  });
  await store.close();
  const host = await serveCouncil(dbPath, dir);
  return { ...host, admin: { username: 'c.admin', password: admin.temporaryPassword } };
}

/** A council with no summaries yet and one branch token, for a branch's own sync journey. */
export async function startBareCouncil(
  branchId: string,
): Promise<{ url: string; token: string; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'nh-council-e2e-'));
  const dbPath = join(dir, 'council.db');
  const store = await openCouncilStore({ sqlite: dbPath });
  const { token } = await createToken(store.db, systemClock, randomIds, branchId, 'Branch in the sync journey');
  await store.close();
  return { ...(await serveCouncil(dbPath, dir)), token };
}

/** `npm run council -- --port 0 --db <dbPath>`, waiting for its URL line; stopping it removes `dir`. */
async function serveCouncil(dbPath: string, dir: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'council/cli/serve.ts'), '--port', '0', '--db', dbPath],
    // CI exports DATABASE_URL for the council suite on PostgreSQL; this host is the SQLite one, and the service
    // refuses to be given both.
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: withoutDatabaseUrl(process.env) },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`council did not start in time:\n${stderr}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => /^http:\/\/127\.0\.0\.1:\d+\/$/.test(l));
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    });
    child.on('exit', (code) => reject(new Error(`council exited with ${code}:\n${stderr}`)));
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function withoutDatabaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = env;
  return rest;
}
