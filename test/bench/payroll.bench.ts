import { performance } from 'node:perf_hooks';
import { TEST_PASSWORD, openTestBackend } from '../fixtures/test-backend';
import { benchRow, type BenchRow } from './bench-row';

// The payroll export of a four-weekly period on the demo branch (~150 workers, its neighbourhood weeks planned):
// four pay views (each week's stored plan, stretches, floors, guarantees and stored sick pay), added up per worker
// and written as CSV, with the export recorded. Planning the four weeks is set-up, not measured.
export default async function (): Promise<BenchRow[]> {
  const tb = await openTestBackend({ demo: true });
  try {
    const manager = await tb.signedIn('manager');
    const weeks = ['2026-W48', '2026-W49', '2026-W50', '2026-W51'];
    for (const isoWeek of weeks) await manager.ok('rota.planWeek', { isoWeek });
    await manager.ok('auth.reauthenticate', { password: TEST_PASSWORD });
    const s = performance.now();
    const file = await manager.ok('rota.payrollExport', { kind: 'four_weekly', firstWeek: weeks[0] ?? '' });
    const seconds = (performance.now() - s) / 1000;
    return [
      benchRow(
        'pay.period_export_s',
        's',
        '<=',
        1,
        Math.round(seconds * 100) / 100,
        `four-weekly period, ${file.summary.workers} workers, ${file.csv.length} bytes of CSV`,
      ),
    ];
  } finally {
    await tb.close();
  }
}
