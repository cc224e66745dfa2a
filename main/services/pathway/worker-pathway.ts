import { AppError } from '@shared/contract/errors';
import { displayName } from '@shared/domain/staff/staff';
import type { PathwayOverviewRow, WorkerPathway } from '@shared/domain/pathway/views';
import { nextSteps, readinessFor } from '@shared/domain/pathway/readiness';
import type { PathwayStep } from '@shared/domain/pathway/steps';
import type { HandlerContext } from '@main/rpc/context';
import { londonDate } from '@main/platform/clock';
import { findStaff } from '@main/services/staff/staff-queries';
import { findMember, loadSteps, qualificationsOf } from './pathway-queries';
import { callerStaffId, isManager } from './access';
import { loadReadinessFacts, readinessForNext } from './readiness-facts';

/** The named supervisor of a worker, if any. */
export async function supervisorOf(ctx: HandlerContext, staffId: string): Promise<string | null> {
  return (await findMember(ctx.deps.db, staffId))?.supervisor_staff_id ?? null;
}

/** A worker's pathway page. Managers see anyone; a worker sees their own, or a supervisee's as named supervisor. */
export async function workerPathway(ctx: HandlerContext, staffId: string): Promise<WorkerPathway> {
  const manager = isManager(ctx);
  const supervisorId = await supervisorOf(ctx, staffId);
  if (!manager) {
    const me = callerStaffId(ctx);
    if (me !== staffId && me !== supervisorId)
      throw new AppError('FORBIDDEN', 'You can only see your own pathway, or those of people you supervise.');
  }
  const staff = await findStaff(ctx.deps.db, staffId);
  if (!staff) throw new AppError('NOT_FOUND', 'That staff record does not exist.');
  const today = londonDate(ctx.deps.clock.now());
  const [steps, facts, quals, member, supervisor] = await Promise.all([
    loadSteps(ctx.deps.db),
    loadReadinessFacts(ctx.deps.db, [staffId], today),
    qualificationsOf(ctx.deps.db, staffId),
    findMember(ctx.deps.db, staffId),
    supervisorId ? findStaff(ctx.deps.db, supervisorId) : Promise.resolve(undefined),
  ]);
  const workerFacts = facts.facts(staffId);
  const me = ctx.requireCaller().staffId;
  const supervisees =
    manager || me === staffId
      ? await ctx.deps.db
          .selectFrom('pathway_member as m')
          .innerJoin('staff as s', 's.id', 'm.staff_id')
          .select(['s.id', 's.given_name', 's.family_name', 's.preferred_name'])
          .where('m.supervisor_staff_id', '=', staffId)
          .where('s.status', '=', 'active')
          .orderBy('s.family_name')
          .execute()
      : [];
  return {
    staffId,
    name: displayName({
      givenName: staff.given_name,
      familyName: staff.family_name,
      preferredName: staff.preferred_name,
    }),
    supervisorStaffId: supervisorId,
    supervisorName: supervisor ? `${supervisor.given_name} ${supervisor.family_name}` : null,
    boroughResident:
      member?.borough_resident === null || member?.borough_resident === undefined
        ? null
        : member.borough_resident === 1,
    current: facts.current.get(staffId) ?? null,
    history: facts.placements.slice().reverse(),
    next: readinessForNext(steps, workerFacts, today),
    qualifications: quals,
    canSignOff: manager || (me !== null && me === supervisorId && me !== staffId),
    supervisees: supervisees.map((s) => ({
      staffId: s.id,
      name: displayName({ givenName: s.given_name, familyName: s.family_name, preferredName: s.preferred_name }),
    })),
  };
}

/** Every active worker with their step and readiness for the first next step: one pass over batched facts. */
export async function pathwayOverview(ctx: HandlerContext): Promise<PathwayOverviewRow[]> {
  const today = londonDate(ctx.deps.clock.now());
  const staff = await ctx.deps.db
    .selectFrom('staff')
    .select(['id', 'reference', 'given_name', 'family_name', 'preferred_name'])
    .where('status', '=', 'active')
    .orderBy('family_name')
    .orderBy('given_name')
    .execute();
  const [steps, facts] = await Promise.all([
    loadSteps(ctx.deps.db),
    loadReadinessFacts(
      ctx.deps.db,
      staff.map((s) => s.id),
      today,
      true,
    ),
  ]);
  // The first next step depends only on the current step: find it once per step, not once per worker.
  const firstNext = new Map<string | null, PathwayStep | undefined>();
  const nextFor = (stepId: string | null) => {
    if (!firstNext.has(stepId)) firstNext.set(stepId, nextSteps(steps, stepId)[0]);
    return firstNext.get(stepId);
  };
  return staff.map((s) => {
    const workerFacts = facts.facts(s.id);
    const current = facts.current.get(s.id);
    const nextStep = nextFor(current?.stepId ?? null);
    const next = nextStep ? readinessFor(nextStep, workerFacts, today) : undefined;
    return {
      staffId: s.id,
      name: displayName({ givenName: s.given_name, familyName: s.family_name, preferredName: s.preferred_name }),
      reference: s.reference,
      stepName: current?.stepName ?? null,
      cwpCategory: current?.cwpCategory ?? null,
      since: current?.startDate ?? null,
      nextStepName: next?.stepName ?? null,
      metCount: next?.metCount ?? 0,
      itemCount: next?.items.length ?? 0,
      ready: next?.ready ?? false,
    };
  });
}
