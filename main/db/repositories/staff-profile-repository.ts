import { sql, type Kysely, type Selectable } from 'kysely';
import type { StaffDetails, StaffSensitive } from '@shared/domain/staff/profile';
import type { Database, StaffTable } from '../schema';

type Row = Selectable<StaffTable>;
const bool = (value: number) => value === 1;
const bit = (value: boolean) => (value ? 1 : 0);

/** The non-sensitive details of a row. */
export function toDetails(row: Row): StaffDetails {
  return {
    pronouns: row.pronouns,
    homePostcode: row.home_postcode,
    homeArea: row.home_area,
    employerId: row.employer_id,
    cwpCategory: row.cwp_category,
    contractType: row.contract_type,
    guaranteedWeeklyHours: row.guaranteed_hours,
    zeroHours: bool(row.zero_hours),
    wtrOptOut: bool(row.wtr_opt_out),
    wtrOptOutSigned: row.wtr_opt_out_signed,
    travelPaidFullRate: bool(row.travel_paid_full),
    occupationalSickPay: bool(row.occupational_sick_pay),
    dbsRecheckDue: row.dbs_recheck_due,
    rtwDocumentType: row.rtw_document_type as StaffDetails['rtwDocumentType'],
    rtwExpiry: row.rtw_expiry,
    rtwFollowUp: row.rtw_follow_up,
    drives: bool(row.drives),
    licenceCheckedOn: row.licence_checked_on,
    insuranceExpiry: row.insurance_expiry,
    supervisionDue: row.supervision_due,
    appraisalDue: row.appraisal_due,
    emergencyName: row.emergency_name,
    emergencyRelationship: row.emergency_relationship,
    emergencyPhone: row.emergency_phone,
    livesInBorough: row.lives_in_borough === null ? null : bool(row.lives_in_borough),
    recruitmentSource: row.recruitment_source,
    startedInSector: row.started_in_sector,
    delegatedHealthcare: row.delegated_healthcare === null ? null : bool(row.delegated_healthcare),
    leavingDate: row.leaving_date,
    leaveReason: row.leave_reason,
  };
}

/** Details as SQL columns. */
export function detailsColumns(details: StaffDetails) {
  return {
    pronouns: details.pronouns,
    home_postcode: details.homePostcode,
    home_area: details.homeArea,
    employer_id: details.employerId,
    cwp_category: details.cwpCategory,
    contract_type: details.contractType,
    guaranteed_hours: details.guaranteedWeeklyHours,
    zero_hours: bit(details.zeroHours),
    wtr_opt_out: bit(details.wtrOptOut),
    wtr_opt_out_signed: details.wtrOptOutSigned,
    travel_paid_full: bit(details.travelPaidFullRate),
    occupational_sick_pay: bit(details.occupationalSickPay),
    dbs_recheck_due: details.dbsRecheckDue,
    rtw_document_type: details.rtwDocumentType,
    rtw_expiry: details.rtwExpiry,
    rtw_follow_up: details.rtwFollowUp,
    drives: bit(details.drives),
    licence_checked_on: details.licenceCheckedOn,
    insurance_expiry: details.insuranceExpiry,
    supervision_due: details.supervisionDue,
    appraisal_due: details.appraisalDue,
    emergency_name: details.emergencyName,
    emergency_relationship: details.emergencyRelationship,
    emergency_phone: details.emergencyPhone,
    lives_in_borough: details.livesInBorough === null ? null : bit(details.livesInBorough),
    recruitment_source: details.recruitmentSource,
    started_in_sector: details.startedInSector,
    delegated_healthcare: details.delegatedHealthcare === null ? null : bit(details.delegatedHealthcare),
    leaving_date: details.leavingDate,
    leave_reason: details.leaveReason,
  };
}

/** The sensitive fields of a row. */
export function toSensitive(row: Row): StaffSensitive {
  return {
    dateOfBirth: row.date_of_birth,
    niNumber: row.ni_number,
    dbsCertificateNumber: row.dbs_certificate_number,
    dbsIssueDate: row.dbs_issue_date,
    dbsBarredListChecked: bool(row.dbs_barred_list_checked),
    dbsUpdateService: bool(row.dbs_update_service),
    sex: row.sex as StaffSensitive['sex'],
    ethnicity: row.ethnicity,
    disability: row.disability as StaffSensitive['disability'],
    nationality: row.nationality,
    countryOfBirth: row.country_of_birth,
  };
}

/** Sensitive fields as SQL columns. */
export function sensitiveColumns(sensitive: StaffSensitive) {
  return {
    date_of_birth: sensitive.dateOfBirth,
    ni_number: sensitive.niNumber,
    dbs_certificate_number: sensitive.dbsCertificateNumber,
    dbs_issue_date: sensitive.dbsIssueDate,
    dbs_barred_list_checked: bit(sensitive.dbsBarredListChecked),
    dbs_update_service: bit(sensitive.dbsUpdateService),
    sex: sensitive.sex,
    ethnicity: sensitive.ethnicity,
    disability: sensitive.disability,
    nationality: sensitive.nationality,
    country_of_birth: sensitive.countryOfBirth,
  };
}

/**
 * Each worker's current hourly rate on a date (latest effective on or before it), grouped in SQL over the (staff_id,
 * effective_from) index.
 */
export async function currentRates(
  db: Kysely<Database>,
  on: string,
  staffIds?: readonly string[],
): Promise<Map<string, number>> {
  // SQLite documents that with max(), the bare columns come from the row holding the maximum.
  let query = db
    .selectFrom('staff_pay_rate')
    .select(['staff_id', 'pence_per_hour', sql<string>`max(effective_from)`.as('effective_from')])
    .where('effective_from', '<=', on)
    .groupBy('staff_id');
  if (staffIds) query = query.where('staff_id', 'in', staffIds.length > 0 ? [...staffIds] : ['']);
  const rows = await query.execute();
  return new Map(rows.map((row) => [row.staff_id, row.pence_per_hour]));
}

/** Set a worker's hourly rate from a date (one rate per date: a second on the same date replaces it). */
export async function putPayRate(
  db: Kysely<Database>,
  row: {
    id: string;
    staffId: string;
    effectiveFrom: string;
    pencePerHour: number;
    note: string | null;
    createdAt: string;
  },
): Promise<void> {
  await db
    .insertInto('staff_pay_rate')
    .values({
      id: row.id,
      staff_id: row.staffId,
      effective_from: row.effectiveFrom,
      pence_per_hour: row.pencePerHour,
      note: row.note,
      created_at: row.createdAt,
    })
    .onConflict((oc) =>
      oc.columns(['staff_id', 'effective_from']).doUpdateSet({ pence_per_hour: row.pencePerHour, note: row.note }),
    )
    .execute();
}

/** The pay history of one worker, newest first. */
export function payHistory(db: Kysely<Database>, staffId: string) {
  return db
    .selectFrom('staff_pay_rate')
    .selectAll()
    .where('staff_id', '=', staffId)
    .orderBy('effective_from', 'desc')
    .execute();
}

/** Partner employers, by name. */
export function listEmployers(db: Kysely<Database>) {
  return db.selectFrom('employer').selectAll().orderBy('name').execute();
}
