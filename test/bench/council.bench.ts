import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAccount } from '@council/accounts/account-service';
import { seededIds } from '@main/platform/ids';
import { boroughSummaries, seedBorough, type BoroughShape } from '@test/fixtures/council/borough-seed';
import { startCouncil, type TestCouncil } from '@test/fixtures/council/council-fixture';
import { benchRow, percentile, type BenchRow } from './bench-row';

// The council service's figures (issue 15): intake rate on loopback, the borough view over five years of a borough's
// summaries, and the same view over 1,000 branches. SQLite always; PostgreSQL when DATABASE_URL names one.

const FIVE_YEARS: BoroughShape = {
  neighbourhoods: ['Deptford', 'Lewisham Central', 'Catford', 'Sydenham'],
  branchesPerNeighbourhood: 3,
  lastMonth: '2026-11-01',
  months: 60,
  lastWeek: '2026-11-30',
  weeks: 260,
};

// A national roll-out: 1,000 branches over 50 neighbourhoods, with a quarter of history (13 weeks, 3 months) so the
// seeding fits the bench's time; the view's latest-period tables grow with branches, its trends with periods.
const NATIONAL: BoroughShape = {
  neighbourhoods: Array.from({ length: 50 }, (_, i) => `Area ${String(i + 1).padStart(2, '0')}`),
  branchesPerNeighbourhood: 20,
  lastMonth: '2026-11-01',
  months: 3,
  lastWeek: '2026-11-30',
  weeks: 13,
};

async function withCouncil<T>(dialect: 'sqlite' | 'postgres', body: (council: TestCouncil) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'nh-council-bench-'));
  const saved = process.env.DATABASE_URL;
  if (dialect === 'sqlite') delete process.env.DATABASE_URL;
  const council = await startCouncil({ sqlitePath: join(dir, 'council.db'), rate: { perSecond: 1e6, burst: 1e6 } });
  if (saved !== undefined) process.env.DATABASE_URL = saved;
  try {
    return await body(council);
  } finally {
    await council.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Summaries stored per second: 600 POSTs from 12 branches, four at a time, each stored (201). */
async function intakePerSecond(council: TestCouncil): Promise<number> {
  const shape = { ...FIVE_YEARS, months: 0, weeks: 50 };
  const tokens = new Map<string, string>();
  const bodies = [...boroughSummaries(shape)];
  for (const s of bodies)
    if (!tokens.has(s.branch.branchId)) tokens.set(s.branch.branchId, await council.token(s.branch.branchId));
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (let i = next++; i < bodies.length; i = next++) {
      const summary = bodies[i]!;
      const answer = await council.post(summary, { token: tokens.get(summary.branch.branchId)! });
      if (answer.status !== 201) throw new Error(`intake answered ${answer.status}: ${JSON.stringify(answer.json)}`);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return bodies.length / ((performance.now() - started) / 1000);
}

/** The borough page as a commissioner opens it: median of five timed loads after one warm-up, in ms. */
async function boroughViewMs(council: TestCouncil, shape: BoroughShape): Promise<number> {
  await seedBorough(council.store, shape);
  const made = await createAccount(council.store.db, council.clock, seededIds(council.clock, 3), {
    username: 'bench.reader',
    displayName: 'Bench',
    role: 'reader',
  });
  await council.store.db.updateTable('account').set({ must_change_password: 0 }).execute();
  const signIn = await fetch(`${council.url}/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: 'bench.reader', password: made.temporaryPassword }).toString(),
    redirect: 'manual',
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const started = performance.now();
    const response = await fetch(`${council.url}/borough`, { headers: { cookie }, redirect: 'manual' });
    const html = await response.text();
    if (response.status !== 200 || !html.includes('Borough view'))
      throw new Error(`borough view answered ${response.status}`);
    if (i > 0) times.push(performance.now() - started);
  }
  return percentile(times, 50);
}

export default async function councilBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const pg = Boolean(process.env.DATABASE_URL);
  const noPg = 'no DATABASE_URL: start PostgreSQL and set it (see .ci/run)';
  rows.push(
    benchRow(
      'council.intake_per_s.sqlite',
      'per_s',
      '>=',
      200,
      await withCouncil('sqlite', intakePerSecond),
      '600 summaries, 4 at a time',
    ),
  );
  rows.push(
    benchRow(
      'council.intake_per_s.postgres',
      'per_s',
      '>=',
      200,
      pg ? await withCouncil('postgres', intakePerSecond) : null,
      pg ? '600 summaries, 4 at a time' : noPg,
    ),
  );
  const fiveYears = `4 neighbourhoods × 3 branches, 5 years weekly + monthly (${12 * 320} summaries)`;
  rows.push(
    benchRow(
      'council.borough_view_ms.sqlite',
      'ms',
      '<=',
      200,
      await withCouncil('sqlite', (c) => boroughViewMs(c, FIVE_YEARS)),
      fiveYears,
    ),
  );
  rows.push(
    benchRow(
      'council.borough_view_ms.postgres',
      'ms',
      '<=',
      200,
      pg ? await withCouncil('postgres', (c) => boroughViewMs(c, FIVE_YEARS)) : null,
      pg ? fiveYears : noPg,
    ),
  );
  rows.push(
    benchRow(
      'council.scale',
      'ms',
      '<=',
      1000,
      pg ? await withCouncil('postgres', (c) => boroughViewMs(c, NATIONAL)) : null,
      pg ? '1,000 branches in 50 neighbourhoods, 13 weeks + 3 months, PostgreSQL' : noPg,
    ),
  );
  return rows;
}
