import { performance } from 'node:perf_hooks';
import { openTestBackend } from '../fixtures/test-backend';
import { benchRow, percentile, type BenchRow } from './bench-row';

// The Charter checklist on the demo branch with its neighbourhood week planned (~4,700 visits): the rota measures
// read the stored plan, validate it, rebuild the planner's figures and the pay view, so the page's cost grows with
// the weeks planned around today; a week's validated figures are kept while its plan is unchanged.
export default async function (): Promise<BenchRow[]> {
  const tb = await openTestBackend({ demo: true });
  try {
    const manager = await tb.signedIn('manager');
    await manager.ok('rota.planWeek', { isoWeek: '2026-W48' });
    const times: number[] = [];
    let visits = 0;
    for (let i = 0; i < 5; i += 1) {
      const s = performance.now();
      const charter = await manager.ok('compliance.charter', {});
      times.push(performance.now() - s);
      visits = Number(/of ([\d,]+) visits/.exec(charter.items[1]?.figure ?? '')?.[1]?.replace(/,/g, '') ?? 0);
    }
    const [first = Number.NaN, ...again] = times;
    return [
      benchRow(
        'compliance.charter_first_ms',
        'ms',
        '<=',
        2000,
        Math.round(first),
        `first request after planning: one week of ${visits} covered visits validated and costed`,
      ),
      benchRow(
        'compliance.charter_repeat_p95_ms',
        'ms',
        '<=',
        300,
        Math.round(percentile(again, 95)),
        `${again.length} more requests with the plan unchanged (its validated figures kept)`,
      ),
    ];
  } finally {
    await tb.close();
  }
}
