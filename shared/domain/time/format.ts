import { mondayOf, isoWeekday } from './iso-week';
import { londonDate, londonMinute } from './london';

// THE way dates and times read to people, on screen and in anything the backend writes for them (notices, PDFs,
// messages): "Mon 7 Dec 2026", "Week of 7 Dec 2026", "09:30", all Europe/London wall-clock. The names are spelled
// out here rather than taken from Intl's en-GB output, whose punctuation ("Mon, 7 Sept 2026") differs between
// ICU versions, so Node, Chromium and Electron print the same text.

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'] as const;

function dayMonthYear(date: string): { day: number; month: string; year: string } {
  const [year, month, day] = date.split('-') as [string, string, string];
  return { day: Number(day), month: MONTHS[Number(month) - 1] ?? month, year };
}

/** A date as people read it: `2026-12-07` → "Mon 7 Dec 2026". */
export function formatDate(date: string): string {
  const { day, month, year } = dayMonthYear(date);
  return `${WEEKDAYS[isoWeekday(date) - 1]} ${day} ${month} ${year}`;
}

/** An ISO weekday (1 = Monday … 7 = Sunday) as a column or bar reads it: 1 → "Mon". */
export function formatWeekday(isoWeekdayNumber: number): string {
  return WEEKDAYS[isoWeekdayNumber - 1] ?? String(isoWeekdayNumber);
}

/** A date inside a week already named on the page (column heads): `2026-12-07` → "Mon 7 Dec". */
export function formatDayOfWeek(date: string): string {
  const { day, month } = dayMonthYear(date);
  return `${WEEKDAYS[isoWeekday(date) - 1]} ${day} ${month}`;
}

function dayMonthYearText(date: string): string {
  const { day, month, year } = dayMonthYear(date);
  return `${day} ${month} ${year}`;
}

/** A week by its Monday: `2026-W50` → "Week of 7 Dec 2026". */
export function formatWeek(isoWeek: string): string {
  return `Week of ${dayMonthYearText(mondayOf(isoWeek))}`;
}

/** The same inside a sentence: `2026-W50` → "week of 7 Dec 2026" ("The week of 7 Dec 2026 is published"). */
export function formatWeekInSentence(isoWeek: string): string {
  return `week of ${dayMonthYearText(mondayOf(isoWeek))}`;
}

/** Just the month's short name, for chart axes under a title that names the period: `2026-12` → "Dec". */
export function formatMonthName(month: string): string {
  const number = month.slice(5, 7);
  return MONTHS[Number(number) - 1] ?? number;
}

/** A minute of the day on the 24-hour clock: 570 → "09:30". */
export function formatMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** A length of time in hours and minutes: 750 → "12 h 30 min", 60 → "1 h", 45 → "45 min", 0 → "0 h". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (m === 0) return `${h} h`;
  return h === 0 ? `${m} min` : `${h} h ${m} min`;
}

/**
 * A length of time spelled out, for a sentence: 1140 → "19 hours", 750 → "12 hours 30 minutes", 60 → "1 hour",
 * 1 → "1 minute", 0 → "0 minutes".
 */
export function formatDurationInWords(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  const hours = `${h} ${h === 1 ? 'hour' : 'hours'}`;
  const mins = `${m} ${m === 1 ? 'minute' : 'minutes'}`;
  if (h === 0) return mins;
  return m === 0 ? hours : `${hours} ${mins}`;
}

/** The minute of the day a person typed as "HH:MM" (24-hour; "7:30" too), or null when it is not a time. */
export function parseClockTime(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (h > 23 || m > 59) return null;
  return h * 60 + m;
}

/** An instant (ISO 8601, as stored) in London wall-clock time: "Mon 7 Dec 2026, 09:30" (GMT or BST as it was). */
export function formatInstant(iso: string): string {
  const at = new Date(iso);
  return `${formatDate(londonDate(at))}, ${formatMinute(londonMinute(at))}`;
}

/** An instant's London wall-clock time of day: "09:30" (for a list whose date is already shown). */
export function formatTimeOfInstant(iso: string): string {
  return formatMinute(londonMinute(new Date(iso)));
}
