import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { RotaInstance } from '@shared/domain/rota/instance';
import type { RotaPlan } from '@shared/domain/rota/plan';
import { REGION_MIN_VISITS, REGIONS_PER_ROUND, planSteps, type PlanOptions } from './planner/plan-week';
import { searchRegion, type RegionResult, type RegionTask } from './planner/region-search';
import { resolveWorkerEntry } from './run-planner-in-worker';

/** Messages to a region search thread: the week once, then one task at a time. */
export type RegionWorkerRequest =
  { type: 'region-init'; instance: RotaInstance } | { type: 'region-task'; task: RegionTask };

/** What a region search thread posts back. */
export type RegionWorkerMessage = { type: 'region-done'; result: RegionResult } | { type: 'error'; message: string };

/** Threads worth using: one per region of a round, so more never helps. */
export function defaultPlannerThreads(): number {
  return Math.min(REGIONS_PER_ROUND, availableParallelism());
}

/** A thread that searches regions of one week, one task at a time. */
class RegionThread {
  private readonly worker: Worker;
  private pending: { resolve: (r: RegionResult) => void; reject: (e: Error) => void } | null = null;

  constructor(instance: RotaInstance) {
    const entry = resolveWorkerEntry();
    // Without limits each thread's heap grows far past what a region needs before collecting, and the
    // planner's peak memory passes rota.md's 500 MB. A thread on the neighbourhood week uses about 40 MB of heap, so
    // the old generation's limit leaves a week several times larger room; the young generation's is what the process
    // holds whether used or not (at 32 MB the neighbourhood week's 10 s and 60 s plans peaked at 515 MB, at 16 MB
    // at 473 MB, with the same plan at 60 s).
    this.worker = new Worker(entry.url, {
      execArgv: entry.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 },
    });
    this.worker.on('message', (m: RegionWorkerMessage) => {
      const p = this.pending;
      this.pending = null;
      if (m.type === 'region-done') p?.resolve(m.result);
      else p?.reject(new Error(m.message));
    });
    this.worker.on('error', (e) => this.fail(e));
    this.worker.on('exit', (code) => this.fail(new Error(`region search thread exited with ${code}`)));
    this.post({ type: 'region-init', instance });
  }

  private post(m: RegionWorkerRequest): void {
    this.worker.postMessage(m);
  }

  private fail(e: Error): void {
    const p = this.pending;
    this.pending = null;
    p?.reject(e);
  }

  run(task: RegionTask): Promise<RegionResult> {
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.post({ type: 'region-task', task });
    });
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

/** Start threads until the pool has `size`. */
function growPool(pool: RegionThread[], instance: RotaInstance, size: number): void {
  while (pool.length < size) pool.push(new RegionThread(instance));
}

/** Run tasks spread over the threads (task k on thread k mod n, each thread's in turn); results in task order. */
async function runSpread(pool: readonly RegionThread[], tasks: readonly RegionTask[]): Promise<RegionResult[]> {
  const results: RegionResult[] = new Array<RegionResult>(tasks.length);
  await Promise.all(
    pool.map(async (thread, t) => {
      for (let k = t; k < tasks.length; k += pool.length) results[k] = await thread.run(tasks[k] as RegionTask);
    }),
  );
  return results;
}

/**
 * Plan a week with its region searches on up to `threads` threads. The plan is the same as
 * `planWeek` gives for the same seed and iterations (unless a time limit cuts the search short);
 * only the wall-clock time differs. Small weeks, or one thread, run here without threads.
 */
export async function planWeekInParallel(
  instance: RotaInstance,
  options: PlanOptions = {},
  threads = defaultPlannerThreads(),
): Promise<RotaPlan> {
  const steps = planSteps(instance, options);
  // Only a week searched in regions needs threads. They start at the first batch (an empty one, once the first plan
  // exists, so they load while the whole week is searched here), not beside construction: starting a thread takes a
  // core for a while (loading the planner, reading the week), and on a 2-core machine starting them beside
  // construction doubled the first plan's time (0.45 s to 1.2 s on the neighbourhood week).
  const size = threads >= 2 && instance.visits.length >= REGION_MIN_VISITS ? Math.min(threads, REGIONS_PER_ROUND) : 0;
  const pool: RegionThread[] = [];
  try {
    let step = steps.next();
    while (step.done !== true) {
      const { model, tasks } = step.value;
      growPool(pool, instance, size);
      step = steps.next(size === 0 ? tasks.map((task) => searchRegion(model, task)) : await runSpread(pool, tasks));
    }
    return step.value;
  } finally {
    await Promise.all(pool.map((t) => t.close()));
  }
}
