import { addMonths } from '@shared/domain/time/calendar';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import { readPaySettings } from '../policy/pay-policy-service';

/** The last leaving date whose records are now past the retention period. */
export function retentionCutoff(today: string, years: number): string {
  return addMonths(today, -12 * years);
}

/**
 * Erase leavers' records kept longer than the retention period: personal data and attached files go, the row stays
 * as a tombstone (reference and dates) so other records pointing at it stay valid; one audit entry per record erased.
 */
export async function applyRetention(ctx: HandlerContext): Promise<{ erased: number; cutoff: string }> {
  const settings = await readPaySettings(ctx.deps.db);
  const cutoff = retentionCutoff(londonDate(ctx.deps.clock.now()), settings.leaverRetentionYears);
  const due = await ctx.deps.db
    .selectFrom('staff')
    .select(['id', 'reference'])
    .where('leaving_date', 'is not', null)
    .where('leaving_date', '<', cutoff)
    .where('erased_at', 'is', null)
    .execute();
  const now = ctx.deps.clock.now().toISOString();
  await ctx.deps.db.transaction().execute(async (trx) => {
    for (const person of due) {
      await trx
        .updateTable('staff')
        .set({
          given_name: 'Erased',
          family_name: 'record',
          preferred_name: null,
          email: null,
          phone: null,
          pronouns: null,
          home_postcode: null,
          home_area: null,
          emergency_name: null,
          emergency_relationship: null,
          emergency_phone: null,
          date_of_birth: null,
          ni_number: null,
          dbs_certificate_number: null,
          dbs_issue_date: null,
          dbs_applied_on: null,
          sex: null,
          ethnicity: null,
          disability: null,
          nationality: null,
          rtw_document_type: null,
          status: 'archived',
          erased_at: now,
          updated_at: now,
        })
        .where('id', '=', person.id)
        .execute();
      await trx.deleteFrom('staff_attachment').where('staff_id', '=', person.id).execute();
      await trx.deleteFrom('staff_reference_check').where('staff_id', '=', person.id).execute();
      await trx.deleteFrom('staff_review').where('staff_id', '=', person.id).execute();
      await ctx.audit(trx, {
        action: 'staff.erase',
        entity: 'staff',
        entityId: person.id,
        outcome: 'success',
        detail: `retention: left before ${cutoff}`,
      });
    }
    if (due.length === 0)
      await ctx.audit(trx, {
        action: 'staff.applyRetention',
        entity: 'staff',
        entityId: null,
        outcome: 'success',
        detail: `nothing before ${cutoff}`,
      });
  });
  if (due.length > 0) ctx.deps.events.publish('staff.changed', { ids: due.map((p) => p.id) });
  return { erased: due.length, cutoff };
}
