import type { Kysely } from 'kysely';
import { AppError } from '@shared/contract/errors';
import {
  qualificationTitle,
  type StaffQualification,
  type StaffQualificationInput,
} from '@shared/domain/pathway/qualifications';
import type { HandlerContext } from '@main/rpc/context';
import type { Database } from '@main/db/schema';
import { findStaff } from '@main/services/staff/staff-queries';
import { heldQualification, qualificationsOf, toQualification } from './pathway-queries';
import { callerStaffId, isManager } from './access';

/** A worker's qualifications, newest first. A worker reads only their own. */
export async function listQualifications(ctx: HandlerContext, staffId: string): Promise<StaffQualification[]> {
  if (!isManager(ctx) && callerStaffId(ctx) !== staffId)
    throw new AppError('FORBIDDEN', 'You can only see your own qualifications.');
  return qualificationsOf(ctx.deps.db, staffId);
}

/** Record a qualification (one record per qualification code per person, as ASC-WDS holds it). */
export async function recordQualification(
  ctx: HandlerContext,
  input: StaffQualificationInput,
): Promise<StaffQualification> {
  if (!(await findStaff(ctx.deps.db, input.staffId)))
    throw new AppError('NOT_FOUND', 'That staff record does not exist.');
  const thisYear = ctx.deps.clock.now().getUTCFullYear();
  if (input.yearAchieved > thisYear)
    throw AppError.field(['yearAchieved'], `The year achieved cannot be after ${thisYear}.`);
  const id = ctx.deps.ids();
  const row = await ctx.deps.db.transaction().execute(async (trx) => {
    const clash = await heldQualification(trx, input.staffId, input.qualificationCode);
    if (clash)
      throw AppError.field(
        ['qualificationCode'],
        `${qualificationTitle(input.qualificationCode)} is already recorded for this worker.`,
      );
    const inserted = await insertQualification(trx, {
      id,
      staffId: input.staffId,
      code: input.qualificationCode,
      year: input.yearAchieved,
      notes: input.notes,
      apprenticeshipId: null,
      at: ctx.deps.clock.now(),
    });
    await ctx.audit(trx, {
      action: 'qualifications.record',
      entity: 'staff',
      entityId: input.staffId,
      outcome: 'success',
      detail: `code ${input.qualificationCode}`,
    });
    return inserted;
  });
  ctx.deps.events.publish('pathway.changed', { ids: [input.staffId] });
  return row;
}

/** Insert a qualification row (the apprenticeship completion adds one through here too). */
export async function insertQualification(
  db: Kysely<Database>,
  q: {
    id: string;
    staffId: string;
    code: number;
    year: number;
    notes: string | null;
    apprenticeshipId: string | null;
    at: Date;
  },
): Promise<StaffQualification> {
  const row = await db
    .insertInto('staff_qualification')
    .values({
      id: q.id,
      staff_id: q.staffId,
      qualification_code: q.code,
      year_achieved: q.year,
      notes: q.notes,
      source: q.apprenticeshipId ? 'apprenticeship' : 'manual',
      apprenticeship_id: q.apprenticeshipId,
      created_at: q.at.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toQualification(row);
}

/** Remove a qualification recorded in error. */
export async function removeQualification(ctx: HandlerContext, id: string): Promise<{ id: string }> {
  const row = await ctx.deps.db
    .selectFrom('staff_qualification')
    .select(['staff_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'That qualification record does not exist.');
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('staff_qualification').where('id', '=', id).execute();
    await ctx.audit(trx, {
      action: 'qualifications.remove',
      entity: 'staff',
      entityId: row.staff_id,
      outcome: 'success',
      detail: id,
    });
  });
  ctx.deps.events.publish('pathway.changed', { ids: [row.staff_id] });
  return { id };
}
