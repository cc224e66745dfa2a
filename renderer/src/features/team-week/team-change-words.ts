import type { ChangeRequest, RequestShift, RequestVisit } from '@shared/domain/team-week/team-changes';
import { formatDate, formatMinute } from '@shared/domain/time/format';

/** A visit's time of day as the team's pages show it: "08:45–09:30". */
export function visitTimes(v: { startMinute: number; durationMinutes: number }): string {
  return `${formatMinute(v.startMinute)}–${formatMinute(v.startMinute + v.durationMinutes)}`;
}

/** A visit in words: "Ada Okafor, Thu 26 Nov 2026 08:45–09:30". */
export function visitInWords(v: RequestVisit): string {
  return `${v.person}, ${formatDate(v.date)} ${visitTimes(v)}`;
}

/** A whole shift in words: "Thu 26 Nov 2026 09:30–18:50 (2 visits, to Ada Okafor and Cecily Marsh)". */
export function shiftInWords(s: RequestShift): string {
  const first = s.visits[0];
  const end = Math.max(...s.visits.map((v) => v.startMinute + v.durationMinutes));
  const times = first ? ` ${formatMinute(first.startMinute)}–${formatMinute(end)}` : '';
  const people = [...new Set(s.visits.map((v) => v.person))];
  const list = people.length <= 1 ? (people[0] ?? '') : `${people.slice(0, -1).join(', ')} and ${people.at(-1) ?? ''}`;
  const count = s.visits.length === 1 ? '1 visit' : `${s.visits.length} visits`;
  return `${formatDate(s.date)}${times} (${count}, to ${list})`;
}

/** What a decision is about, read after its buttons' words: "the swap of Ada Okafor, Thu 26 Nov 2026 08:45–09:30". */
export function aboutInWords(r: ChangeRequest): string {
  if (r.kind === 'swap_shift') return `the shift swap of ${r.fromName}’s shift on ${formatDate(r.shift?.date ?? '')}`;
  return `the ${r.kind === 'swap' ? 'swap' : 'give-up'} of ${visitInWords(r.visit)}`;
}

/** What a swap or give-up asks, in words. */
export function changeInWords(r: ChangeRequest): string {
  if (r.kind === 'swap_shift') {
    const mine = r.shift ? shiftInWords(r.shift) : visitInWords(r.visit);
    const theirs = `${r.toName ?? 'their teammate'}’s shift`;
    const exchange = r.otherShift ? `, in exchange for ${theirs} on ${shiftInWords(r.otherShift)}` : '';
    return `${r.fromName} asks ${r.toName ?? 'a teammate'} to take their whole shift on ${mine}${exchange}`;
  }
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
      return r.kind !== 'give_up' ? `Done: the rota has changed${note}` : `Done: the visit is open for the team${note}`;
    case 'declined':
      return `Declined${note}`;
  }
}
