import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RotaInstanceInput } from '@shared/domain/rota/instance';
import type { RotaPlan } from '@shared/domain/rota/plan';
import type { PlanProgress } from './planner/plan-week';

/** What the app sends to the planner thread. */
export interface PlannerWorkerRequest {
  type: 'plan';
  instance: RotaInstanceInput;
  options: { seed?: number; iterations?: number; timeLimitMs?: number; initial?: RotaPlan };
}

/** What the planner thread posts back. */
export type PlannerWorkerMessage =
  { type: 'progress'; progress: PlanProgress } | { type: 'done'; plan: RotaPlan } | { type: 'error'; message: string };

/** This module's URL: the CommonJS Electron bundle has `__filename` but no `import.meta.url`. */
function moduleUrl(): string {
  return typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
}

/**
 * Where the worker entry lives: the bundled `out/rota/worker-entry.mjs` (beside `out/server/cli.mjs` and
 * `out/electron/main.cjs`, or a sibling `.mjs`) when present, else the TS source run through tsx.
 */
export function resolveWorkerEntry(): { url: URL; execArgv: string[] } {
  const base = moduleUrl();
  for (const candidate of ['./rota-worker.mjs', '../rota/worker-entry.mjs']) {
    const bundled = new URL(candidate, base);
    if (bundled.protocol === 'file:' && existsSync(fileURLToPath(bundled))) return { url: bundled, execArgv: [] };
  }
  return { url: new URL('./worker-entry.ts', base), execArgv: ['--import', 'tsx'] };
}

/** Run the planner in a worker thread; progress arrives through `onProgress`, the plan through the promise. */
export function runPlannerInWorker(
  request: PlannerWorkerRequest,
  onProgress?: (p: PlanProgress) => void,
): Promise<RotaPlan> {
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
