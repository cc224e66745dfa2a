import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openBranch, write } from '@test/fixtures/builders';
import { aBoroughOfPostcodes, onspdCsv } from '@test/fixtures/postcode-directory';
import { benchRow, percentile, type BenchRow } from './bench-row';

const ROWS = 20_000;
const RUNS = 5;

/**
 * people.postcode_import_s: import a borough's extract of the ONS Postcode Directory (20,000 rows with all the
 * ONSPD's columns, as the ONS publishes it) into a file store, replacing the directory already there: parse, check
 * every row, and write in one transaction, as the manager's import does.
 */
export default async function postcodesBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'nh-postcodes-bench-'));
  try {
    const tb = await openBranch({ dbPath: join(dir, 'store.db') });
    const csv = onspdCsv(aBoroughOfPostcodes(ROWS));
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const started = performance.now();
      const report = await write(tb, 'postcodes.importDirectory', { csv, dryRun: false });
      times.push((performance.now() - started) / 1000);
      if (report.postcodes !== ROWS) throw new Error(`imported ${report.postcodes} of ${ROWS} postcodes`);
    }
    await tb.close();
    const median = percentile(times, 50);
    return [
      benchRow(
        'people.postcode_import_s',
        's',
        '<=',
        5,
        Math.round(median * 100) / 100,
        `median of ${RUNS}; ${ROWS.toLocaleString('en-GB')} rows, ${(csv.length / 1e6).toFixed(1)} MB of CSV`,
      ),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
