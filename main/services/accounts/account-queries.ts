import type { Kysely } from 'kysely';
import type { Role } from '@shared/contract/roles';
import type { Database } from '@main/db/schema';

/** The account an id from a live session or the caller names (it always exists, so a miss is a fault). */
export function accountById(db: Kysely<Database>, id: string) {
  return db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** The account with this (lower-case) username, if any. */
export function findAccountByUsername(db: Kysely<Database>, username: string) {
  return db.selectFrom('account').selectAll().where('username', '=', username).executeTakeFirst();
}

/** An account's roles, in name order. */
export async function accountRoles(db: Kysely<Database>, accountId: string): Promise<Role[]> {
  const rows = await db
    .selectFrom('account_role')
    .select('role')
    .where('account_id', '=', accountId)
    .orderBy('role')
    .execute();
  return rows.map((r) => r.role as Role);
}
