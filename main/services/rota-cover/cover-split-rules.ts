import { formatMinute } from '@shared/domain/time/format';
import type { RotaVisitRow } from '../rota/rota-week-queries';
import type { StoredPlan } from '../rota/stored-plan';
import type { RotaVisit } from '@shared/domain/rota/instance';

/** The id of a visit's second part: the visit's own id with a suffix, so the link to the ideal week reads from it. */
export const secondPartId = (visitId: string) => `${visitId}:part-2`;

/** A double-up is not split: each part would still need two workers free together. */
export const DOUBLE_UP_NOT_SPLIT =
  'A double-up visit is not split here: each part would still need two workers together. Move it, or tell the person.';

/** Why a visit cannot be split at all, in words; null when it can. */
export function splitNotPossible(
  stored: StoredPlan,
  found: { visit: RotaVisit; row: RotaVisitRow },
  shortest: number,
): string | null {
  const { visit, row } = found;
  if (visit.workersNeeded !== 1) return DOUBLE_UP_NOT_SPLIT;
  if (row.part_of !== null) return 'This is already the second part of a visit split in two.';
  if (stored.rowById.has(secondPartId(visit.id))) return 'This visit has already been split in two.';
  if (visit.durationMinutes < 2 * shortest)
    return (
      `A ${visit.durationMinutes}-minute visit cannot be split into two parts of at least ${shortest} minutes ` +
      'each.'
    );
  return null;
}

/** One part of a split: who, from when, for how long. */
export interface SplitPart {
  workerId: string;
  start: number;
  minutes: number;
}

/** "Ann Lee 09:00–09:45, then Cy Park 09:45–10:30". */
export function splitWords(stored: StoredPlan, first: SplitPart, second: SplitPart): string {
  const names = new Map(stored.instance.workers.map((w) => [w.id, w.name]));
  const span = (p: SplitPart) =>
    `${names.get(p.workerId) ?? 'a worker'} ${formatMinute(p.start)}–${formatMinute(p.start + p.minutes)}`;
  return `${span(first)}, then ${span(second)}`;
}
