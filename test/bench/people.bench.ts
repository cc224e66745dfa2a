import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackend } from '@main/backend';
import { buildDemoBranch } from '@main/demo/demo-branch';
import { ManualClock } from '@main/platform/clock';
import { seededIds } from '@main/platform/ids';
import { loadPlannerData, resolveTeamTravel } from '@main/services/rota-input/load-planner-input';
import { isoWeekOf } from '@shared/domain/time/iso-week';
import { benchRow, percentile, type BenchRow } from './bench-row';

const NOW = '2026-11-23T09:00:00.000Z';

/** planner.input_load_ms: load a neighbourhood week (300 people, ~150 workers) from a file store, as the app does. */
export default async function peopleBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'nh-people-bench-'));
  try {
    const clock = new ManualClock(NOW);
    const backend = await createBackend({ dbPath: join(dir, 'store.db'), clock, ids: seededIds(clock, 11) });
    // Scale 1.1 makes ~150 care workers (senior, care and support workers plus team leaders).
    await buildDemoBranch(backend.deps, { scale: 1.1 });
    const week = isoWeekOf('2026-11-23');
    const times: number[] = [];
    const travelTimes: number[] = [];
    let size = '';
    for (let i = 0; i < 21; i += 1) {
      const started = performance.now();
      const data = await loadPlannerData(backend.deps.db, week);
      times.push(performance.now() - started);
      // Resolving every team's travel minutes is the instance builder's step; timed apart and shown in the note.
      const travelStarted = performance.now();
      const travel = resolveTeamTravel(data);
      travelTimes.push(performance.now() - travelStarted);
      size =
        `${data.clients.length} people, ${data.workers.length} workers, ${data.visits.length} visits, ` +
        `${data.recordedTravel.length} recorded times; ${travel.size} team ` +
        `travel pairs resolved in ${Math.round(percentile(travelTimes, 50))} ms`;
    }
    await backend.close();
    const first = times[0] ?? Number.NaN;
    const median = percentile(times.slice(1), 50);
    return [
      benchRow(
        'planner.input_load_ms',
        'ms',
        '<=',
        200,
        Math.round(median * 10) / 10,
        `median of 20 (first ${Math.round(first)} ms); ${size}`,
      ),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
