import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema';
import { readSetting } from '../settings/settings';

/** Settings key of the pay floor history (pence per hour, with the date each rate takes effect). */
export const PAY_FLOOR_KEY = 'rota.payFloor';

const PayFloorHistory = z.array(z.object({ from: z.string(), pencePerHour: z.number().int().positive() })).min(1);

// London Living Wage 2025/26 (£14.80, announced October 2025): the floor of a London branch that signed the
// Ethical Care Charter. Data, replaced by the staff domain's policy table when it lands.
const DEFAULT_HISTORY = [{ from: '2025-10-23', pencePerHour: 1480 }];

/**
 * THE pay floor in force on a date (pence per hour). Reads the branch setting; the staff domain's policy tables
 * have not landed on this branch, so this is the single function to point at them later.
 */
export async function payFloorOn(db: Kysely<Database>, date: string): Promise<number> {
  const history = await readSetting(db, PAY_FLOOR_KEY, PayFloorHistory, DEFAULT_HISTORY);
  const inForce = history.filter((h) => h.from <= date).sort((a, b) => a.from.localeCompare(b.from));
  return (inForce[inForce.length - 1] ?? history[0] ?? { pencePerHour: 0 }).pencePerHour;
}
