import { benchRow, type BenchRow } from './bench-row';
import { describeKills, runMigrationKills, type KillReport } from '../fixtures/stores/kill-harness';
import { runWriteKills } from '../fixtures/stores/write-kills';

// More kills than CI runs (test/integration/store/migration-kills.test.ts): each upgrade killed at a random moment
// must leave a store that opens, at the old version or the new, with every row.
const COLUMN_TRIALS = 60;
const REBUILD_TRIALS = 15;
// security.md's durability promise is 1,000 kills (about 40 minutes here); a bench run takes STORE_KILLS kills of a
// process writing through the backend (100 unless set) beside the migration kills, and says so.
const KILLS_TARGET = 1_000;

const survived = (report: KillReport) =>
  report.trials.filter((trial) => trial.openError === null && trial.version !== 'between' && trial.rowsLost === 0)
    .length;

export default async function storeBench(): Promise<BenchRow[]> {
  const columns = await runMigrationKills({ scenario: 'staff-columns', trials: COLUMN_TRIALS, rows: 2_000, seed: 41 });
  const rebuild = await runMigrationKills({ scenario: 'staff-rebuild', trials: REBUILD_TRIALS, rows: 2_000, seed: 43 });
  const total = COLUMN_TRIALS + REBUILD_TRIALS;
  const writes = await runWriteKills({ trials: Number(process.env.STORE_KILLS ?? 100), seed: 47, maxKillMs: 3_000 });
  const writesSurvived = writes.filter((t) => t.lost === 0 && t.integrityOk && t.auditOk).length;
  const committed = writes.reduce((sum, t) => sum + t.committed, 0);
  return [
    benchRow(
      'store.kills_survived',
      'count',
      '>=',
      KILLS_TARGET,
      writesSurvived + survived(columns) + survived(rebuild),
      `${writes.length} kills while writing and backing up (${committed} records reported saved, ` +
        `${writes.reduce((sum, t) => sum + t.lost, 0)} lost, ${writes.filter((t) => !t.integrityOk).length} failing ` +
        `integrity_check, ${writes.filter((t) => !t.auditOk).length} with a broken audit chain) and ${total} during ` +
        `upgrades; STORE_KILLS=${KILLS_TARGET - total} for the full count`,
    ),
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
