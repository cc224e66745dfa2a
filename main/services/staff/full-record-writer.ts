import type { StaffInput } from '../../../shared/domain/staff/staff';
import type { StaffDetails, StaffSensitive } from '../../../shared/domain/staff/profile';
import { detailsColumns, sensitiveColumns } from '../../db/repositories/staff-profile-repository';
import { staffColumns } from '../../db/repositories/staff-repository';
import type { HandlerContext } from '../../rpc/context';

/** A whole, already-validated staff record as an import row or the demo seeder provides it. */
export interface FullRecord {
  staff: StaffInput;
  details: StaffDetails;
  sensitive: StaffSensitive;
  rates: { effectiveFrom: string; pencePerHour: number }[];
  references?: { refereeName: string; relationship: string | null; requestedOn: string | null; receivedOn: string | null }[];
}

/**
 * Write many validated records in ONE transaction, matched on the staff reference: a known reference updates that
 * record, a new one creates it; an hourly rate becomes pay history (same date replaces). One audit entry for the batch.
 */
export async function writeFullRecords(ctx: HandlerContext, records: readonly FullRecord[], action: string): Promise<{ created: number; updated: number; ids: string[] }> {
  const now = ctx.deps.clock.now().toISOString();
  let created = 0;
  let updated = 0;
  const ids: string[] = [];
  await ctx.deps.db.transaction().execute(async (trx) => {
    const existing = new Map((await trx.selectFrom('staff').select(['id', 'reference']).execute()).map((r) => [r.reference, r.id]));
    for (const record of records) {
      const columns = { ...staffColumns(record.staff), ...detailsColumns(record.details), ...sensitiveColumns(record.sensitive) };
      let id = existing.get(record.staff.reference);
      if (id) {
        await trx.updateTable('staff').set({ ...columns, updated_at: now }).where('id', '=', id).execute();
        updated += 1;
      } else {
        id = ctx.deps.ids();
        await trx.insertInto('staff').values({ id, ...columns, status: 'active', created_at: now, updated_at: now }).execute();
        existing.set(record.staff.reference, id);
        created += 1;
      }
      ids.push(id);
      for (const rate of record.rates) {
        await trx
          .insertInto('staff_pay_rate')
          .values({ id: ctx.deps.ids(), staff_id: id, effective_from: rate.effectiveFrom, pence_per_hour: rate.pencePerHour, note: null, created_at: now })
          .onConflict((oc) => oc.columns(['staff_id', 'effective_from']).doUpdateSet({ pence_per_hour: rate.pencePerHour }))
          .execute();
      }
      for (const ref of record.references ?? []) {
        await trx
          .insertInto('staff_reference_check')
          .values({ id: ctx.deps.ids(), staff_id: id, referee_name: ref.refereeName, relationship: ref.relationship, requested_on: ref.requestedOn, received_on: ref.receivedOn, created_at: now })
          .execute();
      }
    }
    await ctx.audit(trx, { action, entity: 'staff', entityId: null, outcome: 'success', detail: `${created} created, ${updated} updated` });
  });
  if (ids.length > 0) ctx.deps.events.publish('staff.changed', { ids: ids.length > 500 ? [] : ids });
  return { created, updated, ids };
}
