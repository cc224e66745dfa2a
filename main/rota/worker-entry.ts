// worker_threads entry: plan one week off the request path, posting progress and the final plan.
import { parentPort } from 'node:worker_threads';
import { RotaInstance } from '../../shared/domain/rota/instance';
import { planWeek } from './planner/plan-week';
import type { PlannerWorkerMessage, PlannerWorkerRequest } from './run-planner-in-worker';

const port = parentPort;
if (port !== null) {
  port.once('message', (req: PlannerWorkerRequest) => {
    const post = (m: PlannerWorkerMessage): void => port.postMessage(m);
    try {
      const instance = RotaInstance.parse(req.instance);
      const plan = planWeek(instance, { ...req.options, onProgress: (progress) => post({ type: 'progress', progress }) });
      post({ type: 'done', plan });
    } catch (e) {
      post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  });
}
