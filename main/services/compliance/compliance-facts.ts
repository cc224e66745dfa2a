import { sql, type Kysely } from 'kysely';
import type { ComplianceFacts } from '../../../shared/domain/staff/compliance';
import type { Database } from '../../db/schema';
import { currentRates } from '../../db/repositories/staff-profile-repository';

/** A current worker as the compliance rules and the Charter read them. */
export interface WorkerFacts extends ComplianceFacts {
  travelPaidFull: boolean;
}

/** Every current worker (active, not left by today) with the figures the rules need, in three queries. */
export async function currentWorkerFacts(db: Kysely<Database>, today: string): Promise<WorkerFacts[]> {
  const [rows, rates, refs] = await Promise.all([
    db
      .selectFrom('staff')
      .select(['id', 'given_name', 'family_name', 'preferred_name', 'reference', 'dbs_certificate_number', 'dbs_issue_date', 'dbs_recheck_due', 'rtw_expiry', 'rtw_follow_up', 'zero_hours', 'occupational_sick_pay', 'travel_paid_full'])
      .where('status', '=', 'active')
      .where((eb) => eb.or([eb('leaving_date', 'is', null), eb('leaving_date', '>', today)]))
      .orderBy(sql`family_name COLLATE NOCASE`)
      .orderBy(sql`given_name COLLATE NOCASE`)
      .execute(),
    currentRates(db, today),
    db.selectFrom('staff_reference_check').select(['staff_id', sql<number>`count(*)`.as('n')]).where('received_on', 'is not', null).groupBy('staff_id').execute(),
  ]);
  const refCount = new Map(refs.map((r) => [r.staff_id, Number(r.n)]));
  return rows.map((r) => ({
    id: r.id,
    name: `${r.preferred_name ?? r.given_name} ${r.family_name}`,
    reference: r.reference,
    currentPence: rates.get(r.id) ?? null,
    hasDbs: r.dbs_certificate_number !== null || r.dbs_issue_date !== null,
    dbsRecheckDue: r.dbs_recheck_due,
    rtwExpiry: r.rtw_expiry,
    rtwFollowUp: r.rtw_follow_up,
    referencesReceived: refCount.get(r.id) ?? 0,
    zeroHours: r.zero_hours === 1,
    occupationalSickPay: r.occupational_sick_pay === 1,
    travelPaidFull: r.travel_paid_full === 1,
  }));
}
