import { SMALL, WITHHELD, type Count, type Measure, type Rate } from '@shared/domain/sync/counts';

// Plain words on screen: dates as "Mon 7 Dec 2026", weeks by their Monday, months by name, counts as numbers or
// "fewer than 5". (The branch app's shared/domain/time formatters say the same; this service keeps its own few until
// those land, so it imports nothing from the branch app.)

const DAY = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const SHORT_DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT_MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const INSTANT = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/London',
});

const atNoon = (date: string) => new Date(`${date}T12:00:00Z`);

/** "Mon 7 Dec 2026". */
export function formatDate(date: string): string {
  return DAY.format(atNoon(date)).replace(',', '');
}

/** "Mon 7 Dec 2026, 09:30" in London time. */
export function formatInstant(iso: string): string {
  const parts = INSTANT.formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')}, ${get('hour')}:${get('minute')}`;
}

/** A period by its words: "Week of 7 Dec 2026" or "November 2026". */
export function formatPeriod(kind: 'week' | 'month', start: string): string {
  return kind === 'week' ? `Week of ${SHORT_DAY.format(atNoon(start))}` : MONTH.format(atNoon(start));
}

/** A short label for a chart axis: "7 Dec 2026" or "Nov 2026". */
export function formatPeriodShort(kind: 'week' | 'month', start: string): string {
  return kind === 'week' ? SHORT_DAY.format(atNoon(start)) : SHORT_MONTH.format(atNoon(start));
}

/** A count as sent, in words where it is not a number. */
export function formatCount(count: Count): string {
  if (count === SMALL) return 'fewer than 5';
  if (count === WITHHELD) return 'withheld';
  return count.toLocaleString('en-GB');
}

/** A proportion as a whole percentage (one decimal place under 10%), or why it is missing. */
export function formatRate(rate: Rate | undefined): string {
  if (rate === WITHHELD) return 'withheld';
  if (rate === null || rate === undefined) return 'none to count';
  const percent = rate * 100;
  return `${percent < 10 && percent > 0 ? percent.toFixed(1) : Math.round(percent)}%`;
}

/** A measure (hours, a median) as a number with up to one decimal place, or why it is missing. */
export function formatMeasure(measure: Measure | undefined): string {
  if (measure === WITHHELD) return 'withheld';
  if (measure === null || measure === undefined) return 'none to count';
  return (Math.round(measure * 10) / 10).toLocaleString('en-GB');
}
