import type { StaffInput } from '@shared/domain/staff/staff';
import type { StaffDetails, StaffSensitive } from '@shared/domain/staff/profile';
import { detailsColumns, sensitiveColumns } from './profile-rows';
import { staffColumns, staffReferences } from './staff-queries';
import type { HandlerContext } from '@main/rpc/context';

/** A whole, already-validated staff record as an import row or the demo seeder provides it. */
export interface FullRecord {
  staff: StaffInput;
  details: StaffDetails;
  sensitive: StaffSensitive;
  rates: { effectiveFrom: string; pencePerHour: number }[];
  references?: {
    refereeName: string;
    relationship: string | null;
    requestedOn: string | null;
    receivedOn: string | null;
  }[];
}

/**
 * Write many validated records in ONE transaction, matched on the staff reference: a known reference updates that
 * record, a new one creates it; an hourly rate becomes pay history (same date replaces). Audited as a summary entry
 * and one entry per record written.
 */
export async function writeFullRecords(
  ctx: HandlerContext,
  records: readonly FullRecord[],
  action: string,
): Promise<{ created: number; updated: number; ids: string[] }> {
  const now = ctx.deps.clock.now().toISOString();
  let created = 0;
  let updated = 0;
  const ids: string[] = [];
  const createdIds = new Set<string>();
  await ctx.deps.db.transaction().execute(async (trx) => {
    const existing = new Map((await staffReferences(trx)).map((r) => [r.reference, r.id]));
    const staffRows = [];
    const rateRows = [];
    const referenceRows = [];
    for (const record of records) {
      let id = existing.get(record.staff.reference);
      if (id) updated += 1;
      else {
        id = ctx.deps.ids();
        existing.set(record.staff.reference, id);
        createdIds.add(id);
        created += 1;
      }
      ids.push(id);
      staffRows.push({
        id,
        ...staffColumns(record.staff),
        ...detailsColumns(record.details),
        ...sensitiveColumns(record.sensitive),
        status: 'active' as const,
        created_at: now,
        updated_at: now,
      });
      for (const rate of record.rates)
        rateRows.push({
          id: ctx.deps.ids(),
          staff_id: id,
          effective_from: rate.effectiveFrom,
          pence_per_hour: rate.pencePerHour,
          note: null,
          created_at: now,
        });
      for (const ref of record.references ?? []) {
        referenceRows.push({
          id: ctx.deps.ids(),
          staff_id: id,
          referee_name: ref.refereeName,
          relationship: ref.relationship,
          requested_on: ref.requestedOn,
          received_on: ref.receivedOn,
          created_at: now,
        });
      }
    }
    // Multi-row upserts in chunks: one prepared statement per chunk instead of one per person (SQLite allows 32,766
    // parameters).
    for (const chunk of chunks(staffRows, 200)) {
      const updatable = Object.keys(chunk[0] ?? {}).filter(
        (column) => column !== 'id' && column !== 'created_at' && column !== 'status',
      ) as (keyof (typeof chunk)[number])[];
      await trx
        .insertInto('staff')
        .values(chunk)
        .onConflict((oc) =>
          oc
            .column('reference')
            .doUpdateSet((eb) => Object.fromEntries(updatable.map((column) => [column, eb.ref(`excluded.${column}`)]))),
        )
        .execute();
    }
    for (const chunk of chunks(rateRows, 500)) {
      await trx
        .insertInto('staff_pay_rate')
        .values(chunk)
        .onConflict((oc) =>
          oc
            .columns(['staff_id', 'effective_from'])
            .doUpdateSet((eb) => ({ pence_per_hour: eb.ref('excluded.pence_per_hour') })),
        )
        .execute();
    }
    for (const chunk of chunks(referenceRows, 500))
      await trx.insertInto('staff_reference_check').values(chunk).execute();
    // The summary, then one entry per record naming it by id (no personal data), so "who changed this record" finds
    // the import too.
    await ctx.audit(trx, [
      { action, entity: 'staff', entityId: null, outcome: 'success', detail: `${created} created, ${updated} updated` },
      ...ids.map((id) => ({
        action,
        entity: 'staff',
        entityId: id,
        outcome: 'success' as const,
        detail: createdIds.has(id) ? 'created' : 'updated',
      })),
    ]);
  });
  if (ids.length > 0) ctx.deps.events.publish('staff.changed', { ids: ids.length > 500 ? [] : ids });
  return { created, updated, ids };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
