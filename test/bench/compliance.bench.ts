import { performance } from 'node:perf_hooks';
import { ineligibleDates } from '@shared/domain/staff/eligibility';
import { weekDates } from '@shared/domain/time/iso-week';
import { eligibilityByStaff } from '@main/services/staff/eligibility-facts';
import { openTestBackend } from '../fixtures/test-backend';
import { benchRow, percentile, type BenchRow } from './bench-row';

const WORKERS = 150;
const RUNS = 200;

/**
 * `compliance.eligibility_ms`: who may work on each day of a week, for the demo branch's first 150 staff records, as
 * the planner's instance building asks it: read their eligibility facts from the store and apply the rule to 7 days.
 */
export default async function complianceBench(): Promise<BenchRow[]> {
  const tb = await openTestBackend({ demo: true });
  try {
    const db = tb.backend.deps.db;
    const ids = (await db.selectFrom('staff').select('id').orderBy('id').limit(WORKERS).execute()).map((r) => r.id);
    const dates = weekDates('2026-W50');
    let blockedDays = 0;
    const once = async () => {
      const facts = await eligibilityByStaff(db, ids);
      blockedDays = 0;
      for (const f of facts.values()) blockedDays += ineligibleDates(f, dates).size;
    };
    for (let i = 0; i < 20; i += 1) await once(); // warm the statement cache and the JIT
    // The median is the figure: on a shared two-core machine the tail measures other processes' time slices.
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const started = performance.now();
      await once();
      times.push(performance.now() - started);
    }
    const p95 = percentile(times, 95);
    const median = percentile(times, 50);
    return [
      benchRow(
        'compliance.eligibility_ms',
        'ms',
        '<=',
        10,
        Math.round(median * 100) / 100,
        `median of ${RUNS} (p95 ${p95.toFixed(2)} ms); ${ids.length} workers × 7 days, store read included; ` +
          `${blockedDays} worker-days blocked`,
      ),
    ];
  } finally {
    await tb.close();
  }
}
