import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RotaInstanceInput } from '../../shared/domain/rota/instance';
import type { RotaPlan } from '../../shared/domain/rota/plan';
import type { PlanProgress } from './planner/plan-week';

/** What the app sends to the planner thread. */
export interface PlannerWorkerRequest {
  instance: RotaInstanceInput;
  options: { seed?: number; iterations?: number; timeLimitMs?: number };
}

/** What the planner thread posts back. */
export type PlannerWorkerMessage =
  | { type: 'progress'; progress: PlanProgress }
  | { type: 'done'; plan: RotaPlan }
  | { type: 'error'; message: string };

/** Where the worker entry lives: the bundled sibling `.mjs` when present, else the TS source run through tsx. */
export function resolveWorkerEntry(): { url: URL; execArgv: string[] } {
  const bundled = new URL('./rota-worker.mjs', import.meta.url);
  if (bundled.protocol === 'file:' && existsSync(fileURLToPath(bundled))) return { url: bundled, execArgv: [] };
  return { url: new URL('./worker-entry.ts', import.meta.url), execArgv: ['--import', 'tsx'] };
}

/** Run the planner in a worker thread; progress arrives through `onProgress`, the plan through the promise. */
export function runPlannerInWorker(request: PlannerWorkerRequest, onProgress?: (p: PlanProgress) => void): Promise<RotaPlan> {
  const entry = resolveWorkerEntry();
  const worker = new Worker(entry.url, { execArgv: entry.execArgv });
  return new Promise<RotaPlan>((resolve, reject) => {
    worker.on('message', (m: PlannerWorkerMessage) => {
      if (m.type === 'progress') onProgress?.(m.progress);
      else {
        void worker.terminate();
        if (m.type === 'done') resolve(m.plan);
        else reject(new Error(m.message));
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`planner worker exited with ${code}`));
    });
    worker.postMessage(request);
  });
}
