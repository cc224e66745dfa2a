import type { Kysely } from 'kysely';
import type { Database } from '@main/db/schema';
import { getBranch } from '../setup/setup-service';

/** Partner employers, by name. */
export function listEmployers(db: Kysely<Database>) {
  return db.selectFrom('employer').selectAll().orderBy('name').execute();
}

/** The partner employer with this exact name, if any. */
export function findEmployerByName(db: Kysely<Database>, name: string) {
  return db.selectFrom('employer').select('id').where('name', '=', name).executeTakeFirst();
}

/**
 * The name of a worker's employer: the partner's name, or the lead provider's when `employerId` is null. Null when the
 * id names no partner, so callers can refuse it with their own field path.
 */
export async function employerName(db: Kysely<Database>, employerId: string | null): Promise<string | null> {
  if (employerId !== null) {
    const partner = await db.selectFrom('employer').select('name').where('id', '=', employerId).executeTakeFirst();
    return partner?.name ?? null;
  }
  return (await getBranch({ db }))?.providerName ?? LEAD_PROVIDER;
}

/** What the lead provider is called before the branch is set up. */
export const LEAD_PROVIDER = 'Lead provider';
