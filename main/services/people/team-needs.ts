import type { Kysely } from 'kysely';
import { Skill } from '@shared/domain/skills';
import type { Database } from '@main/db/schema';

// The seam training uses for strand requirements ("a worker in the team of a person with advanced dementia needs
// the dementia strand"). The people domain owns this file and answers from approved teams and support needs.

/** For each staff member, the skills needed by the people (not ended) whose approved team they are in. */
export async function teamNeedsByStaff(
  db: Kysely<Database>,
  staffIds: readonly string[],
): Promise<Map<string, Set<Skill>>> {
  const out = new Map(staffIds.map((id) => [id, new Set<Skill>()]));
  if (staffIds.length === 0) return out;
  // Chunked so a whole branch never exceeds SQLite's bound-parameter limit.
  for (let i = 0; i < staffIds.length; i += 500) {
    const rows = await db
      .selectFrom('client_team_member as t')
      .innerJoin('client as c', 'c.id', 't.client_id')
      .innerJoin('client_need as n', 'n.client_id', 't.client_id')
      .select(['t.staff_id', 'n.skill'])
      .distinct()
      .where('t.staff_id', 'in', staffIds.slice(i, i + 500))
      .where('c.status', '<>', 'ended')
      .execute();
    for (const row of rows) {
      const skill = Skill.safeParse(row.skill);
      if (skill.success) out.get(row.staff_id)?.add(skill.data);
    }
  }
  return out;
}
