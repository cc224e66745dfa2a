import { formatWeek } from '@shared/domain/time/format';
import { hoursBalance, type HoursBalance } from '@main/rota/hours-balance';
import { loadStoredPlan } from '@main/services/rota/stored-plan';
import { openTestBackend } from '../fixtures/test-backend';
import { benchRow, type BenchRow } from './bench-row';

// The demo branch is staffed as a real branch would be (main/demo/demo-workforce.ts, choose-teams.ts): planning its
// weeks through the procedure leaves under 1% of visits with nobody. Two weeks ahead of the demo's "today" (Mon 23
// Nov 2026), so alternate-week visits, leave and expiring training differ between them; each row is the worse week.
const WEEKS = ['2026-W50', '2026-W51'];

/** Hours above guaranteed hours from which a week is far above them (issue 14: "more than 10 hours above"). */
const OVER_MARGIN_MINUTES = 600;

// Hours targets (issue 14 asks for single digits; before the planner weighed hours, 33 and 41–49 workers of 142):
// - below: workers short of their guaranteed hours whose possible visits (team, skills, availability; see
//   `reachableMinutes`) could have made them up. A worker whose availability cannot reach their hours is not the
//   planner's doing; the note says how many there are. A worker short by any minute counts.
// - over: workers planned more than 10 hours above their guaranteed hours (a zero-hours worker above 10 hours counts).
//   The demo's visits need more hours than the contracts guarantee, so some work above the guarantee is inevitable;
//   single digits means it is spread, not heaped on a few.
const BELOW_TARGET = 9;
const OVER_TARGET = 9;

export default async function (): Promise<BenchRow[]> {
  const tb = await openTestBackend({ demo: true });
  try {
    const coordinator = await tb.signedIn('coordinator');
    const weeks: {
      week: string;
      unassigned: number;
      visits: number;
      pct: number;
      hours: HoursBalance;
      workers: number;
    }[] = [];
    for (const week of WEEKS) {
      const view = await coordinator.ok('rota.planWeek', { isoWeek: week });
      const unassigned = view.visits.filter((v) => v.workerIds.length < v.workersNeeded).length;
      const pct = view.visits.length === 0 ? Number.NaN : (100 * unassigned) / view.visits.length;
      const stored = await loadStoredPlan(tb.backend.deps.db, week);
      const hours = hoursBalance(stored.instance, stored.plan, OVER_MARGIN_MINUTES);
      weeks.push({ week, unassigned, visits: view.visits.length, pct, hours, workers: stored.instance.workers.length });
    }
    const worst = Math.max(...weeks.map((w) => w.pct));
    const worstBelow = Math.max(...weeks.map((w) => w.hours.belowReachable));
    const worstOver = Math.max(...weeks.map((w) => w.hours.over));
    const hoursNote = (w: (typeof weeks)[number]): string => {
      const short = Math.round(w.hours.shortReachableMinutes / 60);
      return (
        `${formatWeek(w.week)}: ${w.hours.belowReachable} of ${w.workers} (${short} h short), and ` +
        `${w.hours.belowUnreachable} more whose availability cannot reach their hours`
      );
    };
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
      benchRow(
        'rota.demo_below_guaranteed_workers',
        'count',
        '<=',
        BELOW_TARGET,
        worstBelow,
        `below guaranteed hours that their possible visits could reach: ${weeks.map(hoursNote).join('; ')}`,
      ),
      benchRow(
        'rota.demo_over_10h_workers',
        'count',
        '<=',
        OVER_TARGET,
        worstOver,
        `more than 10 hours above guaranteed hours: ` +
          weeks.map((w) => `${formatWeek(w.week)}: ${w.hours.over} of ${w.workers}`).join('; '),
      ),
    ];
  } finally {
    await tb.close();
  }
}
