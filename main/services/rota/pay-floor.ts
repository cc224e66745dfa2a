import type { Kysely } from 'kysely';
import { floorOn, type PayFloor } from '@shared/domain/policy/pay-policy';
import { ageOn } from '@shared/domain/time/calendar';
import type { Database } from '@main/db/schema';
import { listPolicyValues, readPaySettings } from '../policy/pay-policy-service';

/** The floor in force on a date for a worker born on a date (null when not known: the adult rate applies). */
export type FloorFor = (date: string, dateOfBirth: string | null) => PayFloor;

/** The branch's floor rule, read once: the highest floor in force on a date for a worker's age (floorOn). */
export async function readFloorRule(db: Kysely<Database>): Promise<FloorFor> {
  const [values, settings] = await Promise.all([listPolicyValues(db), readPaySettings(db)]);
  return (date, dateOfBirth) => floorOn(values, settings, date, dateOfBirth === null ? null : ageOn(dateOfBirth, date));
}

/** THE adult pay floor in force on a date (pence per hour), from the branch's pay policy; 0 when none is in force. */
export async function payFloorOn(db: Kysely<Database>, date: string): Promise<number> {
  return (await readFloorRule(db))(date, null).pencePerHour ?? 0;
}
