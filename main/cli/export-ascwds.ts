import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../backend';
import { cliStore } from './cli-store';
import { systemContext } from '../rpc/handler-context';
import { buildAscwdsExport } from '../services/ascwds/ascwds-export';
import { findEmployerByName } from '../services/ascwds/employers';

/**
 * `npm run export:ascwds -- [--db <path>] --out <folder> [--employer <partner name>] [--check]`
 * Writes workplace.csv, staff.csv and training.csv for ASC-WDS bulk upload, from the named store or else the desktop
 * app's own. Runs on the office PC, where file access is the trust boundary, and is audited as the `cli` actor. Exits
 * 1 (writing nothing) if ASC-WDS would reject a record.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      out: { type: 'string' },
      employer: { type: 'string' },
      check: { type: 'boolean', default: false },
    },
  });
  if (!values.out && !values.check) {
    console.error(
      'Usage: npm run export:ascwds -- [--db <path>] --out <folder> [--employer "<partner provider name>"] [--check]',
    );
    return 2;
  }
  const store = cliStore(values.db, 'Export from the app instead: Workplace and ASC-WDS, then the export.');
  if (!store.ok) {
    console.error(store.message);
    return 2;
  }
  const backend = await createBackend({ dbPath: store.path });
  try {
    let employerId: string | null = null;
    if (values.employer) {
      const row = await findEmployerByName(backend.deps.db, values.employer);
      if (!row) {
        console.error(`No partner provider named "${values.employer}".`);
        return 2;
      }
      employerId = row.id;
    }
    const result = await buildAscwdsExport(systemContext(backend.deps, 'cli'), employerId, { preview: values.check });
    for (const p of result.problems)
      console.error(`${p.severity.toUpperCase()} ${p.file} ${p.record} ${p.column}: ${p.message}`);
    if (result.errors > 0) {
      console.error(`${result.errors} error(s): nothing written. Fix the records above and run again.`);
      return 1;
    }
    if (result.files && values.out) {
      const out = resolve(values.out);
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'workplace.csv'), result.files.workplace);
      writeFileSync(join(out, 'staff.csv'), result.files.staff);
      writeFileSync(join(out, 'training.csv'), result.files.training);
      console.log(
        `Wrote ${out}: ${result.workers} workers (${result.newWorkers} new) for ${result.employerName}, ` +
          `${result.trainingRecords} training records, ${result.warnings} warning(s).`,
      );
    } else {
      console.log(`Checked: ${result.workers} workers, ${result.warnings} warning(s), no errors.`);
    }
    return 0;
  } finally {
    await backend.close();
  }
}

process.exitCode = await main();
