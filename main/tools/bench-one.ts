// Runs one bench suite in this process and prints its rows on one line for bench.mjs to collect.
import { pathToFileURL } from 'node:url';
import type { BenchSuite } from '@test/bench/bench-row';

const file = process.argv[2];
if (!file) throw new Error('bench-one: give the suite file');
const suite = (await import(pathToFileURL(file).href)) as { default: BenchSuite };
const rows = await suite.default();
console.log(`BENCH_ROWS ${JSON.stringify(rows)}`);
process.exit(0);
