import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** What the planner needs from a worker's contract. */
export interface WorkerContract {
  guaranteedWeeklyMinutes: number;
  maxWeeklyMinutes: number;
  wtrOptOut: boolean;
  under18: boolean;
  /** Own hourly rate in pence, or null for the branch's default. */
  ratePencePerHour: number | null;
}

/**
 * THE one place the rota reads worker contracts (guaranteed and maximum weekly hours, WTR opt-out, under-18, pay
 * rate in force on a date). The staff domain's contract columns have not landed on this branch yet, so every
 * worker gets the safe defaults: no guaranteed hours, a 48-hour maximum, no opt-out, adult, the branch default rate.
 * When they land, read them here and nothing else changes.
 */
export async function readWorkerContracts(_db: Kysely<Database>, staffIds: readonly string[], _onDate: string): Promise<Map<string, WorkerContract>> {
  return new Map(staffIds.map((id) => [id, { guaranteedWeeklyMinutes: 0, maxWeeklyMinutes: 48 * 60, wtrOptOut: false, under18: false, ratePencePerHour: null }]));
}
