import type { BoardVisit, RotaWeekView } from './board';

/** What the board's rows are: one per worker (with an "Unassigned" row first) or one per person. */
export type BoardRowsBy = 'worker' | 'person';

/**
 * The board's filters, each `''` for "all". A team is a person's chosen team, named by the person (`teamOf`); it
 * shows that team's workers and what they do, and the person's visits nobody has yet.
 */
export interface BoardFilter {
  teamOf: string;
  personId: string;
  workerId: string;
  unassignedOnly: boolean;
}

/** No filter: every row and visit of the week. */
export const NO_BOARD_FILTER: BoardFilter = { teamOf: '', personId: '', workerId: '', unassignedOnly: false };

/** The id of the worker rows' "Unassigned" row. */
export const UNASSIGNED_ROW = 'unassigned';

/** One row of the board. */
export interface BoardRow {
  id: string;
  name: string;
  /** A worker's planned against guaranteed hours, in minutes (null for people and the Unassigned row). */
  hours: { planned: number; guaranteed: number } | null;
}

/** Whether any filter narrows the board. */
export function isFiltered(f: BoardFilter): boolean {
  return f.teamOf !== '' || f.personId !== '' || f.workerId !== '' || f.unassignedOnly;
}

/** The visits the filter keeps; `team` is the chosen team's worker ids (empty when no team is chosen). */
function visitKept(v: BoardVisit, f: BoardFilter, team: ReadonlySet<string>): boolean {
  if (f.personId !== '' && v.clientId !== f.personId) return false;
  if (f.workerId !== '' && !v.workerIds.includes(f.workerId)) return false;
  if (f.unassignedOnly && v.workerIds.length > 0) return false;
  if (f.teamOf !== '')
    return v.workerIds.length === 0 ? v.clientId === f.teamOf : v.workerIds.some((id) => team.has(id));
  return true;
}

/**
 * The rows and visits a filtered board shows. Worker rows: a chosen worker or team keeps those workers even on days
 * they have no visit (to see who is free); otherwise a filter keeps the workers with a visit it keeps. The
 * Unassigned row stays while it has a visit kept (always, unfiltered). Person rows keep the chosen person, or, under
 * another filter, the people with a visit kept.
 */
export function filterBoard(
  week: Pick<RotaWeekView, 'workers' | 'clients' | 'visits'>,
  by: BoardRowsBy,
  f: BoardFilter,
): { rows: BoardRow[]; visits: BoardVisit[] } {
  const team = new Set(week.clients.find((c) => c.id === f.teamOf)?.teamWorkerIds ?? []);
  const filtered = isFiltered(f);
  const visits = filtered ? week.visits.filter((v) => visitKept(v, f, team)) : week.visits;
  if (by === 'person') {
    const withVisits = new Set(visits.map((v) => v.clientId));
    const onlyVisits = f.teamOf !== '' || f.workerId !== '' || f.unassignedOnly;
    const rows = week.clients
      .filter((c) => (f.personId === '' || c.id === f.personId) && (!onlyVisits || withVisits.has(c.id)))
      .map((c) => ({ id: c.id, name: c.name, hours: null }));
    return { rows, visits };
  }
  const withVisits = new Set(visits.flatMap((v) => (v.workerIds.length > 0 ? v.workerIds : [UNASSIGNED_ROW])));
  const byVisits = filtered && f.workerId === '' && f.teamOf === '';
  const workers = week.workers
    .filter(
      (w) =>
        (f.workerId === '' || w.id === f.workerId) &&
        (f.teamOf === '' || team.has(w.id)) &&
        (!byVisits || withVisits.has(w.id)),
    )
    .map((w) => ({ id: w.id, name: w.name, hours: { planned: w.plannedMinutes, guaranteed: w.guaranteedMinutes } }));
  const unassigned = !filtered || withVisits.has(UNASSIGNED_ROW);
  return {
    rows: [...(unassigned ? [{ id: UNASSIGNED_ROW, name: 'Unassigned', hours: null }] : []), ...workers],
    visits,
  };
}
