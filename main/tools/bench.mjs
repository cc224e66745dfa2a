// `npm run bench [-- --json <file>] [-- --only <name-prefix>]`: run every test/bench/*.bench.ts in its own process
// (so one suite's memory and JIT state do not colour another's) and print figure vs target as one table.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from './build-lib.mjs';

const { values } = parseArgs({ options: { json: { type: 'string' }, only: { type: 'string' } }, strict: true });
const benchDir = join(root, 'test', 'bench');
const suites = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => !values.only || file.startsWith(values.only))
  .sort();

const started = Date.now();
const rows = [];
for (const file of suites) {
  const runner = join(root, 'main', 'tools', 'bench-one.ts');
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', runner, join(benchDir, file)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 4 * 60_000,
  });
  const line = (result.stdout ?? '').split('\n').find((l) => l.startsWith('BENCH_ROWS '));
  if (result.status !== 0 || !line) {
    console.error(`${file} failed (exit ${result.status}):\n${(result.stderr ?? '').slice(-2000)}`);
    rows.push({
      name: `${file.replace('.bench.ts', '')}.suite`,
      unit: 'ok',
      target: 1,
      comparator: '==',
      value: null,
      met: false,
      note: 'suite crashed',
    });
    continue;
  }
  rows.push(...JSON.parse(line.slice('BENCH_ROWS '.length)));
}

const fmt = (v) => (v === null ? 'n/a' : Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 3 : 1));
const table = rows.map((r) => [
  r.name,
  `${r.comparator} ${fmt(r.target)} ${r.unit}`,
  `${fmt(r.value)} ${r.unit}`,
  r.met ? 'met' : 'NOT MET',
  r.note ?? '',
]);
const header = ['figure', 'target', 'measured', 'met', 'note'];
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const print = (cells) =>
  console.log(
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd(),
  );
print(header);
print(widths.map((w) => '-'.repeat(w)));
table.forEach(print);
console.log(
  `\n${rows.filter((r) => r.met).length} of ${rows.length} ` +
    `targets met in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);
if (values.json)
  writeFileSync(
    values.json,
    JSON.stringify(
      rows.map(({ note: _note, ...row }) => row),
      null,
      2,
    ),
  );
