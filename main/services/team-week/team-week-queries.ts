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
