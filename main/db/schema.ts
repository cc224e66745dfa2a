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
