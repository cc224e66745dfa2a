import type { Kysely } from 'kysely';
import type { Database } from '@main/db/schema';

/** A person whose approved team the worker is in, with what the team may know of them (security.md). */
export interface TeamPersonRow {
  id: string;
  given_name: string;
  family_name: string;
  preferred_name: string | null;
  addressed_as: string;
  what_matters: string | null;
}

/** The people (support not ended) whose approved team the worker is in, by name. */
export function teamPeopleOf(db: Kysely<Database>, staffId: string): Promise<TeamPersonRow[]> {
  return db
    .selectFrom('client_team_member as t')
    .innerJoin('client as c', 'c.id', 't.client_id')
    .select(['c.id', 'c.given_name', 'c.family_name', 'c.preferred_name', 'c.addressed_as', 'c.what_matters'])
    .where('t.staff_id', '=', staffId)
    .where('c.status', '<>', 'ended')
    .orderBy('c.family_name')
    .orderBy('c.given_name')
    .orderBy('c.id')
    .execute();
}

/** Who is in each of these people's teams: person id → staff ids. */
export async function teamsOfPeople(
  db: Kysely<Database>,
  clientIds: readonly string[],
): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>(clientIds.map((id) => [id, new Set<string>()]));
  if (clientIds.length === 0) return out;
  const rows = await db
    .selectFrom('client_team_member')
    .select(['client_id', 'staff_id'])
    .where('client_id', 'in', [...clientIds])
    .execute();
  for (const r of rows) out.get(r.client_id)?.add(r.staff_id);
  return out;
}

/** People's names as the team knows them ("Ada Okafor", or the name they prefer): person id → name. */
export async function personNames(db: Kysely<Database>, clientIds: readonly string[]): Promise<Map<string, string>> {
  if (clientIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('client')
    .select(['id', 'given_name', 'family_name', 'preferred_name'])
    .where('id', 'in', [...clientIds])
    .execute();
  return new Map(rows.map((c) => [c.id, `${c.preferred_name ?? c.given_name} ${c.family_name}`]));
}
