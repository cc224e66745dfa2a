import type { Kysely } from 'kysely';
import { DbsPendingPolicy, type WorkerEligibility } from '@shared/domain/staff/eligibility';
import type { Database } from '@main/db/schema';
import { readSetting, writeSetting } from '../settings/settings';

/** Where the branch's policy for starting while a DBS check is pending is kept among the settings. */
export const DBS_PENDING_POLICY_KEY = 'policy.dbsPending';

/** The branch's policy for a pending DBS check: not allowed until a manager chooses otherwise. */
export function readDbsPendingPolicy(db: Kysely<Database>): Promise<DbsPendingPolicy> {
  return readSetting(db, DBS_PENDING_POLICY_KEY, DbsPendingPolicy, 'not_allowed');
}

/** Store the branch's policy for a pending DBS check (the caller audits). */
export function writeDbsPendingPolicy(db: Kysely<Database>, policy: DbsPendingPolicy, at: Date): Promise<void> {
  return writeSetting(db, DBS_PENDING_POLICY_KEY, policy, at);
}

// SQLite caps bound parameters per statement; a neighbourhood has a few hundred workers at most, so chunk by 500.
const CHUNK = 500;

/** The eligibility facts of each staff member named (as stored now), keyed by id; unknown ids are left out. */
export async function eligibilityByStaff(
  db: Kysely<Database>,
  staffIds: readonly string[],
): Promise<Map<string, WorkerEligibility>> {
  const out = new Map<string, WorkerEligibility>();
  const dbsPendingPolicy = await readDbsPendingPolicy(db);
  for (let i = 0; i < staffIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('staff')
      .select([
        'id',
        'start_date',
        'leaving_date',
        'rtw_expiry',
        'dbs_certificate_number',
        'dbs_issue_date',
        'dbs_applied_on',
        'dbs_barred_list_checked',
        'dbs_recheck_due',
        'dbs_update_service',
        'suspended_from',
        'suspended_until',
      ])
      .where('id', 'in', staffIds.slice(i, i + CHUNK))
      .execute();
    for (const r of rows)
      out.set(r.id, {
        startDate: r.start_date,
        leavingDate: r.leaving_date,
        rtwExpiry: r.rtw_expiry,
        hasDbs: r.dbs_certificate_number !== null || r.dbs_issue_date !== null,
        dbsIssueDate: r.dbs_issue_date,
        dbsAppliedOn: r.dbs_applied_on,
        dbsPendingPolicy,
        dbsBarredListChecked: r.dbs_barred_list_checked === 1,
        dbsRecheckDue: r.dbs_recheck_due,
        dbsUpdateService: r.dbs_update_service === 1,
        suspendedFrom: r.suspended_from,
        suspendedUntil: r.suspended_until,
      });
  }
  return out;
}
