import type { Kysely } from 'kysely';
import type { Skill } from '../../../shared/domain/skills';
import type { Database } from '../../db/schema';

// The seam training uses for strand requirements ("a worker in the team of a person with advanced dementia needs
// the dementia strand"). The people domain owns this file and answers from approved teams and support needs;
// until its tables exist nobody is in any team.

/** For each staff member, the skills needed by the people whose approved team they are in. */
export async function teamNeedsByStaff(_db: Kysely<Database>, staffIds: readonly string[]): Promise<Map<string, Set<Skill>>> {
  return new Map(staffIds.map((id) => [id, new Set<Skill>()]));
}
