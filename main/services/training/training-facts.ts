import type { Kysely } from 'kysely';
import { Skill, type Skill as SkillType } from '@shared/domain/skills';
import type { Database } from '@main/db/schema';
import { OLIVER_MCGOWAN_TIER_1, OLIVER_MCGOWAN_TIER_2 } from '@shared/domain/training/oliver-mcgowan';

// The seam other domains use to ask what training says about people (the rota, the pathway). Answers come from
// valid training records (through the course → skill mapping kept as data in `course_skill`) and from
// competency assessments found competent (valid until their next reassessment is due).

/** A closed interval of ISO dates; `to` null means open-ended (no expiry). */
interface Interval {
  from: string;
  to: string | null;
}

/** Facts loaded once for a date range; every lookup after that is in memory. */
export interface TrainingFacts {
  /** Whether a staff member holds a skill on a date: O(log n) over that person's intervals for the skill. */
  holds(staffId: string, skill: SkillType, date: string): boolean;
  /** Whether a staff member holds a valid record of a course on a date. */
  holdsCourse(staffId: string, courseId: string, date: string): boolean;
  /** Every skill a staff member holds on a date. */
  skillsOn(staffId: string, date: string): Set<SkillType>;
  /** Every course a staff member holds valid on a date. */
  coursesOn(staffId: string, date: string): Set<string>;
}

type IntervalMap = Map<string, Map<string, Interval[]>>;

function push(map: IntervalMap, staffId: string, key: string, interval: Interval): void {
  let byKey = map.get(staffId);
  if (!byKey) {
    byKey = new Map();
    map.set(staffId, byKey);
  }
  const list = byKey.get(key);
  if (list) list.push(interval);
  else byKey.set(key, [interval]);
}

/** Sort by start and merge overlapping/adjacent intervals so one binary search answers. */
function normalise(map: IntervalMap): void {
  for (const byKey of map.values()) {
    for (const [key, list] of byKey) {
      list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
      const merged: Interval[] = [];
      for (const next of list) {
        const last = merged[merged.length - 1];
        if (last && (last.to === null || next.from <= last.to)) {
          if (last.to !== null && (next.to === null || next.to > last.to)) last.to = next.to;
        } else merged.push({ ...next });
      }
      byKey.set(key, merged);
    }
  }
}

function covers(list: Interval[] | undefined, date: string): boolean {
  if (!list || list.length === 0) return false;
  // Last interval starting on or before the date.
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Interval).from <= date) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return false;
  const hit = list[found] as Interval;
  return hit.to === null || hit.to >= date;
}

/** Load, for some staff and a date range, every interval in which a course or a skill is valid. */
export async function loadTrainingFacts(
  db: Kysely<Database>,
  staffIds: readonly string[],
  fromDate: string,
  toDate: string,
): Promise<TrainingFacts> {
  const skillIntervals: IntervalMap = new Map();
  const courseIntervals: IntervalMap = new Map();
  const wanted = new Set(staffIds);
  if (staffIds.length > 0) {
    const mapping = await db.selectFrom('course_skill').select(['course_id', 'skill']).execute();
    const skillsByCourse = new Map<string, SkillType[]>();
    for (const row of mapping) {
      const parsed = Skill.safeParse(row.skill);
      if (!parsed.success) continue;
      const list = skillsByCourse.get(row.course_id);
      if (list) list.push(parsed.data);
      else skillsByCourse.set(row.course_id, [parsed.data]);
    }
    // For large staff lists read the range once and filter in memory rather than binding thousands of parameters.
    // Two range reads on (staff_id, expires_on): records still valid on or after the first day, and those that never
    // expire.
    const read = (open: boolean) => {
      let query = db
        .selectFrom('training_record')
        .select(['staff_id', 'course_id', 'completed_on', 'expires_on'])
        .where('completed_on', '<=', toDate);
      query = open ? query.where('expires_on', 'is', null) : query.where('expires_on', '>=', fromDate);
      return (staffIds.length <= 500 ? query.where('staff_id', 'in', [...wanted]) : query).execute();
    };
    const [expiring, lasting] = await Promise.all([read(false), read(true)]);
    for (const row of [...expiring, ...lasting]) {
      if (!wanted.has(row.staff_id)) continue;
      const interval = { from: row.completed_on, to: row.expires_on };
      push(courseIntervals, row.staff_id, row.course_id, interval);
      for (const skill of skillsByCourse.get(row.course_id) ?? [])
        push(skillIntervals, row.staff_id, skill, { ...interval });
    }
    let competencies = db
      .selectFrom('competency_assessment')
      .select(['staff_id', 'competency', 'assessed_on', 'next_due_on'])
      .where('outcome', '=', 'competent')
      .where('assessed_on', '<=', toDate)
      .where('next_due_on', '>=', fromDate);
    if (staffIds.length <= 500) competencies = competencies.where('staff_id', 'in', [...wanted]);
    for (const row of await competencies.execute()) {
      if (!wanted.has(row.staff_id)) continue;
      push(skillIntervals, row.staff_id, row.competency, { from: row.assessed_on, to: row.next_due_on });
    }
  }
  normalise(skillIntervals);
  normalise(courseIntervals);
  const collect = (map: IntervalMap, staffId: string, date: string) => {
    const out = new Set<string>();
    for (const [key, list] of map.get(staffId) ?? []) if (covers(list, date)) out.add(key);
    return out;
  };
  return {
    holds: (staffId, skill, date) => covers(skillIntervals.get(staffId)?.get(skill), date),
    holdsCourse: (staffId, courseId, date) => covers(courseIntervals.get(staffId)?.get(courseId), date),
    skillsOn: (staffId, date) => collect(skillIntervals, staffId, date) as Set<SkillType>,
    coursesOn: (staffId, date) => collect(courseIntervals, staffId, date),
  };
}

/** Course ids each staff member holds a valid (unexpired) record for on a date. */
export async function validCoursesByStaff(
  db: Kysely<Database>,
  staffIds: readonly string[],
  onDate: string,
): Promise<Map<string, Set<string>>> {
  const facts = await loadTrainingFacts(db, staffIds, onDate, onDate);
  return new Map(staffIds.map((id) => [id, facts.coursesOn(id, onDate)]));
}

/** Skills each staff member holds on a date, from valid training and competencies (rota.md: earned, never typed). */
export async function heldSkillsByStaff(
  db: Kysely<Database>,
  staffIds: readonly string[],
  onDate: string,
): Promise<Map<string, Set<SkillType>>> {
  const facts = await loadTrainingFacts(db, staffIds, onDate, onDate);
  return new Map(staffIds.map((id) => [id, facts.skillsOn(id, onDate)]));
}

/** The catalogue's Oliver McGowan courses, Tier 1 and Tier 2: course id → ASC-WDS training category. */
export async function oliverMcGowanCourses(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('training_course')
    .select(['id', 'ascwds_category'])
    .where('ascwds_category', 'in', [OLIVER_MCGOWAN_TIER_1, OLIVER_MCGOWAN_TIER_2])
    .execute();
  return new Map(rows.map((c) => [c.id, c.ascwds_category]));
}
