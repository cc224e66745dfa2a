import { AppError } from '@shared/contract/errors';
import type { StaffInput, StaffListResult, StaffRecord } from '@shared/domain/staff/staff';
import type { HandlerContext } from '@main/rpc/context';
import { formatDate } from '@shared/domain/time/format';
import {
  findStaff,
  findStaffByReference,
  searchStaff,
  staffColumns,
  toStaffRecord,
  type ParsedStaffListQuery,
} from './staff-queries';

/** One page of the staff list (the contract limits it to office roles; no record-level check). */
export function listStaff(ctx: HandlerContext, query: ParsedStaffListQuery): Promise<StaffListResult> {
  return searchStaff(ctx.deps.db, query);
}

/** Read one staff record; a worker may read only their own (record-level check). */
export async function getStaff(ctx: HandlerContext, id: string): Promise<StaffRecord> {
  const caller = ctx.requireCaller();
  const privileged = caller.roles.includes('manager') || caller.roles.includes('coordinator');
  if (!privileged && caller.staffId !== id) throw new AppError('FORBIDDEN', 'You can only see your own staff record.');
  const row = await findStaff(ctx.deps.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'That staff record does not exist.');
  return toStaffRecord(row);
}

async function assertReferenceFree(ctx: HandlerContext, reference: string, exceptId: string | null): Promise<void> {
  const clash = await findStaffByReference(ctx.deps.db, reference);
  if (clash && clash.id !== exceptId) {
    throw AppError.field(
      ['reference'],
      `Staff reference ${reference} is already used by ${clash.given_name} ${clash.family_name}.`,
    );
  }
}

/** Create a staff record. */
export async function createStaff(ctx: HandlerContext, input: StaffInput): Promise<StaffRecord> {
  await assertReferenceFree(ctx, input.reference, null);
  const now = ctx.deps.clock.now().toISOString();
  const id = ctx.deps.ids();
  const row = await ctx.deps.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('staff')
      .values({ id, ...staffColumns(input), status: 'active', created_at: now, updated_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit(trx, { action: 'staff.create', entity: 'staff', entityId: id, outcome: 'success' });
    return inserted;
  });
  ctx.deps.events.publish('staff.changed', { ids: [id] });
  return toStaffRecord(row);
}

/** Edit a staff record. */
export async function updateStaff(ctx: HandlerContext, id: string, input: StaffInput): Promise<StaffRecord> {
  const existing = await findStaff(ctx.deps.db, id);
  if (!existing) throw new AppError('NOT_FOUND', 'That staff record does not exist.');
  // The same rule the details tab keeps (leaving date not before the start date), seen from the start date's side.
  if (existing.leaving_date !== null && input.startDate > existing.leaving_date)
    throw AppError.field(
      ['staff', 'startDate'],
      `The start date cannot be after the leaving date (${formatDate(existing.leaving_date)})`,
    );
  await assertReferenceFree(ctx, input.reference, id);
  const row = await ctx.deps.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('staff')
      .set({ ...staffColumns(input), updated_at: ctx.deps.clock.now().toISOString() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit(trx, { action: 'staff.update', entity: 'staff', entityId: id, outcome: 'success' });
    return updated;
  });
  ctx.deps.events.publish('staff.changed', { ids: [id] });
  return toStaffRecord(row);
}

/** Archive or restore a staff record. */
export async function archiveStaff(ctx: HandlerContext, id: string, archived: boolean): Promise<StaffRecord> {
  if (!(await findStaff(ctx.deps.db, id))) throw new AppError('NOT_FOUND', 'That staff record does not exist.');
  const row = await ctx.deps.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('staff')
      .set({ status: archived ? 'archived' : 'active', updated_at: ctx.deps.clock.now().toISOString() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit(trx, {
      action: archived ? 'staff.archive' : 'staff.restore',
      entity: 'staff',
      entityId: id,
      outcome: 'success',
    });
    return updated;
  });
  ctx.deps.events.publish('staff.changed', { ids: [id] });
  return toStaffRecord(row);
}
