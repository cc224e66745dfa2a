// `npm test`: every layer (Vitest: unit, integration, contract, component; Playwright: browser and electron e2e),
// then the Vitest layers a second time with the process clock moved 400 days ahead (Debian's faketime), so a test
// that depends on today's date fails now rather than on the day it goes stale. One closing line
// "N passed, N failed, N skipped" sums every run. When DATABASE_URL names a PostgreSQL (.ci/run starts one), the
// council's suite runs once more against it and is counted with the rest. Non-zero exit on any failure or none run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './build-lib.mjs';

const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const vitestJson = join(results, 'vitest.json');
const shiftedJson = join(results, 'vitest-faketime.json');
const councilPgJson = join(results, 'vitest-council-pg.json');
const playwrightJson = join(results, 'playwright.json');
for (const file of [vitestJson, shiftedJson, councilPgJson, playwrightJson]) rmSync(file, { force: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);

// An env value of undefined removes the variable (the SQLite runs must not see DATABASE_URL).
const run = (command, args, env = {}) =>
  spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== undefined)),
  });
const vitestArgs = (jsonFile, ...paths) => [
  'run',
  '-c',
  'test/vitest.config.ts',
  ...paths,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${jsonFile}`,
];
const councilPg = process.env.DATABASE_URL;

// The clock moves; the monotonic clock does not (timers, timeouts and durations stay real, so the runner is not
// confused). 400 days is more than a year, so every date-dependent path meets another month, weekday and year.
const SHIFT = '+400d';
const faketime = spawnSync('faketime', ['-f', '+0d', 'true']).status === 0;

const vitest = run(bin('vitest'), vitestArgs(vitestJson), { DATABASE_URL: undefined });
let shifted = null;
if (faketime) {
  console.log(`\n== Vitest layers again with the clock moved (faketime -f ${SHIFT})`);
  // NH_DATE_SHIFTED_RUN: the randomised stress tests take a smaller sample here (test/fixtures/stress-sample.ts).
  shifted = run('faketime', ['--exclude-monotonic', '-f', SHIFT, bin('vitest'), ...vitestArgs(shiftedJson)], {
    DATABASE_URL: undefined,
    NH_DATE_SHIFTED_RUN: '1',
  });
} else {
  console.log('test-all: faketime is not installed, so the date-shifted run was skipped (apt-get install faketime)');
}
let councilOnPg = null;
if (councilPg) {
  console.log('\n== The council suite again, against PostgreSQL (DATABASE_URL)');
  // One file at a time: the council's test files share the one PostgreSQL database.
  councilOnPg = run(
    bin('vitest'),
    [...vitestArgs(councilPgJson, 'test/integration/council'), '--no-file-parallelism'],
    {
      DATABASE_URL: councilPg,
    },
  );
}
const playwright = run(bin('playwright'), ['test', '-c', 'test/playwright.config.ts'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  NH_PLAYWRIGHT_JSON: playwrightJson,
});

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

function countVitest(file, label, status) {
  if (!existsSync(file)) {
    problems.push(`${label} wrote no report (it crashed before counting)`);
    failed += 1;
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const failedTests = report.numFailedTests ?? 0;
  passed += report.numPassedTests ?? 0;
  failed += failedTests;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if ((report.numFailedTestSuites ?? 0) > 0 && failedTests === 0) {
    failed += report.numFailedTestSuites;
    problems.push(`a ${label} file failed to load`);
  } else if (status !== 0 && failedTests === 0) {
    failed += 1;
    problems.push(`${label} exited ${status}`);
  }
}

countVitest(vitestJson, 'Vitest', vitest.status);
if (shifted) countVitest(shiftedJson, `Vitest under faketime ${SHIFT}`, shifted.status);
if (councilOnPg) countVitest(councilPgJson, 'Vitest (council on PostgreSQL)', councilOnPg.status);
if (existsSync(playwrightJson)) {
  const stats = JSON.parse(readFileSync(playwrightJson, 'utf8')).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
  if (playwright.status !== 0 && (stats.unexpected ?? 0) === 0) {
    failed += 1;
    problems.push(`Playwright exited ${playwright.status}`);
  }
} else {
  problems.push('Playwright wrote no report (it crashed before counting)');
  failed += 1;
}
for (const problem of problems) console.error(`test-all: ${problem}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
