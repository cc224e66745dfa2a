import { AppError } from '@shared/contract/errors';
import type { PathwayStep, PathwayStepInput } from '@shared/domain/pathway/steps';
import type { HandlerContext } from '@main/rpc/context';
import { loadStep, loadSteps } from './pathway-queries';

/** The branch's steps (archived too when asked). */
export function listSteps(ctx: HandlerContext, includeArchived: boolean): Promise<PathwayStep[]> {
  return loadSteps(ctx.deps.db, includeArchived);
}

/** Refuse a previous step that does not exist or would make a loop (A after B after A). */
async function checkPrevious(ctx: HandlerContext, id: string | null, previousStepId: string | null): Promise<void> {
  if (previousStepId === null) return;
  const steps = await loadSteps(ctx.deps.db);
  const byId = new Map(steps.map((s) => [s.id, s]));
  if (!byId.has(previousStepId))
    throw AppError.field(['step', 'previousStepId'], 'Choose a previous step that exists.');
  let cursor: string | null = previousStepId;
  for (let guard = 0; cursor !== null && guard <= steps.length; guard += 1) {
    if (cursor === id)
      throw AppError.field(['step', 'previousStepId'], 'A step cannot come after itself (that would make a loop).');
    cursor = byId.get(cursor)?.previousStepId ?? null;
  }
}

/** Create (id null) or replace a step and its requirements. */
export async function saveStep(ctx: HandlerContext, id: string | null, input: PathwayStepInput): Promise<PathwayStep> {
  if (id !== null && !(await loadStep(ctx.deps.db, id))) throw new AppError('NOT_FOUND', 'That step does not exist.');
  await checkPrevious(ctx, id, input.previousStepId);
  const clash = await ctx.deps.db
    .selectFrom('pathway_step')
    .select('id')
    .where('name', '=', input.name)
    .executeTakeFirst();
  if (clash && clash.id !== id) throw AppError.field(['step', 'name'], `There is already a step called ${input.name}.`);
  const courseIds = new Set(input.requiredCourses.map((c) => c.courseId));
  if (courseIds.size !== input.requiredCourses.length)
    throw AppError.field(['step', 'requiredCourses'], 'Each course can be required once.');
  const now = ctx.deps.clock.now().toISOString();
  const stepId = id ?? ctx.deps.ids();
  await ctx.deps.db.transaction().execute(async (trx) => {
    const columns = {
      name: input.name,
      cwp_category: input.cwpCategory,
      route: input.route,
      previous_step_id: input.previousStepId,
      description: input.description,
      min_months_in_previous: input.minMonthsInPrevious,
      requires_sign_off: input.requiresSignOff ? 1 : 0,
      sort_order: input.sortOrder,
      updated_at: now,
    };
    if (id === null)
      await trx
        .insertInto('pathway_step')
        .values({ id: stepId, ...columns, created_at: now })
        .execute();
    else await trx.updateTable('pathway_step').set(columns).where('id', '=', stepId).execute();
    await trx.deleteFrom('pathway_step_course').where('step_id', '=', stepId).execute();
    await trx.deleteFrom('pathway_step_qualification').where('step_id', '=', stepId).execute();
    if (input.requiredCourses.length > 0) {
      await trx
        .insertInto('pathway_step_course')
        .values(input.requiredCourses.map((c) => ({ step_id: stepId, course_id: c.courseId, label: c.label })))
        .execute();
    }
    const codes = [...new Set(input.requiredQualifications)];
    if (codes.length > 0) {
      await trx
        .insertInto('pathway_step_qualification')
        .values(codes.map((code) => ({ step_id: stepId, qualification_code: code })))
        .execute();
    }
    await ctx.audit(trx, {
      action: id === null ? 'pathway.createStep' : 'pathway.updateStep',
      entity: 'pathway_step',
      entityId: stepId,
      outcome: 'success',
      detail: input.name,
    });
  });
  ctx.deps.events.publish('pathway.changed', { ids: [stepId] });
  return (await loadStep(ctx.deps.db, stepId))!;
}

/** Archive or restore a step. */
export async function archiveStep(ctx: HandlerContext, id: string, archived: boolean): Promise<PathwayStep> {
  if (!(await loadStep(ctx.deps.db, id))) throw new AppError('NOT_FOUND', 'That step does not exist.');
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('pathway_step')
      .set({ archived: archived ? 1 : 0, updated_at: ctx.deps.clock.now().toISOString() })
      .where('id', '=', id)
      .execute();
    await ctx.audit(trx, {
      action: archived ? 'pathway.archiveStep' : 'pathway.restoreStep',
      entity: 'pathway_step',
      entityId: id,
      outcome: 'success',
    });
  });
  ctx.deps.events.publish('pathway.changed', { ids: [id] });
  return (await loadStep(ctx.deps.db, id))!;
}
