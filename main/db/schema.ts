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

// pathway
export interface PathwayStepTable {
  id: string;
  name: string;
  cwp_category: number;
  route: 'core' | 'specialist';
  previous_step_id: string | null;
  description: string | null;
  min_months_in_previous: number;
  requires_sign_off: number;
  sort_order: number;
  archived: Generated<number>;
  created_at: string;
  updated_at: string;
}
export interface PathwayStepCourseTable {
  step_id: string;
  course_id: string;
  label: string;
}
export interface PathwayStepQualificationTable {
  step_id: string;
  qualification_code: number;
}
export interface PathwayMemberTable {
  staff_id: string;
  supervisor_staff_id: string | null;
  borough_resident: number | null;
  updated_at: string;
}
export interface PathwayPlacementTable {
  id: string;
  staff_id: string;
  step_id: string;
  kind: 'appointed' | 'progressed';
  start_date: string;
  end_date: string | null;
  new_hourly_rate_pence: number | null;
  note: string | null;
  override_reason: string | null;
  recorded_by: string;
  recorded_at: string;
}
export interface PathwaySignOffTable {
  id: string;
  staff_id: string;
  step_id: string;
  signed_on: string;
  signed_by: string;
  note: string | null;
  recorded_at: string;
}
export interface StaffQualificationTable {
  id: string;
  staff_id: string;
  qualification_code: number;
  year_achieved: number;
  notes: string | null;
  source: 'manual' | 'apprenticeship';
  apprenticeship_id: string | null;
  created_at: string;
}
export interface ApprenticeshipStandardTable {
  code: string;
  title: string;
  level: number;
  qualification_code: number;
  typical_months: number;
  minimum_otj_hours: number;
  minimum_otj_note: string | null;
  updated_at: string;
}
type SkillStatus = 'not_started' | 'in_progress' | 'achieved' | 'exempt' | 'not_taking';
export interface ApprenticeshipTable {
  id: string;
  staff_id: string;
  standard_code: string;
  provider_name: string;
  start_date: string;
  planned_end_date: string;
  mentor_staff_id: string | null;
  weekly_hours: number;
  age_at_start: number;
  english_status: SkillStatus;
  maths_status: SkillStatus;
  status: 'active' | 'completed' | 'withdrawn';
  epa_date: string | null;
  epa_result: 'fail' | 'pass' | 'merit' | 'distinction' | null;
  completed_on: string | null;
  created_at: string;
  updated_at: string;
}
export interface OtjEntryTable {
  id: string;
  apprenticeship_id: string;
  entry_date: string;
  hours: number;
  activity: string;
  evidence: string | null;
  source: 'manual' | 'training_session';
  session_id: string | null;
  status: 'pending' | 'approved' | 'rejected';
  logged_by: string;
  logged_at: string;
  decided_by: string | null;
  decided_at: string | null;
}
export interface ApprenticeshipOtjTotalTable {
  apprenticeship_id: string;
  approved_hours: number;
  pending_hours: number;
}
export interface ApprenticeshipReviewTable {
  id: string;
  apprenticeship_id: string;
  review_date: string;
  employer_rep: string;
  provider_rep: string;
  progress_summary: string;
  actions: string;
  recorded_by: string;
  recorded_at: string;
}
export interface ApprenticeshipGatewayItemTable {
  apprenticeship_id: string;
  item_key: string;
  done_on: string;
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
  // pathway
  pathway_step: PathwayStepTable;
  pathway_step_course: PathwayStepCourseTable;
  pathway_step_qualification: PathwayStepQualificationTable;
  pathway_member: PathwayMemberTable;
  pathway_placement: PathwayPlacementTable;
  pathway_sign_off: PathwaySignOffTable;
  staff_qualification: StaffQualificationTable;
  apprenticeship_standard: ApprenticeshipStandardTable;
  apprenticeship: ApprenticeshipTable;
  otj_entry: OtjEntryTable;
  apprenticeship_otj_total: ApprenticeshipOtjTotalTable;
  apprenticeship_review: ApprenticeshipReviewTable;
  apprenticeship_gateway_item: ApprenticeshipGatewayItemTable;
}
