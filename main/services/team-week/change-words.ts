import { formatDate, formatMinute } from '@shared/domain/time/format';
import type { StoredPlan } from '@main/services/rota/stored-plan';
import type { TeamChange } from './team-change-rules';

/** In words, for notices: "Ada Okafor, Thu 26 Nov 2026 at 08:45". */
export function visitWords(stored: StoredPlan, visitId: string | undefined): string {
  const row = visitId === undefined ? undefined : stored.rowById.get(visitId);
  if (!row) return 'a visit';
  const person = stored.instance.clients.find((c) => c.id === row.client_id)?.name ?? 'a person';
  return `${person}, ${formatDate(row.date)} at ${formatMinute(row.start_minute)}`;
}

/** A shift in words: "Thu 10 Dec 2026 (3 visits, 08:00 to 13:30)". */
export function shiftWords(stored: StoredPlan, visitIds: readonly string[]): string {
  const rows = visitIds
    .map((id) => stored.rowById.get(id))
    .filter((r) => r !== undefined)
    .sort((a, b) => a.start_minute - b.start_minute);
  const first = rows[0];
  if (!first) return 'a shift';
  const end = Math.max(...rows.map((r) => r.start_minute + r.duration_minutes));
  const count = rows.length === 1 ? '1 visit' : `${rows.length} visits`;
  return `${formatDate(first.date)} (${count}, ${formatMinute(first.start_minute)} to ${formatMinute(end)})`;
}

/**
 * What a change is about, in words: the visit ("Ada Okafor, Thu 26 Nov 2026 at 08:45"), or for a shift swap whose
 * shift for whose ("Sam Lee’s shift on Thu 10 Dec 2026 (3 visits, 08:00 to 13:30) for Jo Bell’s shift on …").
 */
export function subjectWords(stored: StoredPlan, change: TeamChange, names: ReadonlyMap<string, string>): string {
  if (change.kind !== 'swap_shift') return visitWords(stored, change.visitIds[0]);
  const name = (id: string | null) => (id === null ? 'a colleague' : (names.get(id) ?? 'a colleague'));
  const theirs =
    change.otherVisitIds.length === 0
      ? ''
      : ` for ${name(change.toStaffId)}’s shift on ${shiftWords(stored, change.otherVisitIds)}`;
  return `${name(change.fromStaffId)}’s shift on ${shiftWords(stored, change.visitIds)}${theirs}`;
}

/** A change's kind in words, as notices name it: "swap", "shift swap" or "give-up". */
export function kindWords(change: Pick<TeamChange, 'kind'>): string {
  return change.kind === 'swap' ? 'swap' : change.kind === 'swap_shift' ? 'shift swap' : 'give-up';
}
