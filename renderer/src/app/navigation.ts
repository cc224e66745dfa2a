import type { Role } from '@shared/contract/roles';
import { mayUse, type PagePath } from './page-roles';

/** One entry of the side navigation. */
export interface NavItem {
  path: PagePath;
  label: string;
  /** Shown only to these roles, when the page is open to more than need it in the menu (a worker's own pages). */
  only?: readonly Role[];
  /** Marked as the current page only at its own address, not at the addresses under it (`/hub` beside `/hub/setup`). */
  end?: boolean;
}

/** The side navigation, in order; each entry shows to the roles its page is for (see PAGE_ROLES). */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'Overview' },
  { path: '/staff', label: 'Staff' },
  { path: '/accounts', label: 'Accounts' },
  { path: '/audit', label: 'Audit log' },
  { path: '/backups', label: 'Backups' },
  { path: '/council-sync', label: 'Council sync' },
  { path: '/people', label: 'People' },
  { path: '/availability', label: 'Availability' },
  { path: '/neighbourhood', label: 'Neighbourhood' },
  { path: '/training', label: 'Training' },
  // Managers, coordinators and trainers reach their own training through the Training pages.
  { path: '/my-training', label: 'My training', only: ['worker'] },
  { path: '/compliance', label: 'Compliance' },
  { path: '/charter', label: 'Ethical Care Charter' },
  { path: '/policy/pay', label: 'Pay policy' },
  { path: '/policy/sick-pay', label: 'Sick pay scheme' },
  { path: '/workplace', label: 'Workplace and ASC-WDS' },
  { path: '/pathway', label: 'Career pathway' },
  { path: '/apprenticeships', label: 'Apprenticeships' },
  { path: '/career', label: 'Career of choice' },
  { path: '/rota', label: 'Rota' },
  // Managers and coordinators see everyone's week on the board.
  { path: '/my-rota', label: 'My rota', only: ['worker'] },
  { path: '/hub', label: 'Book a desk', end: true },
  { path: '/hub/bookings', label: 'My hub bookings' },
  { path: '/hub/building', label: 'Who is in the building' },
  { path: '/hub/setup', label: 'Hub set-up' },
  { path: '/hub/usage', label: 'Hub use' },
  { path: '/hub/kiosk', label: 'Front desk kiosk' },
  { path: '/hub/departures', label: 'Forgotten sign-outs' },
  { path: '/actuals', label: 'Today’s visits', end: true },
  { path: '/actuals/call-monitoring', label: 'Call monitoring' },
  { path: '/team-week', label: 'Team week' },
  { path: '/team-changes', label: 'Swaps and give-ups' },
  { path: '/team-meetings', label: 'Team meetings' },
  { path: '/team-ideal-weeks', label: 'Team ideal weeks' },
  { path: '/ideal-week-proposals', label: 'Ideal week proposals' },
  { path: '/visit-times', label: 'Visit times' },
];

/** The navigation a person with these roles sees. */
export function navFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter(
    (item) => mayUse(item.path, roles) && (item.only === undefined || item.only.some((role) => roles.includes(role))),
  );
}
