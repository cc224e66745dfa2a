import type { RequestVisit } from '@shared/domain/team-week/team-changes';
import type { TeamVisit, TeamWeek } from '@shared/domain/team-week/team-week';
import { visitHasStarted } from '@shared/domain/team-week/visit-started';

/** A visit of the team's week with the person it is for. */
export type MyVisit = TeamVisit & RequestVisit;

/** Every visit of the week with the person it is for. */
export function visitsOf(week: TeamWeek | undefined): MyVisit[] {
  return (week?.people ?? []).flatMap((p) => p.visits.map((v) => ({ ...v, person: p.name })));
}

/** Whether a visit has not started yet by the backend's clock (`now`, ISO UTC): only those may change hands. */
export function notStarted(v: TeamVisit, now: string): boolean {
  return !visitHasStarted(v.date, v.startMinute, new Date(now));
}

/** A teammate a worker may ask to swap with: someone else going to a person in the worker's teams this week. */
export interface Teammate {
  id: string;
  name: string;
}

/** The teammates who could take this visit: everyone going to the team's people, less those already on it. */
export function teammatesFor(visit: TeamVisit, all: readonly TeamVisit[]): Teammate[] {
  const byId = new Map<string, string>();
  for (const v of all) v.workerIds.forEach((id, i) => byId.set(id, v.workerNames[i] ?? 'A colleague'));
  return [...byId]
    .filter(([id]) => !visit.workerIds.includes(id))
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
