import { AppError } from '@shared/contract/errors';
import type { Course, Provider, ProviderInput, Requirement } from '@shared/domain/training/catalogue';
import {
  courseFacts,
  findProvider,
  listCourses,
  listProviders,
  listRequirements,
  toProvider,
} from './training-queries';
import type { HandlerContext } from '@main/rpc/context';
import type { z } from 'zod';
import type {
  CourseInput as CourseInputSchema,
  RequirementInput as RequirementInputSchema,
} from '@shared/domain/training/catalogue';

type ParsedCourse = z.output<typeof CourseInputSchema>;
type ParsedRequirement = z.output<typeof RequirementInputSchema>;

/** Add (id null) or edit a provider; names are unique. */
export async function saveProvider(ctx: HandlerContext, id: string | null, input: ProviderInput): Promise<Provider> {
  const clash = await ctx.deps.db
    .selectFrom('training_provider')
    .select('id')
    .where('name', '=', input.name)
    .executeTakeFirst();
  if (clash && clash.id !== id)
    throw AppError.field(['provider', 'name'], `A provider called ${input.name} already exists.`);
  if (id && !(await findProvider(ctx.deps.db, id))) throw new AppError('NOT_FOUND', 'That provider does not exist.');
  const providerId = id ?? ctx.deps.ids();
  const row = await ctx.deps.db.transaction().execute(async (trx) => {
    const values = { name: input.name, kind: input.kind, strand: input.strand, contact: input.contact };
    const saved = id
      ? await trx
          .updateTable('training_provider')
          .set(values)
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto('training_provider')
          .values({ id: providerId, ...values, created_at: ctx.deps.clock.now().toISOString() })
          .returningAll()
          .executeTakeFirstOrThrow();
    await ctx.audit(trx, {
      action: id ? 'training.provider.update' : 'training.provider.create',
      entity: 'training_provider',
      entityId: providerId,
      outcome: 'success',
    });
    return saved;
  });
  ctx.deps.events.publish('training.changed', { ids: [providerId] });
  return toProvider(row);
}

/** Add (id null) or edit a course and its skills. */
export async function saveCourse(ctx: HandlerContext, id: string | null, input: ParsedCourse): Promise<Course> {
  const db = ctx.deps.db;
  const provider = await findProvider(db, input.providerId);
  if (!provider) throw AppError.field(['course', 'providerId'], 'Choose a provider from the list.');
  if (input.strand !== null && provider.kind === 'specialist' && provider.strand !== input.strand) {
    throw AppError.field(
      ['course', 'strand'],
      `${provider.name} supports a different strand; choose its strand or another provider.`,
    );
  }
  const clash = await db.selectFrom('training_course').select('id').where('name', '=', input.name).executeTakeFirst();
  if (clash && clash.id !== id)
    throw AppError.field(['course', 'name'], `A course called ${input.name} already exists.`);
  if (id && !(await courseFacts(db, id))) throw new AppError('NOT_FOUND', 'That course does not exist.');
  const courseId = id ?? ctx.deps.ids();
  const now = ctx.deps.clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    const values = {
      name: input.name,
      provider_id: input.providerId,
      ascwds_category: input.ascwdsCategory,
      strand: input.strand,
      delivery: input.delivery,
      accredited: input.accredited ? 1 : 0,
      validity_months: input.validityMonths,
      counts_care_certificate: input.countsCareCertificate ? 1 : 0,
      counts_qualification: input.countsQualification ? 1 : 0,
      counts_otj: input.countsOtj ? 1 : 0,
      updated_at: now,
    };
    if (id) await trx.updateTable('training_course').set(values).where('id', '=', id).execute();
    else
      await trx
        .insertInto('training_course')
        .values({ id: courseId, ...values, created_at: now })
        .execute();
    await trx.deleteFrom('course_skill').where('course_id', '=', courseId).execute();
    const skills = [...new Set(input.skills)];
    if (skills.length > 0)
      await trx
        .insertInto('course_skill')
        .values(skills.map((skill) => ({ course_id: courseId, skill })))
        .execute();
    await ctx.audit(trx, {
      action: id ? 'training.course.update' : 'training.course.create',
      entity: 'training_course',
      entityId: courseId,
      outcome: 'success',
    });
  });
  ctx.deps.events.publish('training.changed', { ids: [courseId] });
  const [course] = await listCourses(db, courseId);
  if (!course) throw new AppError('INTERNAL', 'The course was not saved.');
  return course;
}

/** Add a requirement (a job role or strand needs a course). */
export async function addRequirement(ctx: HandlerContext, input: ParsedRequirement): Promise<Requirement> {
  const db = ctx.deps.db;
  if (!(await courseFacts(db, input.courseId))) throw AppError.field(['courseId'], 'Choose a course from the list.');
  const existing = await db
    .selectFrom('training_requirement')
    .select('id')
    .where('course_id', '=', input.courseId)
    .where((eb) => (input.jobRole === null ? eb('job_role', 'is', null) : eb('job_role', '=', input.jobRole)))
    .where((eb) => (input.strand === null ? eb('strand', 'is', null) : eb('strand', '=', input.strand)))
    .executeTakeFirst();
  if (existing) throw AppError.field(['courseId'], 'That course is already required here.');
  const id = ctx.deps.ids();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('training_requirement')
      .values({
        id,
        job_role: input.jobRole,
        strand: input.strand,
        course_id: input.courseId,
        any_of_group: input.anyOfGroup,
        effective_from: input.effectiveFrom,
        created_at: ctx.deps.clock.now().toISOString(),
      })
      .execute();
    await ctx.audit(trx, {
      action: 'training.requirement.create',
      entity: 'training_requirement',
      entityId: id,
      outcome: 'success',
    });
  });
  ctx.deps.events.publish('training.changed', { ids: [id] });
  const found = (await listRequirements(db)).find((r) => r.id === id);
  if (!found) throw new AppError('INTERNAL', 'The requirement was not saved.');
  return found;
}

/** Remove a requirement. */
export async function removeRequirement(ctx: HandlerContext, id: string): Promise<{ id: string }> {
  const db = ctx.deps.db;
  if (!(await db.selectFrom('training_requirement').select('id').where('id', '=', id).executeTakeFirst()))
    throw new AppError('NOT_FOUND', 'That requirement does not exist.');
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('training_requirement').where('id', '=', id).execute();
    await ctx.audit(trx, {
      action: 'training.requirement.delete',
      entity: 'training_requirement',
      entityId: id,
      outcome: 'success',
    });
  });
  ctx.deps.events.publish('training.changed', { ids: [id] });
  return { id };
}

/** Every provider, by name. */
export function readProviders(ctx: HandlerContext): Promise<Provider[]> {
  return listProviders(ctx.deps.db);
}

/** Every course with its provider's name and skills, by name. */
export function readCourses(ctx: HandlerContext): Promise<Course[]> {
  return listCourses(ctx.deps.db);
}

/** Every requirement with its course name. */
export function readRequirements(ctx: HandlerContext): Promise<Requirement[]> {
  return listRequirements(ctx.deps.db);
}
