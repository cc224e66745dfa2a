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
  osp_recorded: number;
  note: string | null;
  requested_by: string;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}
export interface TravelRecordedTable {
  from_id: string;
  to_id: string;
  mode: 'walk' | 'cycle' | 'public_transport' | 'car';
  minutes: number;
  recorded_by: string;
  recorded_at: string;
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
