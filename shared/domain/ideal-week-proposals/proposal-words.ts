import { WEEKDAY_NAMES } from '../clients/ideal-week';
import { formatDuration, formatMinute } from '../time/format';
import type { IdealWeekProposal } from './proposals';

/** The visit a proposal is about, as it was: "Tuesday 09:00 for 45 min: Breakfast and a chat". */
export function proposedVisitInWords(
  p: Pick<IdealWeekProposal, 'weekday' | 'startMinute' | 'durationMinutes' | 'purpose'>,
): string {
  const day = WEEKDAY_NAMES[p.weekday - 1] ?? '';
  return `${day} ${formatMinute(p.startMinute)} for ${formatDuration(p.durationMinutes)}: ${p.purpose}`;
}

/** The change proposed, in words: "start at 10:00 and last 1 h". */
export function proposedChangeInWords(
  p: Pick<IdealWeekProposal, 'proposedStartMinute' | 'proposedDurationMinutes'>,
): string {
  const parts = [
    p.proposedStartMinute === null ? null : `start at ${formatMinute(p.proposedStartMinute)}`,
    p.proposedDurationMinutes === null ? null : `last ${formatDuration(p.proposedDurationMinutes)}`,
  ].filter((x): x is string => x !== null);
  return parts.join(' and ');
}
