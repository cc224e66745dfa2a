import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackend } from '@main/backend';
import { buildDemoBranch } from '@main/demo/demo-branch';
import { buildAll } from '@main/tools/build.mjs';
import { buildIsStale, root } from '@main/tools/build-lib.mjs';
import { openTestBackend } from '../fixtures/test-backend';
import { benchRow, percentile, type BenchRow } from './bench-row';

async function createStaffThroughDispatch(count: number) {
  const tb = await openTestBackend({ demo: true });
  const manager = await tb.signedIn('manager');
  const started = performance.now();
  for (let i = 0; i < count; i += 1) {
    await manager.ok('staff.create', {
      reference: `B${String(i).padStart(6, '0')}`,
      givenName: ['Ada', 'Bola', 'Chen', 'Dev', 'Elif'][i % 5] as string,
      familyName: `Bench${i}`,
      preferredName: null,
      jobRole: 8,
      email: null,
      phone: null,
      startDate: '2024-01-01',
    });
  }
  return { tb, manager, seconds: (performance.now() - started) / 1000 };
}

async function coldStartSeconds(): Promise<number | null> {
  if (buildIsStale()) await buildAll({ quiet: true });
  const dir = mkdtempSync(join(tmpdir(), 'nh-bench-'));
  const dbPath = join(dir, 'store.db');
  // A store that already has a branch, so the first screen is sign-in (demo creation is not start-up).
  const backend = await createBackend({ dbPath });
  await buildDemoBranch(backend.deps);
  await backend.close();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    const started = performance.now();
    const child = spawn(process.execPath, [join(root, 'out/server/cli.mjs'), '--port', '0', '--db', dbPath], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split('\n').find((l) => l.startsWith('http://'));
        if (line) resolve(line);
      });
      child.on('exit', () => reject(new Error('host exited')));
    });
    await page.goto(url);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    const seconds = (performance.now() - started) / 1000;
    child.kill('SIGTERM');
    return seconds;
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Foundation rows: cold start, staff list p95 at 5,000 staff, 1,000 creates through dispatch. */
export default async function foundationBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  let cold: number | null = null;
  try {
    cold = await coldStartSeconds();
  } catch (error) {
    console.error('cold start not measured:', error);
  }
  rows.push(benchRow('app.cold_start_s', 's', '<=', 1.5, cold, 'browser host spawn → sign-in screen rendered'));

  const { tb, seconds } = await createStaffThroughDispatch(1000);
  rows.push(benchRow('staff.create_1000_s', 's', '<=', 2, seconds, 'staff.create ×1000 via dispatch, each audited'));
  await tb.close();

  const big = await createStaffThroughDispatch(4850);
  const searches = ['', 'ada', 'bench12', 'ali', 'NH000', 'zz', 'ch', 'Bench4'];
  const sorts = ['name', 'reference', 'jobRole', 'startDate', 'status'] as const;
  const times: number[] = [];
  for (let i = 0; i < 300; i += 1) {
    const started = performance.now();
    await big.manager.ok('staff.list', {
      search: searches[i % searches.length] as string,
      sort: sorts[i % sorts.length],
      direction: i % 2 ? 'desc' : 'asc',
      limit: 500,
    });
    times.push(performance.now() - started);
  }
  const total = (await big.manager.ok('staff.list', { limit: 1 })).total;
  rows.push(
    benchRow(
      'staff.list_p95_ms',
      'ms',
      '<=',
      20,
      percentile(times.slice(20), 95),
      `${total} staff, search + sort, first page of 500`,
    ),
  );
  await big.tb.close();
  return rows;
}
