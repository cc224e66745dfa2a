import type { Model } from './model';
import type { PlanState } from './state';

/** The part of a week one search may change: its people (by client index) and its workers (by worker index). */
export interface Region {
  clients: Uint8Array;
  workers: Uint8Array;
}

/**
 * Split the people in two by a straight line through the neighbourhood at `angle` (radians), each half
 * with about the same visit minutes; every worker joins the half where most of their planned minutes are
 * (or, with none yet, where most of their people are). People choose nearby workers, so few teams cross
 * the line, and turning the line between rounds lets every boundary move in some round.
 */
export function splitInTwo(state: PlanState, angle: number): [Region, Region] {
  const m = state.model;
  const nc = m.clientIds.length;
  const minutes = new Float64Array(nc);
  for (const v of m.visits) minutes[v.client] = (minutes[v.client] ?? 0) + v.dur * v.need;
  const dx = Math.cos(angle);
  const dy = Math.sin(angle);
  const along = m.instance.clients.map((c, i) => ({ i, p: c.location.lon * 0.62 * dx + c.location.lat * dy }));
  along.sort((a, b) => a.p - b.p || a.i - b.i);
  const total = minutes.reduce((a, x) => a + x, 0);
  const first = new Uint8Array(nc);
  let sum = 0;
  for (const { i } of along) {
    if (sum >= total / 2) break;
    first[i] = 1;
    sum += minutes[i] ?? 0;
  }
  const workersFirst = workerSides(state, first);
  const flip = (a: Uint8Array): Uint8Array => a.map((x) => 1 - x);
  return [
    { clients: first, workers: workersFirst },
    { clients: flip(first), workers: flip(workersFirst) },
  ];
}

/** 1 for each worker whose planned minutes (else team places) lean to the clients marked 1. */
function workerSides(state: PlanState, side: Uint8Array): Uint8Array {
  const m = state.model;
  const planned = Array.from({ length: m.workers.length }, () => [0, 0]);
  for (const v of m.visits) {
    if ((state.start[v.idx] ?? -1) < 0) continue;
    for (const wi of state.workersOf[v.idx] ?? []) {
      const tally = planned[wi];
      if (tally !== undefined) tally[side[v.client] ?? 0] = (tally[side[v.client] ?? 0] ?? 0) + v.dur;
    }
  }
  const teams = teamLeaning(m, side);
  return Uint8Array.from(planned, ([other = 0, mine = 0], wi) => {
    if (mine !== other) return mine > other ? 1 : 0;
    const [tOther = 0, tMine = 0] = teams[wi] ?? [];
    return tMine > tOther ? 1 : 0;
  });
}

function teamLeaning(m: Model, side: Uint8Array): number[][] {
  const out = Array.from({ length: m.workers.length }, () => [0, 0]);
  m.clientTeams.forEach((team, c) => {
    for (const wi of team) {
      const tally = out[wi];
      if (tally !== undefined) tally[side[c] ?? 0] = (tally[side[c] ?? 0] ?? 0) + 1;
    }
  });
  return out;
}
