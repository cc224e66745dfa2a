import type { Kysely } from 'kysely';
import { DEFAULT_HUB_SETTINGS, HubSettings, type ClosedDay, type OpeningDay } from '@shared/domain/hub/setup';
import type { Database } from '@main/db/schema';
import { readSetting } from '../settings/settings';

// The hub's calendar as stored: opening hours (a new hub opens weekdays 08:30 to 17:30 until the manager says
// otherwise), closed days and the hub settings. Every booking rule reads them from here.

/** The settings key of the hub settings. */
export const HUB_SETTINGS_KEY = 'hub.settings';

const DEFAULT_HOURS: OpeningDay[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  open: weekday <= 5,
  openMinute: 8 * 60 + 30,
  closeMinute: 17 * 60 + 30,
}));

/** The hub settings (defaults until saved). */
export function readHubSettings(db: Kysely<Database>): Promise<HubSettings> {
  return readSetting(db, HUB_SETTINGS_KEY, HubSettings, DEFAULT_HUB_SETTINGS);
}

/** Opening hours Monday to Sunday. */
export async function readOpeningHours(db: Kysely<Database>): Promise<OpeningDay[]> {
  const rows = await db.selectFrom('hub_opening_hours').selectAll().orderBy('weekday').execute();
  if (rows.length === 0) return DEFAULT_HOURS;
  return DEFAULT_HOURS.map((fallback) => {
    const row = rows.find((r) => r.weekday === fallback.weekday);
    return row
      ? { weekday: row.weekday, open: row.is_open === 1, openMinute: row.open_minute, closeMinute: row.close_minute }
      : { ...fallback, open: false };
  });
}

/** Closed days on or after a date (all of them when `from` is null), in date order. */
export async function readClosedDays(db: Kysely<Database>, from: string | null): Promise<ClosedDay[]> {
  let query = db.selectFrom('hub_closed_day').select(['date', 'reason']).orderBy('date');
  if (from !== null) query = query.where('date', '>=', from);
  return query.execute();
}

/** Everything the booking rules need about the hub's calendar. */
export interface HubCalendar {
  hours: OpeningDay[];
  closed: ClosedDay[];
  settings: HubSettings;
}

/** Read the hub's calendar (closed days from `from` on). */
export async function readHubCalendar(db: Kysely<Database>, from: string | null): Promise<HubCalendar> {
  const [hours, closed, settings] = await Promise.all([
    readOpeningHours(db),
    readClosedDays(db, from),
    readHubSettings(db),
  ]);
  return { hours, closed, settings };
}
