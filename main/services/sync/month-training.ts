import type { Kysely } from 'kysely';
import type { TrainingSetFigures } from '@shared/domain/sync/build-summary';
import type { Period } from '@shared/domain/sync/period';
import { TrainingSet } from '@shared/domain/sync/summary-v1';
import { zeroCounts } from '@shared/domain/sync/workforce-groups';
import { ProviderKind, STRAND_FOR_SKILL, type Strand } from '@shared/domain/training/catalogue';
import { addDays } from '@shared/domain/time/iso-week';
import type { Database } from '@main/db/schema';
import { londonDate } from '@main/platform/clock';
import type { BackendDeps } from '@main/rpc/context';
import { teamNeedsByStaff } from '../people/team-needs';
import { latestExpiries } from '../training/matrix-service';
import type { EmployedWorker } from './month-workforce';

// Training compliance at the month's end, per set, read as the training matrix reads it: the requirements in force
// (by job role: the mandatory set; by strand: required of a worker in the team of a person with that need), the
// latest completion of each course up to that day, and "in date" as the matrix's own status (expiry on or after it).

type Groups = Map<string, string[]>;

/** Each set's compliance, expiries within 90 days and completions in the month by kind of provider. */
export async function trainingFigures(
  deps: Pick<BackendDeps, 'db' | 'clock'>,
  period: Period,
  workers: readonly EmployedWorker[],
): Promise<Record<TrainingSet, TrainingSetFigures>> {
  const { db } = deps;
  const ids = workers.map((w) => w.id);
  const [requirements, needs, expiries, completions] = await Promise.all([
    db
      .selectFrom('training_requirement')
      .select(['job_role', 'strand', 'course_id', 'any_of_group'])
      .where('effective_from', '<=', period.end)
      .execute(),
    // Teams as they stand now: the store keeps no history of who was in whose team.
    teamNeedsByStaff(db, ids),
    latestExpiries(db, period.end, londonDate(deps.clock.now()), ids),
    completionsInMonth(db, period),
  ]);
  const byRole = new Map<number, Groups>();
  const byStrand = new Map<string, Groups>();
  for (const r of requirements) {
    const [table, key] = r.job_role !== null ? [byRole, r.job_role] : [byStrand, r.strand ?? ''];
    const groups = (table as Map<number | string, Groups>).get(key) ?? new Map<string, string[]>();
    const group = r.any_of_group ?? r.course_id;
    groups.set(group, [...(groups.get(group) ?? []), r.course_id]);
    (table as Map<number | string, Groups>).set(key, groups);
  }
  const horizon = addDays(period.end, 90);
  const out = {} as Record<TrainingSet, TrainingSetFigures>;
  for (const set of TrainingSet.options) {
    const figures: TrainingSetFigures = {
      compliant: { count: 0, of: 0 },
      expiringWithin90Days: 0,
      completionsByProvider: completions.get(set) ?? zeroCounts(ProviderKind.options),
    };
    for (const worker of workers) {
      const groups = set === 'mandatory' ? byRole.get(worker.jobRole) : strandGroups(byStrand, set, needs, worker.id);
      if (!groups || groups.size === 0) continue;
      figures.compliant.of += 1;
      const held = expiries.get(worker.id) ?? new Map<string, string>();
      // Each group's best expiry: the latest of any one of its courses.
      const best = [...groups.values()].map((courses) =>
        courses.reduce<string | null>((a, c) => {
          const e = held.get(c);
          return e !== undefined && (a === null || e > a) ? e : a;
        }, null),
      );
      if (best.every((e) => e !== null && e >= period.end)) figures.compliant.count += 1;
      if (best.some((e) => e !== null && e >= period.end && e <= horizon)) figures.expiringWithin90Days += 1;
    }
    out[set] = figures;
  }
  return out;
}

function strandGroups(
  byStrand: Map<string, Groups>,
  strand: Strand,
  needs: Map<string, Set<string>>,
  staffId: string,
): Groups | undefined {
  for (const skill of needs.get(staffId) ?? [])
    if (STRAND_FOR_SKILL[skill as keyof typeof STRAND_FOR_SKILL] === strand) return byStrand.get(strand);
  return undefined;
}

/**
 * Course completions in the month by the kind of provider, for each set the course counts towards: its strand, and
 * the mandatory set when any job role requires it.
 */
async function completionsInMonth(
  db: Kysely<Database>,
  period: Period,
): Promise<Map<TrainingSet, Record<ProviderKind, number>>> {
  const [rows, mandatory] = await Promise.all([
    db
      .selectFrom('training_record as r')
      .innerJoin('training_course as c', 'c.id', 'r.course_id')
      .innerJoin('training_provider as p', 'p.id', 'c.provider_id')
      .select(['r.course_id', 'c.strand', 'p.kind'])
      .where('r.completed_on', '>=', period.start)
      .where('r.completed_on', '<=', period.end)
      .execute(),
    db.selectFrom('training_requirement').select('course_id').distinct().where('job_role', 'is not', null).execute(),
  ]);
  const required = new Set(mandatory.map((m) => m.course_id));
  const out = new Map<TrainingSet, Record<ProviderKind, number>>();
  const add = (set: TrainingSet, kind: ProviderKind) => {
    const counts = out.get(set) ?? zeroCounts(ProviderKind.options);
    counts[kind] += 1;
    out.set(set, counts);
  };
  for (const row of rows) {
    const strand = TrainingSet.safeParse(row.strand);
    if (strand.success && strand.data !== 'mandatory') add(strand.data, row.kind);
    if (required.has(row.course_id)) add('mandatory', row.kind);
  }
  return out;
}
