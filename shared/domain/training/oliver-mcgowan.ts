import { JOB_ROLES } from '../staff/job-roles';

/** ASC-WDS training category of Oliver McGowan Mandatory Training, Tier 1 (a live online session; awareness). */
export const OLIVER_MCGOWAN_TIER_1 = 42;
/** ASC-WDS training category of Oliver McGowan Mandatory Training, Tier 2 (a day face to face; for care staff). */
export const OLIVER_MCGOWAN_TIER_2 = 43;

/**
 * Whether a job role gives face-to-face care or support (ASC-WDS's care-providing and professional roles): for them
 * Oliver McGowan Tier 2 is the training that counts, and Tier 1 alone does not (domain.md §2.4).
 */
export function givesFaceToFaceCare(jobRole: number): boolean {
  const group = JOB_ROLES.find((role) => role.code === jobRole)?.group;
  return group === 'care_providing' || group === 'professional';
}

/**
 * For someone who gives face-to-face care, each Oliver McGowan Tier 1 course in the catalogue (course id → ASC-WDS
 * category) mapped to the Tier 2 courses that must stand in its place: only those meet a Tier 1 requirement. Empty for
 * anyone else, and where the catalogue holds no Tier 2 course (nothing to require instead).
 */
export function tier2InPlaceOfTier1(jobRole: number, categoryOf: ReadonlyMap<string, number>): Map<string, string[]> {
  if (!givesFaceToFaceCare(jobRole)) return new Map();
  const tier2 = [...categoryOf].filter(([, category]) => category === OLIVER_MCGOWAN_TIER_2).map(([id]) => id);
  if (tier2.length === 0) return new Map();
  return new Map(
    [...categoryOf].filter(([, category]) => category === OLIVER_MCGOWAN_TIER_1).map(([id]) => [id, tier2]),
  );
}

/**
 * A person's required courses (course id → "any one of" group) with the Tier 2 rule applied: for someone who gives
 * face-to-face care, each Tier 1 course required is replaced by every Tier 2 course in the catalogue, in the same
 * group, so only Tier 2 satisfies it. Where the catalogue holds no Tier 2 course there is nothing to require in its
 * place, so the requirement stands as set. Anyone else's requirements are returned unchanged.
 */
export function withTier2ForCare(
  required: ReadonlyMap<string, string>,
  jobRole: number,
  categoryOf: ReadonlyMap<string, number>,
): Map<string, string> {
  const out = new Map(required);
  const inPlace = tier2InPlaceOfTier1(jobRole, categoryOf);
  for (const [courseId, group] of required) {
    const tier2 = inPlace.get(courseId);
    if (tier2 === undefined) continue;
    out.delete(courseId);
    for (const id of tier2) if (!out.has(id)) out.set(id, group);
  }
  return out;
}
