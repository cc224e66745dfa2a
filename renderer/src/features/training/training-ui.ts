import { ATTENDANCE_LABELS, VENUE_LABELS } from '@shared/domain/training/sessions';
import { STRAND_LABELS, STRANDS, type Strand } from '@shared/domain/training/catalogue';
import { optionsFrom, type Option } from '@renderer/components/options';

/** `HH:MM` for a minute of the day. */
export function clockTime(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** Minutes from `HH:MM`, or NaN (the schema then names the field). */
export function minuteOf(text: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
}

/** Strands as select options. */
export const STRAND_OPTIONS: readonly Option<Strand>[] = STRANDS.map((strand) => ({
  value: strand,
  label: STRAND_LABELS[strand],
}));

/** Venue kinds as select options. */
export const VENUE_OPTIONS = optionsFrom(VENUE_LABELS);

export { ATTENDANCE_LABELS };

/** Today's date in London as `YYYY-MM-DD`. */
export function londonToday(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/** Add days to an ISO date. */
export function plusDays(date: string, days: number): string {
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
