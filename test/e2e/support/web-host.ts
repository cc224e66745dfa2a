import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** A browser host on port 0 with its own temp store. */
export interface RunningHost {
  url: string;
  dbPath: string;
  stop(): Promise<void>;
}

/**
 * Start `out/server/cli.mjs` as the user would (`npm run web -- --port 0 --db <tmp> [--demo]`), waiting for its URL
 * line.
 */
export async function startWebHost(options: { demo: boolean }): Promise<RunningHost> {
  const dir = mkdtempSync(join(tmpdir(), 'nh-e2e-'));
  const dbPath = join(dir, 'store.db');
  const args = [join(root, 'out/server/cli.mjs'), '--port', '0', '--db', dbPath, ...(options.demo ? ['--demo'] : [])];
  const child: ChildProcess = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    // With --demo the host first builds the 150-worker demo branch through the services: seconds on an idle machine,
    // over half a minute on a busy one. The limit only catches a host that never starts.
    const timer = setTimeout(() => reject(new Error(`web host did not start in time:\n${stderr}`)), 120_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => /^http:\/\/127\.0\.0\.1:\d+\/$/.test(l));
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    });
    child.on('exit', (code) => reject(new Error(`web host exited with ${code}:\n${stderr}`)));
  });
  return {
    url,
    dbPath,
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
