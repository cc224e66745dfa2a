import type { Role } from '@shared/contract/roles';

/** The office (a manager or coordinator) records anyone's times any day; a worker only their own, on the day. */
export function isOffice(roles: readonly Role[]): boolean {
  return roles.includes('manager') || roles.includes('coordinator');
}
