import { describe, expect, it } from 'vitest';
import { stressSample } from '@test/fixtures/stress-sample';
import { describeKills, runMigrationKills, type KillReport } from '@test/fixtures/stores/kill-harness';

// A kill at any moment of an upgrade must leave the store at the old version or the new one, never between, and it
// must open again with every row. CI runs a bounded number of kills (NH_MIGRATION_KILLS sets it; the rebuild, a
// second shape of the same guarantee, gets a quarter as many); `npm run bench` runs more
// (store.migration_kills_survived).
const TRIALS = Number(process.env.NH_MIGRATION_KILLS ?? stressSample({ full: 40, shifted: 12 }));
const REBUILD_TRIALS = Math.ceil(TRIALS / 4);

function expectSurvived(report: KillReport, trials: number): void {
  console.log(describeKills(report));
  expect(report.trials).toHaveLength(trials);
  expect(report.trials.filter((trial) => trial.openError !== null)).toEqual([]);
  expect(report.trials.filter((trial) => trial.version === 'between')).toEqual([]);
  expect(report.trials.filter((trial) => trial.rowsLost !== 0)).toEqual([]);
}

describe('killing the app during an upgrade', () => {
  it(`leaves a store that opens, at the old version or the new, with every row (0007, ${TRIALS} kills)`, async () => {
    const report = await runMigrationKills({ scenario: 'staff-columns', trials: TRIALS, rows: 2_000, seed: 12 });
    expectSurvived(report, TRIALS);
  }, 180_000);

  it(`does the same for a migration rebuilding a table with foreign keys off (${REBUILD_TRIALS} kills)`, async () => {
    const report = await runMigrationKills({
      scenario: 'staff-rebuild',
      trials: REBUILD_TRIALS,
      rows: 2_000,
      seed: 17,
    });
    expectSurvived(report, REBUILD_TRIALS);
  }, 180_000);
});
