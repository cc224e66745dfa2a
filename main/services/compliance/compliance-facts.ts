import { sql, type Kysely } from 'kysely';
import type { ComplianceFacts } from '@shared/domain/staff/compliance';
import type { Database } from '@main/db/schema';

/** A current worker as the compliance rules and the Charter read them. */
export interface WorkerFacts extends ComplianceFacts {
  travelPaidFull: boolean;
}

/** Thresholds that let SQL skip workers with nothing to report (a superset filter; the pure rules decide). */
export interface CandidateFilter {
  floorPence: number | null;
  dbsHorizon: string;
  rtwHorizon: string;
  referencesRequired: number;
  /** A licence checked on or before this date is due a new check. */
  licenceCheckedBy: string;
}

/** A staff row's hourly rate in force on a date (null when none yet), found through the (staff_id, ...) index. */
export function rateInForce(date: string) {
  return sql<number | null>`(SELECT r.pence_per_hour FROM staff_pay_rate r WHERE r.staff_id = staff.id
    AND r.effective_from <= ${date} ORDER BY r.effective_from DESC LIMIT 1)`;
}

function currentWorkers(db: Kysely<Database>, today: string) {
  return db
    .selectFrom('staff')
    .select([
      'id',
      'given_name',
      'family_name',
      'preferred_name',
      'reference',
      'dbs_certificate_number',
      'dbs_issue_date',
      'dbs_applied_on',
      'dbs_recheck_due',
      'dbs_update_service',
      'rtw_expiry',
      'rtw_follow_up',
      'supervision_due',
      'appraisal_due',
      'drives',
      'licence_checked_on',
      'insurance_expiry',
      'zero_hours',
      'occupational_sick_pay',
      'travel_paid_full',
      // The rate in force and references received, each found through its (staff_id, ...) index.
      rateInForce(today).as('current_pence'),
      sql<number>`(SELECT count(*) FROM staff_reference_check c WHERE
        c.staff_id = staff.id AND c.received_on IS NOT NULL)`.as('references_received'),
    ])
    .where('status', '=', 'active')
    .where((eb) => eb.or([eb('leaving_date', 'is', null), eb('leaving_date', '>', today)]));
}

type Row = Awaited<ReturnType<ReturnType<typeof currentWorkers>['execute']>>[number];

function toFacts(r: Row): WorkerFacts {
  return {
    id: r.id,
    name: `${r.preferred_name ?? r.given_name} ${r.family_name}`,
    reference: r.reference,
    currentPence: r.current_pence,
    hasDbs: r.dbs_certificate_number !== null || r.dbs_issue_date !== null,
    dbsAppliedOn: r.dbs_applied_on,
    dbsRecheckDue: r.dbs_recheck_due,
    dbsUpdateService: r.dbs_update_service === 1,
    rtwExpiry: r.rtw_expiry,
    rtwFollowUp: r.rtw_follow_up,
    supervisionDue: r.supervision_due,
    appraisalDue: r.appraisal_due,
    drives: r.drives === 1,
    licenceCheckedOn: r.licence_checked_on,
    insuranceExpiry: r.insurance_expiry,
    referencesReceived: Number(r.references_received),
    zeroHours: r.zero_hours === 1,
    occupationalSickPay: r.occupational_sick_pay === 1,
    travelPaidFull: r.travel_paid_full === 1,
  };
}

/** Every current worker (active, not left by today) with the figures the rules need. */
export async function currentWorkerFacts(db: Kysely<Database>, today: string): Promise<WorkerFacts[]> {
  const rows = await currentWorkers(db, today)
    .orderBy(sql`family_name COLLATE NOCASE`)
    .orderBy(sql`given_name COLLATE NOCASE`)
    .execute();
  return rows.map(toFacts);
}

/** Only the current workers who might have a dashboard line, and how many current workers there are. */
export async function candidateWorkerFacts(
  db: Kysely<Database>,
  today: string,
  filter: CandidateFilter,
): Promise<{ facts: WorkerFacts[]; total: number }> {
  const floor = filter.floorPence;
  const [rows, count] = await Promise.all([
    db
      .selectFrom(currentWorkers(db, today).as('w'))
      .selectAll()
      .where((eb) =>
        eb.or([
          ...(floor === null ? [] : [eb('w.current_pence', 'is', null), eb('w.current_pence', '<', floor)]),
          eb.and([eb('w.dbs_certificate_number', 'is', null), eb('w.dbs_issue_date', 'is', null)]),
          eb('w.dbs_recheck_due', '<=', filter.dbsHorizon),
          eb('w.rtw_expiry', '<=', filter.rtwHorizon),
          eb('w.rtw_follow_up', '<=', filter.rtwHorizon),
          eb('w.supervision_due', '<', today),
          eb('w.appraisal_due', '<', today),
          eb.and([
            eb('w.drives', '=', 1),
            eb.or([
              eb('w.licence_checked_on', 'is', null),
              eb('w.licence_checked_on', '<', filter.licenceCheckedBy),
              eb('w.insurance_expiry', 'is', null),
              eb('w.insurance_expiry', '<=', filter.dbsHorizon),
            ]),
          ]),
          eb('w.references_received', '<', filter.referencesRequired),
          eb('w.zero_hours', '=', 1),
          eb('w.occupational_sick_pay', '=', 0),
        ]),
      )
      .execute(),
    db
      .selectFrom('staff')
      .select(sql<number>`count(*)`.as('n'))
      .where('status', '=', 'active')
      .where((eb) => eb.or([eb('leaving_date', 'is', null), eb('leaving_date', '>', today)]))
      .executeTakeFirstOrThrow(),
  ]);
  return { facts: rows.map(toFacts), total: Number(count.n) };
}
