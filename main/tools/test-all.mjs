// `npm test`: every layer (Vitest: unit, integration, contract, component; Playwright: browser and electron e2e),
// then one closing line "N passed, N failed, N skipped" summed over both runners. Non-zero exit on any failure or
// none run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './build-lib.mjs';

const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const vitestJson = join(results, 'vitest.json');
const playwrightJson = join(results, 'playwright.json');
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);

// An env value of undefined removes that variable for the run.
const run = (command, args, env = {}) =>
  spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== undefined)),
  });

// The council suite runs over SQLite in the main run; when DATABASE_URL names a PostgreSQL (.ci/run starts one), the
// same suite runs again against it and is counted with the rest.
const councilPg = process.env.DATABASE_URL;
const councilPgJson = join(results, 'vitest-council-pg.json');
rmSync(councilPgJson, { force: true });
const vitest = run(
  bin('vitest'),
  ['run', '-c', 'test/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
  { DATABASE_URL: undefined },
);
const vitestPg = councilPg
  ? run(
      bin('vitest'),
      [
        'run',
        '-c',
        'test/vitest.config.ts',
        'test/integration/council',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${councilPgJson}`,
      ],
      { DATABASE_URL: councilPg },
    )
  : null;
const playwright = run(bin('playwright'), ['test', '-c', 'test/playwright.config.ts'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  NH_PLAYWRIGHT_JSON: playwrightJson,
});

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];
for (const [name, file, ran] of [
  ['Vitest', vitestJson, true],
  ['Vitest (council on PostgreSQL)', councilPgJson, vitestPg],
]) {
  if (!ran) continue;
  if (!existsSync(file)) {
    problems.push(`${name} wrote no report (it crashed before counting)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if ((report.numFailedTestSuites ?? 0) > 0 && (report.numFailedTests ?? 0) === 0) {
    failed += report.numFailedTestSuites;
    problems.push(`a ${name} file failed to load`);
  }
}
if (existsSync(playwrightJson)) {
  const stats = JSON.parse(readFileSync(playwrightJson, 'utf8')).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
} else {
  problems.push('Playwright wrote no report (it crashed before counting)');
  failed += 1;
}
if (vitest.status !== 0 && failed === 0) {
  failed += 1;
  problems.push(`Vitest exited ${vitest.status}`);
}
if (vitestPg && vitestPg.status !== 0 && failed === 0) {
  failed += 1;
  problems.push(`Vitest (council on PostgreSQL) exited ${vitestPg.status}`);
}
if (playwright.status !== 0 && failed === 0) {
  failed += 1;
  problems.push(`Playwright exited ${playwright.status}`);
}
for (const problem of problems) console.error(`test-all: ${problem}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
