import { isoWeekOf } from '@shared/domain/time/iso-week';

/** An automatic backup as the retention rule sees it. */
export interface Generation {
  id: string;
  /** Its London date (YYYY-MM-DD). */
  date: string;
  /** When it was made (ISO, UTC), to pick the newest of a day or week. */
  createdAt: string;
}

/**
 * Which automatic backups to keep (security.md: daily ones for `keepDays` days, then one a week for `keepWeeks`
 * weeks): the newest backup of each of the newest `keepDays` dates, then, of the older ones, the newest of each of the
 * newest `keepWeeks` ISO weeks. Everything else is pruned. Manual backups are never passed here: they are the
 * manager's to keep.
 */
export function generationsToKeep(all: readonly Generation[], keepDays: number, keepWeeks: number): Set<string> {
  const newestFirst = [...all].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const generation of newestFirst) {
    if (days.has(generation.date)) continue;
    if (days.size < keepDays) {
      days.add(generation.date);
      keep.add(generation.id);
      continue;
    }
    const week = isoWeekOf(generation.date);
    days.add(generation.date);
    if (weeks.has(week) || weeks.size >= keepWeeks) continue;
    weeks.add(week);
    keep.add(generation.id);
  }
  return keep;
}
