import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@main/db/schema';
import { readSetting, writeSetting } from '@main/services/settings/settings';
import { CouncilBranchId } from '@shared/domain/sync/sync-views';
import { checkCouncilUrl } from './council-url';

const COUNCIL_URL_KEY = 'sync.councilUrl';

/** The council's address as set by the manager, or null when not set. */
export function readCouncilUrl(db: Kysely<Database>): Promise<string | null> {
  return readSetting(db, COUNCIL_URL_KEY, z.string().nullable(), null);
}

/** Set the council's address (caller audits); refused with a message unless https:// or loopback. */
export async function writeCouncilUrl(db: Kysely<Database>, url: string, at: Date): Promise<string> {
  const check = checkCouncilUrl(url);
  if (!check.ok) throw new RangeError(check.message);
  await writeSetting(db, COUNCIL_URL_KEY, check.url.toString(), at);
  return check.url.toString();
}

const BRANCH_ID_KEY = 'sync.councilBranchId';

/** What the council calls this branch (given with its token), or null when not set. */
export function readCouncilBranchId(db: Kysely<Database>): Promise<string | null> {
  return readSetting(db, BRANCH_ID_KEY, CouncilBranchId.nullable(), null);
}

/** Set what the council calls this branch (caller audits). */
export async function writeCouncilBranchId(db: Kysely<Database>, branchId: string, at: Date): Promise<void> {
  await writeSetting(db, BRANCH_ID_KEY, CouncilBranchId.parse(branchId), at);
}
