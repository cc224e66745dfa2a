import type { Kysely } from 'kysely';
import { DEFAULT_SICK_PAY_SCHEME, SickPayScheme, type WorkerSickPayInput } from '@shared/domain/policy/sick-pay';
import type { Database } from '@main/db/schema';
import { readSetting } from '../settings/settings';
import { currentRates } from '../staff/pay-rates';
import { readFloorRule } from '../rota/pay-floor';

/** Where the branch's occupational sick pay scheme is kept among the settings. */
export const SICK_PAY_SCHEME_KEY = 'policy.sickPay';

/** The branch's occupational sick pay scheme (the Agenda for Change pattern until a manager sets another). */
export function readSickPayScheme(db: Kysely<Database>): Promise<SickPayScheme> {
  return readSetting(db, SICK_PAY_SCHEME_KEY, SickPayScheme, DEFAULT_SICK_PAY_SCHEME);
}

/** Everything the pure sick pay rule needs about a worker but their absences. */
export type SickPayBasis = Omit<WorkerSickPayInput, 'absences'> & { inScheme: boolean };

// A worker with no recurring availability on record is taken to work Monday to Friday.
const WEEKDAYS = [1, 2, 3, 4, 5];

/**
 * Each worker's sick pay basis on a date. Homecare hours vary week to week, so the design choice domain.md §5.3 asks
 * for is made here: the usual week is the worker's recurring availability (its weekdays are the qualifying days),
 * and average weekly earnings are the guaranteed hours (or, without a guarantee, the hours of that usual week) at
 * the hourly rate in force on the date (the worker's own, else the pay floor for their age). Only workers whose
 * record says they are in the occupational scheme get it; everyone gets SSP.
 */
export async function readSickPayBasis(
  db: Kysely<Database>,
  staffIds: readonly string[],
  onDate: string,
): Promise<Map<string, SickPayBasis>> {
  const result = new Map<string, SickPayBasis>();
  if (staffIds.length === 0) return result;
  const ids = [...staffIds];
  const [staff, windows, rates, floor, scheme] = await Promise.all([
    db
      .selectFrom('staff')
      .select(['id', 'start_date', 'date_of_birth', 'guaranteed_hours', 'occupational_sick_pay'])
      .where('id', 'in', ids)
      .execute(),
    db
      .selectFrom('availability_window')
      .select(['staff_id', 'weekday', 'start_minute', 'end_minute'])
      .where('staff_id', 'in', ids)
      .execute(),
    currentRates(db, onDate, ids),
    readFloorRule(db),
    readSickPayScheme(db),
  ]);
  for (const s of staff) {
    const own = windows.filter((w) => w.staff_id === s.id);
    const weekdays = new Set(own.length > 0 ? own.map((w) => w.weekday) : WEEKDAYS);
    const usualMinutes = own.reduce((a, w) => a + w.end_minute - w.start_minute, 0);
    const weeklyMinutes =
      s.guaranteed_hours !== null && s.guaranteed_hours > 0 ? s.guaranteed_hours * 60 : usualMinutes;
    const rate = rates.get(s.id) ?? floor(onDate, s.date_of_birth).pencePerHour ?? 0;
    const inScheme = s.occupational_sick_pay === 1;
    result.set(s.id, {
      qualifyingWeekdays: weekdays,
      averageWeeklyEarningsPence: Math.round((weeklyMinutes * rate) / 60),
      serviceStart: s.start_date,
      scheme: inScheme ? scheme : null,
      inScheme,
    });
  }
  return result;
}
