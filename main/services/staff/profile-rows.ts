import type { Selectable } from 'kysely';
import type { StaffDetails, StaffSensitive } from '@shared/domain/staff/profile';
import type { StaffTable } from '@main/db/schema';

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
    rtwCheckedOn: row.rtw_checked_on,
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
    suspendedFrom: row.suspended_from,
    suspendedUntil: row.suspended_until,
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
    rtw_checked_on: details.rtwCheckedOn,
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
    suspended_from: details.suspendedFrom,
    suspended_until: details.suspendedUntil,
  };
}

/** The sensitive fields of a row. */
export function toSensitive(row: Row): StaffSensitive {
  return {
    dateOfBirth: row.date_of_birth,
    niNumber: row.ni_number,
    dbsCertificateNumber: row.dbs_certificate_number,
    dbsIssueDate: row.dbs_issue_date,
    dbsAppliedOn: row.dbs_applied_on,
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
    dbs_applied_on: sensitive.dbsAppliedOn,
    dbs_barred_list_checked: bit(sensitive.dbsBarredListChecked),
    dbs_update_service: bit(sensitive.dbsUpdateService),
    sex: sensitive.sex,
    ethnicity: sensitive.ethnicity,
    disability: sensitive.disability,
    nationality: sensitive.nationality,
    country_of_birth: sensitive.countryOfBirth,
  };
}
