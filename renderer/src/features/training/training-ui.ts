import { ATTENDANCE_LABELS, VENUE_LABELS } from '@shared/domain/training/sessions';
import { STRAND_LABELS, STRANDS } from '@shared/domain/training/catalogue';

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
export const STRAND_OPTIONS = STRANDS.map((strand) => ({ value: strand, label: STRAND_LABELS[strand] }));

/** Venue kinds as select options. */
export const VENUE_OPTIONS = Object.entries(VENUE_LABELS).map(([value, label]) => ({ value, label }));

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

/** Read a chosen file as base64 (no data: prefix). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** Offer text as a file download. */
export function downloadText(fileName: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
