import { performance } from 'node:perf_hooks';
import { offerOpenVisit, planWeek } from '@main/rota';
import { generateInstance } from '../fixtures/rota/instance-generator';
import { benchRow, percentile, type BenchRow } from './bench-row';

// Offering an open visit to its team on the neighbourhood week (300 people, 150 workers, ~4,500 visits): the
// eligibility rule and the independent validator for every member of the person's team (up to 12), as a worker's
// team week does for each open visit it shows. Open visits are made by taking assigned visits off a planned week.
export default async function (): Promise<BenchRow[]> {
  const instance = generateInstance();
  const planned = planWeek(instance, { seed: 1, iterations: 20_000 });
  const teams = new Map(instance.clients.map((c) => [c.id, c.teamWorkerIds]));
  const visits = new Map(instance.visits.map((v) => [v.id, v]));
  // Every 40th single-worker visit with a full team of 12, made open one at a time.
  const sample = planned.assignments
    .filter((a) => a.workerIds.length === 1 && (teams.get(visits.get(a.visitId)?.clientId ?? '')?.length ?? 0) >= 12)
    .filter((_, i) => i % 40 === 0);
  const times: number[] = [];
  // One untimed offer first, so the figure is the steady state rather than the first compile.
  const warm = sample[0];
  if (warm) offerOpenVisit(instance, planned, warm.visitId, teams.get(visits.get(warm.visitId)?.clientId ?? '') ?? []);
  let offered = 0;
  for (const a of sample) {
    const plan = { ...planned, assignments: planned.assignments.filter((x) => x !== a) };
    const team = teams.get(visits.get(a.visitId)?.clientId ?? '') ?? [];
    const t0 = performance.now();
    const offers = offerOpenVisit(instance, plan, a.visitId, team);
    times.push(performance.now() - t0);
    offered += offers.filter((o) => o.breaches.length === 0).length;
  }
  return [
    benchRow(
      'team.open_visit_offer_ms',
      'ms',
      '<=',
      50,
      times.length > 0 ? Math.round(percentile(times, 95) * 10) / 10 : null,
      `p95 of ${times.length} open visits (median ${Math.round(percentile(times, 50) * 10) / 10} ms), teams of 12, ` +
        `${instance.visits.length} visits in the week; ${offered} offers could be taken`,
    ),
  ];
}
