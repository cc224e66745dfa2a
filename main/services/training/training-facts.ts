import type { Kysely } from 'kysely';
import type { Skill } from '../../../shared/domain/skills';
import type { Database } from '../../db/schema';

// The seam other domains use to ask what training says about people. The training domain owns this file and
// answers from its records and competencies; until its tables exist every answer is "nothing held".

/** Course ids each staff member holds a valid (unexpired) record for on a date. */
export async function validCoursesByStaff(_db: Kysely<Database>, staffIds: readonly string[], _onDate: string): Promise<Map<string, Set<string>>> {
  return new Map(staffIds.map((id) => [id, new Set<string>()]));
}

/** Skills each staff member holds on a date, from valid training and competencies (rota.md: earned, never typed). */
export async function heldSkillsByStaff(_db: Kysely<Database>, staffIds: readonly string[], _onDate: string): Promise<Map<string, Set<Skill>>> {
  return new Map(staffIds.map((id) => [id, new Set<Skill>()]));
}
