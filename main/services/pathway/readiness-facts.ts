import type { Kysely } from 'kysely';
import { nextSteps, readinessFor, type Readiness, type WorkerFacts } from '@shared/domain/pathway/readiness';
import type { PathwayStep, Placement } from '@shared/domain/pathway/steps';
import type { Database } from '@main/db/schema';
import {
  currentPlacements,
  jobRolesByStaff,
  loadPlacements,
  qualificationCodesByStaff,
  signOffsByStaff,
} from './pathway-queries';
import { oliverMcGowanCourses, validCoursesByStaff } from '../training/training-facts';
import { tier2InPlaceOfTier1 } from '@shared/domain/training/oliver-mcgowan';

/** Everything readiness needs for a set of people on a date, gathered in a handful of queries. */
export interface ReadinessFacts {
  current: Map<string, Placement>;
  placements: Placement[];
  facts(staffId: string): WorkerFacts;
}

/**
 * Load the records readiness is computed from: placements, valid courses (training's seam), qualifications, sign-offs.
 * `everyone` (the whole branch) reads whole tables instead of binding a thousand ids.
 */
export async function loadReadinessFacts(
  db: Kysely<Database>,
  staffIds: readonly string[],
  today: string,
  everyone = false,
): Promise<ReadinessFacts> {
  const [placements, courses, quals, signOffs, roles, omt] = await Promise.all([
    loadPlacements(db, everyone ? null : staffIds),
    validCoursesByStaff(db, staffIds, today),
    qualificationCodesByStaff(db, staffIds, everyone),
    signOffsByStaff(db, staffIds, everyone),
    jobRolesByStaff(db, staffIds, everyone),
    oliverMcGowanCourses(db),
  ]);
  const current = currentPlacements(placements, today);
  const none = new Set<never>();
  // Oliver McGowan: for anyone giving face-to-face care only Tier 2 meets a step's Tier 1 requirement, as in the
  // training matrix. One map per job role.
  const inPlaceByRole = new Map<number, Map<string, string[]>>();
  const inPlaceOf = (role: number | undefined) => {
    if (role === undefined) return new Map<string, string[]>();
    let map = inPlaceByRole.get(role);
    if (map === undefined) {
      map = tier2InPlaceOfTier1(role, omt);
      inPlaceByRole.set(role, map);
    }
    return map;
  };
  return {
    current,
    placements,
    facts(staffId) {
      const here = current.get(staffId);
      return {
        current: here ? { stepId: here.stepId, stepName: here.stepName, since: here.startDate } : null,
        validCourseIds: courses.get(staffId) ?? none,
        coursesInPlaceOf: inPlaceOf(roles.get(staffId)),
        qualificationCodes: quals.get(staffId) ?? none,
        signOffs: signOffs.get(staffId) ?? new Map(),
      };
    },
  };
}

/** Readiness for each step that follows the person's current step (entry steps when not placed). */
export function readinessForNext(steps: readonly PathwayStep[], facts: WorkerFacts, today: string): Readiness[] {
  return nextSteps(steps, facts.current?.stepId ?? null).map((step) => readinessFor(step, facts, today));
}
