import {
  ACTUAL_SOURCE_LABELS,
  SHORT_REASON_LABELS,
  type ActualFlag,
  type ActualLine,
  type ActualStatus,
} from '@shared/domain/actuals/actuals';
import { formatDuration, formatMinute } from '@shared/domain/time/format';

/** Where a visit stands, in words. */
export const STATUS_WORDS: Readonly<Record<ActualStatus, string>> = {
  not_due: 'Not due yet',
  due: 'Due now',
  missed: 'No arrival recorded',
  arrived: 'Arrived, not yet left',
  done: 'Done',
};

/** What a flag asks the coordinator to look at, in words. */
export const FLAG_WORDS: Readonly<Record<ActualFlag, string>> = {
  missed: 'Missed',
  late: 'Late',
  short: 'Shorter than agreed',
  short_no_reason: 'Shorter than agreed, no reason given',
  longer: 'Longer than agreed',
};

/** "08:00–09:00": a planned visit's time. */
export function plannedWords(line: Pick<ActualLine, 'plannedStartMinute' | 'plannedMinutes'>): string {
  const end = (line.plannedStartMinute + line.plannedMinutes) % 1440;
  return `${formatMinute(line.plannedStartMinute)}–${formatMinute(end)}`;
}

/** "08:05–08:59 (54 min)", "08:05, still there", or "Not recorded". */
export function actualWords(line: Pick<ActualLine, 'actual'>): string {
  const a = line.actual;
  if (a === null) return 'Not recorded';
  if (a.departureMinute === null || a.actualMinutes === null) return `${formatMinute(a.arrivalMinute)}, still there`;
  return `${formatMinute(a.arrivalMinute)}–${formatMinute(a.departureMinute)} (${formatDuration(a.actualMinutes)})`;
}

/** "12 min late", "5 min early", "On time" (or nothing before arrival). */
export function punctualityWords(lateBy: number | null): string {
  if (lateBy === null) return '';
  if (lateBy === 0) return 'On time';
  return lateBy > 0 ? `${formatDuration(lateBy)} late` : `${formatDuration(-lateBy)} early`;
}

/** Why a visit was cut short, and any note, in words. */
export function reasonWords(line: Pick<ActualLine, 'actual'>): string {
  const a = line.actual;
  if (!a) return '';
  return [a.shortReason === null ? null : SHORT_REASON_LABELS[a.shortReason], a.note].filter(Boolean).join('. ');
}

/** Who recorded the times, in words. */
export function sourceWords(line: Pick<ActualLine, 'actual'>): string {
  return line.actual ? ACTUAL_SOURCE_LABELS[line.actual.source] : '';
}
