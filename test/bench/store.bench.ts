import { benchRow, type BenchRow } from './bench-row';
import { describeKills, runMigrationKills, type KillReport } from '../fixtures/stores/kill-harness';

// More kills than CI runs (test/integration/store/migration-kills.test.ts): each upgrade killed at a random moment
// must leave a store that opens, at the old version or the new, with every row.
const COLUMN_TRIALS = 60;
const REBUILD_TRIALS = 15;

const survived = (report: KillReport) =>
  report.trials.filter((trial) => trial.openError === null && trial.version !== 'between' && trial.rowsLost === 0)
    .length;

export default async function storeBench(): Promise<BenchRow[]> {
  const columns = await runMigrationKills({ scenario: 'staff-columns', trials: COLUMN_TRIALS, rows: 2_000, seed: 41 });
  const rebuild = await runMigrationKills({ scenario: 'staff-rebuild', trials: REBUILD_TRIALS, rows: 2_000, seed: 43 });
  const total = COLUMN_TRIALS + REBUILD_TRIALS;
  return [
    benchRow(
      'store.migration_kills_survived',
      'count',
      '>=',
      total,
      survived(columns) + survived(rebuild),
      `${describeKills(columns)}; ${describeKills(rebuild)}`,
    ),
  ];
}
