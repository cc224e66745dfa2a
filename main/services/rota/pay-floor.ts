import type { Kysely } from 'kysely';
import { floorOn } from '@shared/domain/policy/pay-policy';
import type { Database } from '@main/db/schema';
import { listPolicyValues, readPaySettings } from '../policy/pay-policy-service';

/**
 * THE pay floor in force on a date (pence per hour), from the branch's pay policy: the higher of its contractual floor
 * (Band 3 equivalent by default) and the National Living Wage. 0 when no policy value is in force yet.
 */
export async function payFloorOn(db: Kysely<Database>, date: string): Promise<number> {
  const [values, settings] = await Promise.all([listPolicyValues(db), readPaySettings(db)]);
  return floorOn(values, settings, date).pencePerHour ?? 0;
}
