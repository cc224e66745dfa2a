import { formatWeek } from '@shared/domain/time/format';
import { openTestBackend } from '../fixtures/test-backend';
import { benchRow, type BenchRow } from './bench-row';

// The demo branch is staffed as a real branch would be (main/demo/demo-workforce.ts, choose-teams.ts): planning its
// weeks through the procedure leaves under 1% of visits with nobody. Two weeks ahead of the demo's "today" (Mon 23
// Nov 2026), so alternate-week visits, leave and expiring training differ between them; the row is the worse week.
const WEEKS = ['2026-W50', '2026-W51'];

export default async function (): Promise<BenchRow[]> {
  const tb = await openTestBackend({ demo: true });
  try {
    const coordinator = await tb.signedIn('coordinator');
    const weeks: { week: string; unassigned: number; visits: number; pct: number }[] = [];
    for (const week of WEEKS) {
      const view = await coordinator.ok('rota.planWeek', { isoWeek: week });
      const unassigned = view.visits.filter((v) => v.workerIds.length < v.workersNeeded).length;
      const pct = view.visits.length === 0 ? Number.NaN : (100 * unassigned) / view.visits.length;
      weeks.push({ week, unassigned, visits: view.visits.length, pct });
    }
    const worst = Math.max(...weeks.map((w) => w.pct));
    return [
      benchRow(
        'rota.demo_unassigned_pct',
        'pct',
        '<=',
        1,
        Number.isFinite(worst) ? Math.round(worst * 100) / 100 : null,
        'worse of ' +
          weeks.map((w) => `${formatWeek(w.week)}: ${w.unassigned} of ${w.visits} (${w.pct.toFixed(2)}%)`).join('; ') +
          ', planned through rota.planWeek',
      ),
    ];
  } finally {
    await tb.close();
  }
}
