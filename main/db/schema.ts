import type { Generated } from 'kysely';

/** Table types for Kysely. Column names are snake_case as in SQL; each domain adds its tables here. */
export interface BranchTable {
  id: string;
  provider_name: string;
  provider_id: string | null;
  branch_name: string;
  neighbourhood: string;
  cqc_location_id: string | null;
  is_demo: number;
  created_at: string;
}

export interface SettingTable {
  key: string;
  value_json: string;
  updated_at: string;
}

export interface StaffTable {
  id: string;
  reference: string;
  given_name: string;
  family_name: string;
  preferred_name: string | null;
  job_role: number;
  email: string | null;
  phone: string | null;
  start_date: string;
  status: 'active' | 'archived';
  created_at: string;
  updated_at: string;
}

export interface AccountTable {
  id: string;
  username: string;
  display_name: string;
  staff_id: string | null;
  password_hash: string;
  must_change_password: number;
  disabled: number;
  last_sign_in_at: string | null;
  created_at: string;
}

export interface AccountRoleTable {
  account_id: string;
  role: string;
}

export interface SessionTable {
  token_hash: string;
  account_id: string;
  created_at: string;
  last_activity_at: string;
  reauth_until: string | null;
  ended_at: string | null;
}

export interface SignInAttemptTable {
  id: Generated<number>;
  username: string;
  at: string;
  success: number;
}

export interface AuditLogTable {
  seq: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string | null;
  entity_id: string | null;
  outcome: 'success' | 'failure' | 'denied';
  detail: string | null;
  prev_hash: string;
  hash: string;
}

/** The whole store as Kysely sees it. */
export interface Database {
  branch: BranchTable;
  setting: SettingTable;
  staff: StaffTable;
  account: AccountTable;
  account_role: AccountRoleTable;
  session: SessionTable;
  sign_in_attempt: SignInAttemptTable;
  audit_log: AuditLogTable;
}

// staff (full record, pay policy, compliance, ASC-WDS export) — migration 0002
/** Columns the full staff record adds (declaration merging extends the foundation's StaffTable). */
export interface StaffTable {
  pronouns: string | null;
  home_postcode: string | null;
  home_area: string | null;
  employer_id: string | null;
  cwp_category: number | null;
  contract_type: number | null;
  guaranteed_hours: number | null;
  zero_hours: Generated<number>;
  wtr_opt_out: Generated<number>;
  wtr_opt_out_signed: string | null;
  travel_paid_full: Generated<number>;
  occupational_sick_pay: Generated<number>;
  dbs_recheck_due: string | null;
  rtw_document_type: string | null;
  rtw_expiry: string | null;
  rtw_follow_up: string | null;
  drives: Generated<number>;
  licence_checked_on: string | null;
  insurance_expiry: string | null;
  supervision_due: string | null;
  appraisal_due: string | null;
  emergency_name: string | null;
  emergency_relationship: string | null;
  emergency_phone: string | null;
  lives_in_borough: number | null;
  recruitment_source: number | null;
  leaving_date: string | null;
  leave_reason: number | null;
  date_of_birth: string | null;
  ni_number: string | null;
  dbs_certificate_number: string | null;
  dbs_issue_date: string | null;
  dbs_barred_list_checked: Generated<number>;
  dbs_update_service: Generated<number>;
  sex: string | null;
  ethnicity: number | null;
  disability: string | null;
  nationality: number | null;
  erased_at: string | null;
}

export interface EmployerTable {
  id: string;
  name: string;
  created_at: string;
}

export interface StaffPayRateTable {
  id: string;
  staff_id: string;
  effective_from: string;
  pence_per_hour: number;
  note: string | null;
  created_at: string;
}

export interface PayPolicyValueTable {
  id: string;
  benchmark: 'band3_equivalent' | 'london_living_wage' | 'real_living_wage' | 'national_living_wage';
  effective_from: string;
  pence_per_hour: number;
  note: string | null;
  created_at: string;
}

export interface StaffReferenceCheckTable {
  id: string;
  staff_id: string;
  referee_name: string;
  relationship: string | null;
  requested_on: string | null;
  received_on: string | null;
  created_at: string;
}

export interface StaffReviewTable {
  id: string;
  staff_id: string;
  kind: 'supervision' | 'appraisal' | 'spot_check';
  held_on: string;
  notes: string | null;
  created_at: string;
}

export interface StaffAttachmentTable {
  id: string;
  staff_id: string;
  kind: 'dbs_certificate' | 'right_to_work' | 'other';
  file_name: string;
  media_type: 'application/pdf' | 'image/png' | 'image/jpeg';
  size_bytes: number;
  content: Buffer;
  uploaded_at: string;
  uploaded_by: string;
}

export interface AscwdsExportMemoryTable {
  kind: 'workplace' | 'worker';
  record_key: string;
  first_exported_at: string;
  last_exported_at: string;
}

/** The staff domain's tables (merged into Database). */
export interface Database {
  employer: EmployerTable;
  staff_pay_rate: StaffPayRateTable;
  pay_policy_value: PayPolicyValueTable;
  staff_reference_check: StaffReferenceCheckTable;
  staff_review: StaffReviewTable;
  staff_attachment: StaffAttachmentTable;
  ascwds_export_memory: AscwdsExportMemoryTable;
}
