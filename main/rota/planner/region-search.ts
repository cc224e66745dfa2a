import type { RotaInstance } from '@shared/domain/rota/instance';
import type { StopReason } from '@shared/domain/rota/plan';
import { mulberry32 } from '../prng';
import { buildModel, travelCache, type Model } from './model';
import { PlanState } from './state';
import { improve, type Snapshot } from './local-search';
import type { Region } from './regions';

/** One region's search: where every visit of the whole week is, and what the region may change. */
export interface RegionTask {
  placement: Snapshot;
  /** 1 for visits pinned by the coordinator (whole-week visit indexes). */
  pins: Uint8Array;
  region: Region;
  seed: number;
  iterations: number;
  deadline: number;
  /** Check the tracked score after every accepted move (tests only). */
  assertScores: boolean;
}

/** The region's own visits (whole-week indexes) and where each is now. */
export interface RegionResult {
  visits: number[];
  start: number[];
  workers: number[][];
  stopReason: StopReason;
}

/**
 * Local search on one region of a week. The region's own visits are its people's visits that are
 * unassigned or done only by its workers; they may go only to its workers. Other visits on its workers
 * are held still as pins; everything else is left out. The search therefore works on a week of its own,
 * about half the size, and its result fits beside any other region's: no worker is in two regions.
 */
export function searchRegion(model: Model, task: RegionTask): RegionResult {
  const sub = regionInstance(model, task);
  // Travel times come from the whole week's model, whose cache lives across rounds, instead of being
  // worked out again for every round's smaller week; a cache of the region's own keeps lookups direct.
  const subModel = {
    ...buildModel(sub.instance),
    travel: travelCache(sub.clients.length, (mode, a, b) =>
      model.travel(mode, sub.clients[a] ?? -1, sub.clients[b] ?? -1),
    ),
  };
  const state = new PlanState(subModel);
  state.assertScores = task.assertScores;
  const { start, workers } = task.placement;
  sub.visits.forEach((vi, k) => {
    const s = start[vi] ?? -1;
    const ws = (workers[vi] ?? [])
      .map((wi) => subModel.workerIndex.get(model.workers[wi]?.id ?? ''))
      .filter((x): x is number => x !== undefined);
    if (s >= 0) state.assign(k, ws, s);
    if (k >= sub.owned) state.pinned[k] = 1;
  });
  const stopReason = improve(state, mulberry32(task.seed), task.iterations, task.deadline, () => undefined);
  const own = sub.visits.slice(0, sub.owned);
  return {
    visits: own,
    start: own.map((_, k) => state.start[k] ?? -1),
    workers: own.map((_, k) =>
      (state.workersOf[k] ?? []).map((wi) => model.workerIndex.get(subModel.workers[wi]?.id ?? '') ?? -1),
    ),
    stopReason,
  };
}

/**
 * The region's week: own visits first (`owned` of them), then the held ones; its visits and people by whole-week
 * index.
 */
function regionInstance(
  model: Model,
  task: RegionTask,
): { instance: RotaInstance; visits: number[]; clients: number[]; owned: number } {
  const { region, placement, pins } = task;
  const mine = (vi: number): boolean => (placement.workers[vi] ?? []).some((wi) => region.workers[wi] === 1);
  const own: number[] = [];
  const held: number[] = [];
  for (const v of model.visits) {
    const ws = placement.workers[v.idx] ?? [];
    const ours = region.clients[v.client] === 1 && pins[v.idx] !== 1 && ws.every((wi) => region.workers[wi] === 1);
    if (ours) own.push(v.idx);
    else if (mine(v.idx)) held.push(v.idx);
  }
  const visits = [...own, ...held];
  const clients = [...new Set(visits.map((vi) => model.visits[vi]?.client ?? -1))]
    .filter((c) => c >= 0)
    .sort((a, b) => a - b);
  const inst = model.instance;
  const instance: RotaInstance = {
    ...inst,
    workers: inst.workers.filter((_, wi) => region.workers[wi] === 1),
    clients: clients.map((c) => inst.clients[c]).filter((c): c is RotaInstance['clients'][number] => c !== undefined),
    visits: visits.map((vi) => inst.visits[vi]).filter((v): v is RotaInstance['visits'][number] => v !== undefined),
    pins: [],
  };
  return { instance, visits, clients, owned: own.length };
}

/** Put region results into the whole week's state (regions are disjoint, so the order does not matter). */
export function applyRegionResults(state: PlanState, results: readonly RegionResult[]): void {
  for (const r of results) for (const vi of r.visits) state.unassign(vi);
  for (const r of results)
    r.visits.forEach((vi, k) => {
      const s = r.start[k] ?? -1;
      if (s >= 0) state.assign(vi, r.workers[k] ?? [], s);
    });
}
