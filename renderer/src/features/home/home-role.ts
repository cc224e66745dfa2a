import type { Role } from '@shared/contract/roles';

/** The home pages, one per role, in the order a person holding several roles sees them (the first they hold). */
export const HOME_ROLES = ['manager', 'coordinator', 'trainer', 'worker', 'visitor'] as const satisfies Role[];

/** The role whose home page a person lands on: the most far-reaching they hold. */
export function homeRoleOf(roles: readonly Role[]): (typeof HOME_ROLES)[number] | null {
  return HOME_ROLES.find((role) => roles.includes(role)) ?? null;
}
