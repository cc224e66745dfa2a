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
  /** When the temporary password in force was issued; null when the person chose their password. */
  temporary_password_issued_at: string | null;
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

/** A password attempt, written as pending before the password is checked (so a burst cannot outrun the count). */
export interface AuthAttemptTable {
  id: Generated<number>;
  /** `account:<id>`, or `name:<keyed hash>` for a name that matches no account (never the typed name itself). */
  account_key: string;
  source: string;
  at: string;
  outcome: 'pending' | 'failure' | 'success';
}

/** The point from which the audit chain is sealed with the key kept outside the store (one row). */
export interface AuditSealTable {
  id: number;
  sealed_from_seq: number;
  key_id: string;
  sealed_at: string;
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

// training
export interface TrainingProviderTable {
  id: string;
  name: string;
  kind: 'specialist' | 'in_house' | 'e_learning' | 'college' | 'external';
  strand: string | null;
  contact: string | null;
  created_at: string;
}

export interface TrainingCourseTable {
  id: string;
  name: string;
  provider_id: string;
  ascwds_category: number;
  strand: string | null;
  delivery: 'face_to_face' | 'e_learning' | 'blended';
  accredited: number;
  validity_months: number | null;
  counts_care_certificate: number;
  counts_qualification: number;
  counts_otj: number;
  created_at: string;
  updated_at: string;
}

export interface CourseSkillTable {
  course_id: string;
  skill: string;
}

export interface TrainingRequirementTable {
  id: string;
  job_role: number | null;
  strand: string | null;
  course_id: string;
  any_of_group: string | null;
  effective_from: string;
  created_at: string;
}

export interface TrainingCertificateTable {
  id: string;
  staff_id: string;
  file_name: string;
  mime_type: 'application/pdf' | 'image/png' | 'image/jpeg';
  size_bytes: number;
  content: Uint8Array;
  sha256: string;
  uploaded_at: string;
  uploaded_by: string;
}

export interface TrainingSessionTable {
  id: string;
  course_id: string;
  date: string;
  start_minute: number;
  duration_minutes: number;
  venue: 'hub_room' | 'provider_site' | 'online';
  venue_detail: string | null;
  trainer_name: string | null;
  capacity: number;
  status: 'scheduled' | 'cancelled';
  register_submitted_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface TrainingBookingTable {
  session_id: string;
  staff_id: string;
  booked: number;
  outcome: 'attended' | 'completed' | 'not_completed' | 'absent' | null;
  certificate_id: string | null;
  reason: string | null;
  booked_at: string;
  booked_by: string;
}

export interface TrainingRecordTable {
  id: string;
  staff_id: string;
  course_id: string;
  completed_on: string;
  expires_on: string | null;
  delivered_by: 'in_house' | 'external';
  provider_name: string;
  how_delivered: 'face_to_face' | 'e_learning' | 'blended';
  certificate_id: string | null;
  session_id: string | null;
  source: 'register' | 'manual' | 'import' | 'demo';
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface CompetencyAssessmentTable {
  id: string;
  staff_id: string;
  competency: 'medication' | 'moving_and_handling';
  assessed_on: string;
  outcome: 'competent' | 'not_yet_competent';
  assessor: string;
  next_due_on: string;
  notes: string | null;
  created_at: string;
}

export interface CareCertificateStandardTable {
  staff_id: string;
  standard: number;
  signed_off_on: string;
  signed_off_by: string;
}

export interface TrainingCurrentTable {
  staff_id: string;
  course_id: string;
  best_expiry: string;
}

export interface TrainingCurrentVersionTable {
  id: number;
  version: number;
}

export interface NoticeTable {
  id: string;
  staff_id: string;
  text: string;
  created_at: string;
  read_at: string | null;
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
  auth_attempt: AuthAttemptTable;
  audit_log: AuditLogTable;
  audit_seal: AuditSealTable;
  // training
  training_provider: TrainingProviderTable;
  training_course: TrainingCourseTable;
  course_skill: CourseSkillTable;
  training_requirement: TrainingRequirementTable;
  training_certificate: TrainingCertificateTable;
  training_session: TrainingSessionTable;
  training_booking: TrainingBookingTable;
  training_record: TrainingRecordTable;
  competency_assessment: CompetencyAssessmentTable;
  care_certificate_standard: CareCertificateStandardTable;
  training_current: TrainingCurrentTable;
  training_current_version: TrainingCurrentVersionTable;
  notice: NoticeTable;
  // people
  client: ClientTable;
  client_need: ClientNeedTable;
  client_interview: ClientInterviewTable;
  client_team_member: ClientTeamMemberTable;
  client_declined_worker: ClientDeclinedWorkerTable;
  ideal_week_version: IdealWeekVersionTable;
  ideal_week_item: IdealWeekItemTable;
  availability_window: AvailabilityWindowTable;
  worker_travel_profile: WorkerTravelProfileTable;
  availability_exception: AvailabilityExceptionTable;
  travel_recorded: TravelRecordedTable;
  // rota
  rota_week: RotaWeekTable;
  rota_visit: RotaVisitTable;
  rota_change: RotaChangeTable;
  rota_one_off: RotaOneOffTable;
}

// people
export interface ClientTable {
  id: string;
  given_name: string;
  family_name: string;
  preferred_name: string | null;
  addressed_as: string;
  address_line1: string;
  address_line2: string | null;
  town: string;
  postcode: string;
  lat: number;
  lon: number;
  key_contacts_json: string;
  what_matters: string | null;
  access_notes: string | null;
  start_date: string;
  status: 'active' | 'paused' | 'ended';
  paused_from: string | null;
  paused_until: string | null;
  pause_reason: string | null;
  ended_on: string | null;
  created_at: string;
  updated_at: string;
}
export interface ClientNeedTable {
  client_id: string;
  skill: string;
}
export interface ClientInterviewTable {
  id: string;
  client_id: string;
  staff_id: string;
  interview_date: string;
  outcome: 'chosen' | 'not_chosen';
  decided_by: string;
  notes: string | null;
  created_at: string;
}
export interface ClientTeamMemberTable {
  client_id: string;
  staff_id: string;
  added_on: string;
}
export interface ClientDeclinedWorkerTable {
  client_id: string;
  staff_id: string;
  declined_on: string;
  reason: string | null;
}
export interface IdealWeekVersionTable {
  id: string;
  client_id: string;
  effective_from: string;
  anchor_date: string;
  note: string | null;
  created_at: string;
  created_by: string;
}
export interface IdealWeekItemTable {
  id: string;
  version_id: string;
  weekday: number;
  start_minute: number;
  duration_minutes: number;
  workers_needed: number;
  purpose: string;
  required_skills_json: string;
  flex_minutes: number;
  preferred_json: string;
  agreed_short: number;
  repeat: 'weekly' | 'week_a' | 'week_b';
  position: number;
}
export interface AvailabilityWindowTable {
  id: string;
  staff_id: string;
  weekday: number;
  start_minute: number;
  end_minute: number;
}
export interface WorkerTravelProfileTable {
  staff_id: string;
  travel_mode: 'walk' | 'cycle' | 'public_transport' | 'car';
  home_postcode: string | null;
  home_lat: number;
  home_lon: number;
  updated_at: string;
}
export interface AvailabilityExceptionTable {
  id: string;
  staff_id: string;
  kind: 'annual_leave' | 'sickness' | 'team_meeting';
  status: 'requested' | 'approved' | 'declined' | 'recorded' | 'cancelled';
  start_date: string;
  start_minute: number;
  end_date: string | null;
  end_minute: number;
  note: string | null;
  requested_by: string;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
  /** Last day the stored sick pay covers (migration 0016); null until worked out. */
  sick_pay_through: Generated<string | null>;
  /** The booking a team meeting entry belongs to, shared by all its entries (migration 0032); null before it. */
  meeting_id: Generated<string | null>;
  /** The person whose team a meeting is for (migration 0032); null for one without a team, or stored before it. */
  meeting_client_id: Generated<string | null>;
}
export interface TravelRecordedTable {
  from_id: string;
  to_id: string;
  mode: 'walk' | 'cycle' | 'public_transport' | 'car';
  minutes: number;
  recorded_by: string;
  recorded_at: string;
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
  started_in_sector: number | null;
  delegated_healthcare: number | null;
  country_of_birth: number | null;
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
  rtw_checked_on: string | null;
  suspended_from: string | null;
  suspended_until: string | null;
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
  benchmark:
    | 'band3_equivalent'
    | 'london_living_wage'
    | 'real_living_wage'
    | 'national_living_wage'
    | 'national_minimum_wage_18_20'
    | 'national_minimum_wage_under_18';
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
// rota
export interface RotaWeekTable {
  iso_week: string;
  status: 'draft' | 'published';
  seed: number;
  iterations: number | null;
  stop_reason: 'iterations' | 'time' | 'converged' | null;
  instance_json: string;
  measures_json: string | null;
  warnings_json: string;
  planned_at: string;
  planned_by: string;
  published_at: string | null;
  published_by: string | null;
  updated_at: string;
}
export interface RotaVisitTable {
  iso_week: string;
  id: string;
  client_id: string;
  date: string;
  ideal_start_minute: number;
  start_minute: number;
  duration_minutes: number;
  workers_needed: number;
  purpose: string;
  worker1_id: string | null;
  worker2_id: string | null;
  pinned: number;
  set_by: string;
  set_at: string;
  unassigned_json: string;
  one_off_id: string | null;
  /** The visit this one was split from with the person's agreement (migration 0031); null for a whole visit. */
  part_of: string | null;
}
export interface RotaChangeTable {
  id: string;
  iso_week: string;
  visit_id: string;
  client_id: string;
  date: string;
  at: string;
  by: string;
  what: 'assign' | 'unassign' | 'move' | 'swap' | 'sickness_cover' | 'pin' | 'unpin';
  before_text: string;
  after_text: string;
  worker_ids_json: string;
}
export interface RotaOneOffTable {
  id: string;
  iso_week: string;
  client_id: string;
  kind: 'cancel' | 'extra';
  visit_id: string | null;
  date: string;
  start_minute: number;
  duration_minutes: number;
  workers_needed: number;
  required_skills_json: string;
  agreed_short: number;
  purpose: string;
  note: string | null;
  created_by: string;
  created_at: string;
}

// the hub (migration 0010)
export interface Database {
  hub_floor: HubFloorTable;
  hub_space: HubSpaceTable;
  hub_opening_hours: HubOpeningHoursTable;
  hub_closed_day: HubClosedDayTable;
  hub_organisation: HubOrganisationTable;
  hub_visitor: HubVisitorTable;
  hub_booking: HubBookingTable;
  hub_claim: HubClaimTable;
  hub_presence: HubPresenceTable;
  hub_roll_call: HubRollCallTable;
  hub_roll_call_line: HubRollCallLineTable;
  kiosk_session: KioskSessionTable;
}
export interface HubFloorTable {
  id: string;
  name: string;
  position: number;
  grid_columns: number;
  grid_rows: number;
  image_type: 'image/png' | 'image/jpeg' | 'image/svg+xml' | null;
  image: Uint8Array | null;
  image_sha256: string | null;
  created_at: string;
  updated_at: string;
  removed_at: string | null;
}
export interface HubSpaceTable {
  id: string;
  floor_id: string;
  name: string;
  kind: 'desk' | 'meeting_room' | 'training_room' | 'quiet_room';
  capacity: number;
  has_screen: number;
  has_phone: number;
  wheelchair_access: number;
  lockable: number;
  grid_x: number;
  grid_y: number;
  grid_width: number;
  grid_height: number;
  created_at: string;
  updated_at: string;
  removed_at: string | null;
}
export interface HubOpeningHoursTable {
  weekday: number;
  is_open: number;
  open_minute: number;
  close_minute: number;
}
export interface HubClosedDayTable {
  date: string;
  reason: string;
  created_at: string;
  created_by: string;
}
export interface HubOrganisationTable {
  id: string;
  name: string;
  kind:
    | 'nhs_community_nursing'
    | 'gp_practice'
    | 'council_social_work'
    | 'occupational_therapy'
    | 'mental_health'
    | 'voluntary_sector'
    | 'other';
  contact_name: string;
  contact_email: string | null;
  contact_phone: string | null;
  created_at: string;
  updated_at: string;
  removed_at: string | null;
}
export interface HubVisitorTable {
  account_id: string;
  organisation_id: string;
  email: string | null;
  phone: string | null;
  created_at: string;
  updated_at: string;
}
export interface HubBookingTable {
  id: string;
  space_id: string;
  date: string;
  period: 'morning' | 'afternoon' | 'day';
  account_id: string;
  organisation_id: string | null;
  status: 'booked' | 'checked_in' | 'cancelled' | 'no_show';
  series_id: string | null;
  walk_in: number;
  created_at: string;
  created_by: string;
  checked_in_at: string | null;
  ended_at: string | null;
  ended_by: string | null;
}
export interface HubClaimTable {
  space_id: string;
  date: string;
  half: 'am' | 'pm';
  booking_id: string | null;
  training_session_id: string | null;
}
export interface HubPresenceTable {
  id: string;
  kind: 'visitor' | 'staff' | 'contractor';
  account_id: string | null;
  organisation_id: string | null;
  guest_name: string | null;
  guest_company: string | null;
  booking_id: string | null;
  space_id: string | null;
  date: string;
  signed_in_at: string;
  signed_in_via: 'pass' | 'name' | 'walk_in' | 'contractor' | 'staff';
  signed_out_at: string | null;
  signed_out_how: 'kiosk' | 'closing' | 'staff' | null;
}
export interface HubRollCallTable {
  id: string;
  started_at: string;
  started_by: string;
  ended_at: string | null;
  ended_by: string | null;
}
export interface HubRollCallLineTable {
  roll_call_id: string;
  presence_id: string;
  name: string;
  kind: 'visitor' | 'staff' | 'contractor';
  organisation_name: string | null;
  floor_name: string;
  space_name: string | null;
  signed_in_at: string;
  safe_at: string | null;
  marked_by: string | null;
}
export interface KioskSessionTable {
  id: string;
  token_hash: string;
  name: string;
  started_at: string;
  started_by: string;
  ended_at: string | null;
  ended_by: string | null;
}

/** One summary in the outbox for the council (migration 0011). */
export interface SyncOutboxTable {
  seq: Generated<number>;
  summary_id: string;
  period_kind: 'week' | 'month';
  period_start: string;
  body_json: string;
  state: 'waiting' | 'sending' | 'sent' | 'parked';
  attempts: number;
  next_attempt_at: string | null;
  last_status: number | null;
  last_error: string | null;
  enqueued_at: string;
  sent_at: string | null;
  council_received_at: string | null;
}

export interface Database {
  sync_outbox: SyncOutboxTable;
}

/** What one qualifying day of a sickness absence pays (migration 0016). */
export interface SickPayDayTable {
  absence_id: string;
  staff_id: string;
  date: string;
  ssp_pence: number;
  osp: 'full' | 'half' | 'none';
  osp_pence: number;
}

/** A pay period exported to payroll (migration 0016). */
export interface PayrollExportTable {
  id: string;
  period_kind: 'weekly' | 'fortnightly' | 'four_weekly' | 'monthly';
  period_start: string;
  period_end: string;
  workers: number;
  gross_pence: number;
  exported_by: string;
  exported_at: string;
}

// postcode directory (ONS Postcode Directory extract) — migration 0018
export interface PostcodeTable {
  postcode: string;
  lat: number;
  lon: number;
}
export interface PostcodeImportTable {
  id: string;
  imported_at: string;
  imported_by: string;
  postcodes: number;
  terminated_skipped: number;
  unlocated_skipped: number;
}

export interface Database {
  sick_pay_day: SickPayDayTable;
  payroll_export: PayrollExportTable;
  postcode: PostcodeTable;
  postcode_import: PostcodeImportTable;
  holiday_accrual: HolidayAccrualTable;
}

/** Per pay period exported and worker: minutes worked, holiday accrued on them and holiday paid (migration 0022). */
export interface HolidayAccrualTable {
  export_id: string;
  staff_id: string;
  period_start: string;
  period_end: string;
  irregular: number;
  worked_minutes: number;
  accrued_minutes: number;
  holiday_minutes: number;
  holiday_pence: number;
  rolled_up_pence: number;
}

// when people the hub signed out at closing really left — migration 0024
export interface HubDepartureTable {
  presence_id: string;
  /** Null: nobody knows when they left. */
  left_at: string | null;
  recorded_at: string;
  recorded_by: string;
}

export interface Database {
  hub_departure: HubDepartureTable;
}

// staff: the date an enhanced DBS check was applied for (migration 0021), so a pending check can be told from none.
/** Columns migration 0021 adds to staff. */
export interface StaffTable {
  dbs_applied_on: string | null;
}

// actuals: what happened at each visit and the call monitoring imports — migration 0019
/** A worker's actual arrival and departure at one visit (Europe/London wall clock), with who recorded it and how. */
export interface VisitActualTable {
  iso_week: string;
  visit_id: string;
  staff_id: string;
  client_id: string;
  planned_date: string;
  planned_start_minute: number;
  planned_duration_minutes: number;
  arrival_date: string;
  arrival_minute: number;
  departure_date: string | null;
  departure_minute: number | null;
  short_reason: string | null;
  note: string | null;
  source: 'worker' | 'coordinator' | 'call_monitoring';
  import_id: string | null;
  recorded_by: string;
  recorded_at: string;
}
/** One call monitoring file applied. */
export interface ActualImportTable {
  id: string;
  layout: 'cm2000' | 'mapped';
  rows: number;
  matched: number;
  unmatched: number;
  imported_by: string;
  imported_at: string;
}
/** A call monitoring row that matched no visit, kept for a person to resolve. */
export interface ActualImportRowTable {
  id: string;
  import_id: string;
  line: number;
  worker_ref: string;
  person_name: string;
  planned_date: string;
  planned_start_minute: number | null;
  arrival_date: string;
  arrival_minute: number;
  departure_date: string | null;
  departure_minute: number | null;
  reason: string;
  status: 'open' | 'attached' | 'set_aside';
  resolved_by: string | null;
  resolved_at: string | null;
  resolution_note: string | null;
}

export interface Database {
  visit_actual: VisitActualTable;
  actual_import: ActualImportTable;
  actual_import_row: ActualImportRowTable;
}

/** A swap or give-up a worker asked for (migration 0020). */
export interface RotaChangeRequestTable {
  id: string;
  iso_week: string;
  kind: 'swap' | 'give_up' | 'swap_shift';
  visit_id: string;
  from_staff_id: string;
  to_staff_id: string | null;
  other_visit_id: string | null;
  reason: string | null;
  sickness: number;
  status: 'proposed' | 'awaiting_coordinator' | 'done' | 'declined';
  created_at: string;
  decided_at: string | null;
  decided_by: string | null;
  note: string | null;
}

export interface Database {
  rota_change_request: RotaChangeRequestTable;
}

export interface Database {
  rota_edit_step: RotaEditStepTable;
}

/** One edit to a draft week, kept so it can be undone and redone (migration 0025). */
export interface RotaEditStepTable {
  id: string;
  iso_week: string;
  seq: number;
  what: 'assign' | 'unassign' | 'move' | 'swap' | 'pin' | 'unpin';
  summary: string;
  before_json: string;
  after_json: string;
  by: string;
  at: string;
  undone: Generated<number>;
}

export interface Database {
  ideal_week_proposal: IdealWeekProposalTable;
}

/** A change a person's team proposes to their ideal week, and the coordinator's decision (migration 0028). */
export interface IdealWeekProposalTable {
  id: string;
  client_id: string;
  version_id: string;
  item_id: string;
  weekday: number;
  start_minute: number;
  duration_minutes: number;
  purpose: string;
  proposed_start_minute: number | null;
  proposed_duration_minutes: number | null;
  reason: string;
  proposed_by: string;
  created_at: string;
  status: Generated<'proposed' | 'accepted' | 'declined'>;
  decided_by: string | null;
  decided_at: string | null;
  decline_reason: string | null;
  applied_version_id: string | null;
}

export interface Database {
  rota_cover_record: RotaCoverRecordTable;
}

/** A consent, agreement or "person told" record about covering one visit (migration 0027). */
export interface RotaCoverRecordTable {
  id: string;
  iso_week: string;
  visit_id: string;
  client_id: string;
  kind: 'outside_consent' | 'shorter_agreement' | 'person_told' | 'split_agreement';
  worker_id: string | null;
  given_by: string;
  relationship: string | null;
  given_on: string;
  duration_minutes: number | null;
  reason: string | null;
  recorded_by: string;
  recorded_at: string;
  /** A split's second part: its start and length (migration 0031); the first part's length is duration_minutes. */
  second_start_minute: number | null;
  second_minutes: number | null;
}

export interface Database {
  rota_change_request_visit: RotaChangeRequestVisitTable;
}

/** One visit on one side of a whole-shift swap, as it stood when asked (migration 0030). */
export interface RotaChangeRequestVisitTable {
  request_id: string;
  visit_id: string;
  /** give: the proposer's visit the teammate takes; take: the teammate's visit the proposer takes in exchange. */
  side: 'give' | 'take';
  staff_id: string;
  date: string;
  start_minute: number;
  duration_minutes: number;
}
