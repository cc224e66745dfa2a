import type { ChangeRequest, RequestVisit } from '@shared/domain/team-week/team-changes';
import { formatDate, formatMinute } from '@shared/domain/time/format';

/** A visit's time of day as the team's pages show it: "08:45–09:30". */
export function visitTimes(v: { startMinute: number; durationMinutes: number }): string {
  return `${formatMinute(v.startMinute)}–${formatMinute(v.startMinute + v.durationMinutes)}`;
}

/** A visit in words: "Ada Okafor, Thu 26 Nov 2026 08:45–09:30". */
export function visitInWords(v: RequestVisit): string {
  return `${v.person}, ${formatDate(v.date)} ${visitTimes(v)}`;
}

/** What a swap or give-up asks, in words. */
export function changeInWords(r: ChangeRequest): string {
  if (r.kind === 'give_up')
    return `${r.fromName} gives up the visit to ${visitInWords(r.visit)}${r.sickness ? ' (unwell)' : ''}`;
  const exchange = r.otherVisit === null ? '' : `, in exchange for the visit to ${visitInWords(r.otherVisit)}`;
  return `${r.fromName} asks ${r.toName ?? 'a teammate'} to take the visit to ${visitInWords(r.visit)}${exchange}`;
}

/** Where a swap or give-up stands, in words. */
export function statusInWords(r: ChangeRequest): string {
  const note = r.note === null ? '' : ` (${r.note})`;
  switch (r.status) {
    case 'proposed':
      return r.awaitingYou ? 'Waiting for your answer' : `Waiting for ${r.toName ?? 'your teammate'} to answer`;
    case 'awaiting_coordinator':
      return 'Waiting for the coordinator to approve it';
    case 'done':
      return r.kind === 'swap' ? `Done: the rota has changed${note}` : `Done: the visit is open for the team${note}`;
    case 'declined':
      return `Declined${note}`;
  }
}
