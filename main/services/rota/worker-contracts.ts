import type { Kysely } from 'kysely';
import type { Database } from '@main/db/schema';
import { currentRates } from '@main/services/staff/pay-rates';
import { contractTerms } from '@main/services/staff/staff-queries';
import { ageOn } from '@shared/domain/time/calendar';

/** What the planner needs from a worker's contract. */
export interface WorkerContract {
  guaranteedWeeklyMinutes: number;
  maxWeeklyMinutes: number;
  wtrOptOut: boolean;
  under18: boolean;
  /** Own hourly rate in pence, or null for the branch's default. */
  ratePencePerHour: number | null;
}

// The staff record holds guaranteed hours and the 48-hour opt-out but no separate maximum: without an opt-out the
// WTR cap (48 h) is the maximum, and with one the branch's longest agreed week is used.
const MAX_WEEKLY_MINUTES_WITH_OPT_OUT = 60 * 60;
const MAX_WEEKLY_MINUTES_WITHOUT_OPT_OUT = 48 * 60;

/**
 * THE one place the rota reads worker contracts from the staff record: guaranteed weekly hours, the WTR opt-out,
 * whether they are under 18 on the date, and the hourly rate in force on the date (pay history).
 */
export async function readWorkerContracts(
  db: Kysely<Database>,
  staffIds: readonly string[],
  onDate: string,
): Promise<Map<string, WorkerContract>> {
  if (staffIds.length === 0) return new Map();
  const [staff, rateInForce] = await Promise.all([contractTerms(db, staffIds), currentRates(db, onDate, staffIds)]);
  const contracts = new Map<string, WorkerContract>();
  for (const row of staff) {
    const optOut = row.wtr_opt_out === 1;
    contracts.set(row.id, {
      guaranteedWeeklyMinutes: Math.round((row.guaranteed_hours ?? 0) * 60),
      maxWeeklyMinutes: optOut ? MAX_WEEKLY_MINUTES_WITH_OPT_OUT : MAX_WEEKLY_MINUTES_WITHOUT_OPT_OUT,
      wtrOptOut: optOut,
      under18: row.date_of_birth !== null && ageOn(row.date_of_birth, onDate) < 18,
      ratePencePerHour: rateInForce.get(row.id) ?? null,
    });
  }
  return contracts;
}
