// worker_threads entry, two jobs: plan one week off the request path (posting progress and the final plan),
// or search regions of a week for a plan running in parallel (one task at a time).
import { parentPort, type MessagePort } from 'node:worker_threads';
import { RotaInstance } from '@shared/domain/rota/instance';
import { buildModel, type Model } from './planner/model';
import { searchRegion } from './planner/region-search';
import { planWeekInParallel, type RegionWorkerMessage, type RegionWorkerRequest } from './plan-in-parallel';
import type { PlannerWorkerMessage, PlannerWorkerRequest } from './run-planner-in-worker';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function planJob(port: MessagePort, req: PlannerWorkerRequest): void {
  const post = (m: PlannerWorkerMessage): void => port.postMessage(m);
  try {
    const instance = RotaInstance.parse(req.instance);
    planWeekInParallel(instance, {
      ...req.options,
      onProgress: (progress) => post({ type: 'progress', progress }),
    }).then(
      (plan) => post({ type: 'done', plan }),
      (e: unknown) => post({ type: 'error', message: message(e) }),
    );
  } catch (e) {
    post({ type: 'error', message: message(e) });
  }
}

let model: Model | null = null;

function regionJob(port: MessagePort, req: RegionWorkerRequest): void {
  const post = (m: RegionWorkerMessage): void => port.postMessage(m);
  try {
    if (req.type === 'region-init') model = buildModel(req.instance);
    else if (model === null) post({ type: 'error', message: 'region task before the week was sent' });
    else post({ type: 'region-done', result: searchRegion(model, req.task) });
  } catch (e) {
    post({ type: 'error', message: message(e) });
  }
}

const port = parentPort;
if (port !== null) {
  port.on('message', (req: PlannerWorkerRequest | RegionWorkerRequest) => {
    if (req.type === 'plan') planJob(port, req);
    else regionJob(port, req);
  });
}
