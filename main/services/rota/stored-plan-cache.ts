import type { Kysely } from 'kysely';
import type { Database } from '@main/db/schema';
import { storeWrites } from '@main/db/open-database';
import { loadStoredPlan, type StoredPlan } from './stored-plan';

/** The weeks kept per store: the board's week and a neighbour or two the coordinator moves between. */
const WEEKS_KEPT = 4;

const kept = new WeakMap<Kysely<Database>, Map<string, { writes: number; stored: StoredPlan }>>();

/**
 * The stored plan of a week for the board's live checks: loading a neighbourhood week (~4,700 visits, every worker's
 * eligibility, the cover records) costs as much as checking an edit, and a coordinator checks many edits between
 * saves. So the last load of each week is reused while nothing has been written to the store since (the count of
 * writes covers the week's visits and snapshot, staff records, settings and cover records alike, whoever writes
 * them). Inside a transaction it always loads afresh. Callers must not change what it answers.
 */
export async function loadStoredPlanForEdit(db: Kysely<Database>, isoWeek: string): Promise<StoredPlan> {
  // Counted before reading, so a write landing while the week loads makes the next check load it again.
  const writes = storeWrites(db);
  if (writes === null) return loadStoredPlan(db, isoWeek);
  const weeks = kept.get(db) ?? new Map<string, { writes: number; stored: StoredPlan }>();
  kept.set(db, weeks);
  const hit = weeks.get(isoWeek);
  const stored = hit && hit.writes === writes ? hit.stored : await loadStoredPlan(db, isoWeek);
  weeks.delete(isoWeek);
  weeks.set(isoWeek, { writes, stored });
  if (weeks.size > WEEKS_KEPT) weeks.delete(weeks.keys().next().value ?? '');
  return stored;
}
