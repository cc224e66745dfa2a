import type { Kysely } from 'kysely';
import type { Database } from '@main/db/schema';

/** The staff records behind the branch's enabled coordinator accounts: who is told when workers change the rota. */
export async function coordinatorStaffIds(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('account as a')
    .innerJoin('account_role as r', 'r.account_id', 'a.id')
    .select('a.staff_id')
    .distinct()
    .where('r.role', '=', 'coordinator')
    .where('a.disabled', '=', 0)
    .where('a.staff_id', 'is not', null)
    .execute();
  return rows.map((r) => r.staff_id).filter((id): id is string => id !== null);
}
