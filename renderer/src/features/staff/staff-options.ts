import { JOB_ROLES } from '@shared/domain/staff/job-roles';

/** Job roles as select options, labelled as ASC-WDS names them. */
export const JOB_ROLE_OPTIONS = JOB_ROLES.map((role) => ({ value: String(role.code), label: role.label }));
