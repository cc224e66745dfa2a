import type { Role } from '@shared/contract/roles';

/** One entry of the side navigation, shown to the roles listed. Each domain adds its entries here. */
export interface NavItem {
  path: string;
  label: string;
  roles: readonly Role[];
}

/** The side navigation, in order. */
export const NAV_ITEMS: NavItem[] = [
  { path: '/', label: 'Overview', roles: ['manager', 'coordinator', 'trainer', 'worker', 'visitor'] },
  { path: '/staff', label: 'Staff', roles: ['manager', 'coordinator', 'trainer'] },
  { path: '/accounts', label: 'Accounts', roles: ['manager'] },
  { path: '/audit', label: 'Audit log', roles: ['manager'] },
  { path: '/people', label: 'People', roles: ['manager', 'coordinator', 'worker'] },
  { path: '/availability', label: 'Availability', roles: ['manager', 'coordinator', 'worker'] },
  { path: '/neighbourhood', label: 'Neighbourhood', roles: ['manager', 'coordinator'] },
  { path: '/training', label: 'Training', roles: ['manager', 'coordinator', 'trainer'] },
  { path: '/my-training', label: 'My training', roles: ['worker'] },
  // staff records in full
  { path: '/compliance', label: 'Compliance', roles: ['manager', 'coordinator'] },
  { path: '/charter', label: 'Ethical Care Charter', roles: ['manager', 'coordinator'] },
  { path: '/policy/pay', label: 'Pay policy', roles: ['manager', 'coordinator'] },
  { path: '/workplace', label: 'Workplace and ASC-WDS', roles: ['manager'] },
  { path: '/pathway', label: 'Career pathway', roles: ['manager', 'worker'] },
  { path: '/apprenticeships', label: 'Apprenticeships', roles: ['manager', 'trainer', 'worker'] },
  { path: '/career', label: 'Career of choice', roles: ['manager'] },
  { path: '/rota', label: 'Rota', roles: ['manager', 'coordinator'] },
  { path: '/my-rota', label: 'My rota', roles: ['worker'] },
];
