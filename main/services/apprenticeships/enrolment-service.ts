import { AppError } from '@shared/contract/errors';
import type {
  ApprenticeshipStandard,
  ApprenticeshipStandardInput,
  EnrolmentInput,
  FunctionalSkillsInput,
} from '@shared/domain/apprenticeships/apprenticeships';
import type { HandlerContext } from '@main/rpc/context';
import { findStaff } from '@main/services/staff/staff-queries';
import { standardByCode, toStandard } from './apprenticeship-queries';
import { assertActive, requireApprenticeship } from './access';

/** The standards, by code. */
export async function listStandards(ctx: HandlerContext): Promise<ApprenticeshipStandard[]> {
  const rows = await ctx.deps.db.selectFrom('apprenticeship_standard').selectAll().orderBy('code').execute();
  return rows.map(toStandard);
}

/** Add a standard or edit one (the published minimum OTJ hours are data a manager keeps current). */
export async function saveStandard(
  ctx: HandlerContext,
  input: ApprenticeshipStandardInput,
): Promise<ApprenticeshipStandard> {
  const values = {
    title: input.title,
    level: input.level,
    qualification_code: input.qualificationCode,
    typical_months: input.typicalMonths,
    minimum_otj_hours: input.minimumOtjHours,
    minimum_otj_note: input.minimumOtjNote,
    updated_at: ctx.deps.clock.now().toISOString(),
  };
  const row = await ctx.deps.db.transaction().execute(async (trx) => {
    const saved = await trx
      .insertInto('apprenticeship_standard')
      .values({ code: input.code, ...values })
      .onConflict((oc) => oc.column('code').doUpdateSet(values))
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit(trx, {
      action: 'apprenticeships.saveStandard',
      entity: 'apprenticeship_standard',
      entityId: input.code,
      outcome: 'success',
      detail: `minimum ${input.minimumOtjHours} h`,
    });
    return saved;
  });
  ctx.deps.events.publish('apprenticeships.changed', { ids: [input.code] });
  return toStandard(row);
}

/** Enrol a worker on a standard. One active apprenticeship per person at a time. */
export async function enrol(ctx: HandlerContext, input: EnrolmentInput): Promise<{ id: string }> {
  const staff = await findStaff(ctx.deps.db, input.staffId);
  if (!staff || staff.status !== 'active')
    throw AppError.field(['staffId'], 'Choose a worker who is on the staff list.');
  const standard = await standardByCode(ctx.deps.db, input.standardCode).executeTakeFirst();
  if (!standard)
    throw AppError.field(
      ['standardCode'],
      `Standard ${input.standardCode} is not set up: add it under standards first.`,
    );
  if (input.mentorStaffId !== null) {
    if (input.mentorStaffId === input.staffId)
      throw AppError.field(['mentorStaffId'], 'An apprentice cannot be their own mentor.');
    const mentor = await findStaff(ctx.deps.db, input.mentorStaffId);
    if (!mentor || mentor.status !== 'active')
      throw AppError.field(['mentorStaffId'], 'Choose a mentor who is on the staff list.');
  }
  const open = await ctx.deps.db
    .selectFrom('apprenticeship')
    .select('id')
    .where('staff_id', '=', input.staffId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (open) throw AppError.field(['staffId'], 'This worker is already on an active apprenticeship.');
  const id = ctx.deps.ids();
  const now = ctx.deps.clock.now().toISOString();
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('apprenticeship')
      .values({
        id,
        staff_id: input.staffId,
        standard_code: input.standardCode,
        provider_name: input.providerName,
        start_date: input.startDate,
        planned_end_date: input.plannedEndDate,
        mentor_staff_id: input.mentorStaffId,
        weekly_hours: input.weeklyHours,
        age_at_start: input.ageAtStart,
        english_status: input.englishStatus,
        maths_status: input.mathsStatus,
        status: 'active',
        epa_date: null,
        epa_result: null,
        completed_on: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await ctx.audit(trx, {
      action: 'apprenticeships.enrol',
      entity: 'apprenticeship',
      entityId: id,
      outcome: 'success',
      detail: input.standardCode,
    });
  });
  ctx.deps.events.publish('apprenticeships.changed', { ids: [id] });
  return { id };
}

/** Update English and maths progress. */
export async function setFunctionalSkills(ctx: HandlerContext, input: FunctionalSkillsInput): Promise<{ id: string }> {
  const row = await requireApprenticeship(ctx, input.apprenticeshipId);
  assertActive(row);
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('apprenticeship')
      .set({
        english_status: input.englishStatus,
        maths_status: input.mathsStatus,
        updated_at: ctx.deps.clock.now().toISOString(),
      })
      .where('id', '=', row.id)
      .execute();
    await ctx.audit(trx, {
      action: 'apprenticeships.setFunctionalSkills',
      entity: 'apprenticeship',
      entityId: row.id,
      outcome: 'success',
    });
  });
  ctx.deps.events.publish('apprenticeships.changed', { ids: [row.id] });
  return { id: row.id };
}

/** Record that an apprentice has left the programme. */
export async function withdraw(ctx: HandlerContext, id: string): Promise<{ id: string }> {
  const row = await requireApprenticeship(ctx, id);
  assertActive(row);
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('apprenticeship')
      .set({ status: 'withdrawn', updated_at: ctx.deps.clock.now().toISOString() })
      .where('id', '=', id)
      .execute();
    await ctx.audit(trx, {
      action: 'apprenticeships.withdraw',
      entity: 'apprenticeship',
      entityId: id,
      outcome: 'success',
    });
  });
  ctx.deps.events.publish('apprenticeships.changed', { ids: [id] });
  return { id };
}
