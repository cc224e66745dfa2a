import type { UnmatchedEcmRow } from '@shared/domain/actuals/ecm-import';
import { formatDate, formatMinute } from '@shared/domain/time/format';

/** "Mon 23 Nov 2026, arrived 08:05, left 09:00": an unmatched row's times in words. */
export function rowTimes(row: Pick<UnmatchedEcmRow, 'visitDate' | 'arrivalMinute' | 'departureMinute'>): string {
  const left = row.departureMinute === null ? '' : `, left ${formatMinute(row.departureMinute)}`;
  return `${formatDate(row.visitDate)}, arrived ${formatMinute(row.arrivalMinute)}${left}`;
}
