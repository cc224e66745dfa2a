import type { Kysely } from 'kysely';
import type { CareDeliveryFigures, WeekFigures } from '@shared/domain/sync/build-summary';
import { hubFiguresOf } from '@shared/domain/sync/hub-figures';
import { weekDates } from '@shared/domain/time/iso-week';
import type { Database } from '@main/db/schema';
import { validatedFigures } from '../compliance/charter-rota-facts';
import { hubCouncilSummary } from '../hub/usage-service';
import { findWeek } from '../rota/rota-week-queries';
import { loadStoredPlan } from '../rota/stored-plan';
import { wallClockAt } from '../actuals/wall-clock';
import { visitTimeTally } from '../visit-times/visit-times-tally';

/** Why a week has no care delivery figures yet, in words for the manager; null when it has. */
export async function weekNotReady(db: Kysely<Database>, isoWeek: string): Promise<string | null> {
  const week = await findWeek(db, isoWeek);
  if (!week) return 'This week has not been planned, so there is no rota to report.';
  if (week.status !== 'published') return 'This week’s rota has not been published yet.';
  return null;
}

/**
 * A week's true figures for its council summary: care delivery from the published rota (the same validated and
 * costed figures the Charter reads, so the two agree) and from actual visit times as they stood at `now` (the same
 * tally as the Visit times page), and the hub's use from the hub's own council block.
 * Call only for a week whose rota is published (see weekNotReady).
 */
export async function weekFigures(db: Kysely<Database>, isoWeek: string, now: Date): Promise<WeekFigures> {
  const dates = weekDates(isoWeek);
  const from = dates[0] ?? '';
  const to = dates[6] ?? '';
  const [careDelivery, hub, visitTimes] = await Promise.all([
    careDeliveryFigures(db, isoWeek),
    hubCouncilSummary(db, from, to),
    visitTimeTally(db, from, to, wallClockAt(now)),
  ]);
  return {
    careDelivery: { ...careDelivery, visitTimes: { totals: visitTimes.totals, lateMinutes: visitTimes.lateMinutes } },
    hub: hubFiguresOf(hub),
  };
}

async function careDeliveryFigures(
  db: Kysely<Database>,
  isoWeek: string,
): Promise<Omit<CareDeliveryFigures, 'visitTimes'>> {
  const stored = await loadStoredPlan(db, isoWeek);
  const { instance, plan } = stored;
  const checked = await validatedFigures(db, stored);
  const workersOf = new Map(plan.assignments.map((a) => [a.visitId, a.workerIds]));
  const teams = new Map(instance.clients.map((c) => [c.id, new Set(c.teamWorkerIds)]));
  const people = new Set<string>();
  let plannedMinutes = 0;
  let under30 = 0;
  let unassigned = 0;
  let byChosenTeam = 0;
  let splitParts = 0;
  for (const visit of instance.visits) {
    people.add(visit.clientId);
    plannedMinutes += visit.durationMinutes;
    // A split's second part is the same agreed visit: its minutes count, not another visit.
    if (visit.partOf !== undefined) {
      splitParts += 1;
      continue;
    }
    if (visit.durationMinutes < 30) under30 += 1;
    const workers = workersOf.get(visit.id) ?? [];
    if (workers.length === 0) unassigned += 1;
    else if (workers.every((w) => teams.get(visit.clientId)?.has(w))) byChosenTeam += 1;
  }
  // The validator counts workers for each person with someone assigned; a person whose visits all wait for a
  // worker sees nobody yet, which counts as 0 rather than leaving them out.
  const withNobody = Math.max(0, people.size - checked.medians.length);
  return {
    plannedVisits: instance.visits.length - splitParts,
    plannedMinutes,
    visitsUnder30Minutes: under30,
    workersPerPerson: [...Array<number>(withNobody).fill(0), ...checked.medians],
    byChosenTeam,
    unassignedVisits: unassigned,
    paidTravelMinutes: checked.travelMinutesPaid,
    workingTimeExceptions: checked.workingTimeExceptions,
  };
}
