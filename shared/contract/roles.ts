import { z } from 'zod';

/** The five roles of security.md; an account may hold several. */
export const Role = z.enum(['manager', 'coordinator', 'trainer', 'worker', 'visitor']);
export type Role = z.infer<typeof Role>;

/** Every role, for procedures any signed-in person may call. */
export const ALL_ROLES: readonly Role[] = Role.options;

/** Human labels for roles, shown in account screens. */
export const ROLE_LABELS: Record<Role, string> = {
  manager: 'Manager',
  coordinator: 'Coordinator',
  trainer: 'Trainer',
  worker: 'Wellbeing worker',
  visitor: 'Visitor (hub)',
};
