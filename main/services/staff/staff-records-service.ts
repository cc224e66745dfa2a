import { AppError } from '@shared/contract/errors';
import type {
  PayRateInput,
  StaffProfile,
  StaffReferenceCheckInput,
  StaffReviewInput,
} from '@shared/domain/staff/profile';
import type { HandlerContext } from '@main/rpc/context';
import { putPayRate } from './pay-rates';
import { getProfile, requireStaffRow } from './profile-service';

/** Add an hourly rate from a date (history is kept; the latest effective rate is the current one). */
export async function addPayRate(ctx: HandlerContext, staffId: string, input: PayRateInput): Promise<StaffProfile> {
  const row = await requireStaffRow(ctx, staffId);
  if (input.effectiveFrom < row.start_date)
    throw AppError.field(['rate', 'effectiveFrom'], 'A rate cannot take effect before the start date');
  const id = ctx.deps.ids();
  const now = ctx.deps.clock.now().toISOString();
  await ctx.deps.db.transaction().execute(async (trx) => {
    await putPayRate(trx, {
      id,
      staffId,
      effectiveFrom: input.effectiveFrom,
      pencePerHour: input.pencePerHour,
      note: input.note,
      createdAt: now,
    });
    await ctx.audit(trx, {
      action: 'staff.addPayRate',
      entity: 'staff',
      entityId: staffId,
      outcome: 'success',
      detail: `${input.pencePerHour}p from ${input.effectiveFrom}`,
    });
  });
  ctx.deps.events.publish('staff.changed', { ids: [staffId] });
  return getProfile(ctx, staffId);
}

/** Add a reference, or update one (`referenceId`), e.g. when it arrives. */
export async function saveReferenceCheck(
  ctx: HandlerContext,
  staffId: string,
  referenceId: string | null,
  input: StaffReferenceCheckInput,
): Promise<StaffProfile> {
  await requireStaffRow(ctx, staffId);
  if (input.requestedOn && input.receivedOn && input.receivedOn < input.requestedOn)
    throw AppError.field(['reference', 'receivedOn'], 'A reference cannot arrive before it was requested');
  const today = ctx.deps.clock.now().toISOString().slice(0, 10);
  if (input.receivedOn && input.receivedOn > today)
    throw AppError.field(['reference', 'receivedOn'], 'The received date cannot be in the future');
  const id = referenceId ?? ctx.deps.ids();
  await ctx.deps.db.transaction().execute(async (trx) => {
    const values = {
      referee_name: input.refereeName,
      relationship: input.relationship,
      requested_on: input.requestedOn,
      received_on: input.receivedOn,
    };
    if (referenceId) {
      const result = await trx
        .updateTable('staff_reference_check')
        .set(values)
        .where('id', '=', referenceId)
        .where('staff_id', '=', staffId)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0)
        throw new AppError('NOT_FOUND', 'That reference does not exist on this record.');
    } else {
      await trx
        .insertInto('staff_reference_check')
        .values({ id, staff_id: staffId, ...values, created_at: ctx.deps.clock.now().toISOString() })
        .execute();
    }
    await ctx.audit(trx, { action: 'staff.saveReference', entity: 'staff', entityId: staffId, outcome: 'success' });
  });
  ctx.deps.events.publish('staff.changed', { ids: [staffId] });
  return getProfile(ctx, staffId);
}

/** Record a supervision, appraisal or spot check; supervision and appraisal move the next-due date. */
export async function addReview(ctx: HandlerContext, staffId: string, input: StaffReviewInput): Promise<StaffProfile> {
  await requireStaffRow(ctx, staffId);
  const today = ctx.deps.clock.now().toISOString().slice(0, 10);
  if (input.heldOn > today)
    throw AppError.field(['review', 'heldOn'], 'Record a review once it has been held (the date is in the future)');
  if (input.nextDue !== null && input.nextDue <= input.heldOn)
    throw AppError.field(['review', 'nextDue'], 'The next one must be due after this one');
  const id = ctx.deps.ids();
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('staff_review')
      .values({
        id,
        staff_id: staffId,
        kind: input.kind,
        held_on: input.heldOn,
        notes: input.notes,
        created_at: ctx.deps.clock.now().toISOString(),
      })
      .execute();
    if (input.nextDue !== null && input.kind !== 'spot_check') {
      await trx
        .updateTable('staff')
        .set(input.kind === 'supervision' ? { supervision_due: input.nextDue } : { appraisal_due: input.nextDue })
        .where('id', '=', staffId)
        .execute();
    }
    await ctx.audit(trx, {
      action: 'staff.addReview',
      entity: 'staff',
      entityId: staffId,
      outcome: 'success',
      detail: input.kind,
    });
  });
  ctx.deps.events.publish('staff.changed', { ids: [staffId] });
  return getProfile(ctx, staffId);
}
