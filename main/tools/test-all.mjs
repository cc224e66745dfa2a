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

const run = (command, args, env = {}) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

const vitest = run(bin('vitest'), [
  'run',
  '-c',
  'test/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const playwright = run(bin('playwright'), ['test', '-c', 'test/playwright.config.ts'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  NH_PLAYWRIGHT_JSON: playwrightJson,
});

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if ((report.numFailedTestSuites ?? 0) > 0 && (report.numFailedTests ?? 0) === 0) {
    failed += report.numFailedTestSuites;
    problems.push('a Vitest file failed to load');
  }
} else {
  problems.push('Vitest wrote no report (it crashed before counting)');
  failed += 1;
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
if (playwright.status !== 0 && failed === 0) {
  failed += 1;
  problems.push(`Playwright exited ${playwright.status}`);
}
for (const problem of problems) console.error(`test-all: ${problem}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
