import { procedures, type ProcedureName } from '@shared/contract/procedures';
import { ALL_ROLES, type Role } from '@shared/contract/roles';

/** The roles allowed any of the procedures a page is built on, from the contract's own lists. */
function rolesOf(...names: ProcedureName[]): readonly Role[] {
  return ALL_ROLES.filter((role) => names.some((name) => procedures[name].roles.includes(role)));
}

/**
 * Who each signed-in page is for, by its route path: the roles of the procedure the page is built on, so a page and
 * the backend agree on who may use it. A page is not drawn for anyone else (the backend's refusal stays the guard).
 */
export const PAGE_ROLES = {
  '/': ALL_ROLES,
  '/my-password': rolesOf('auth.changePassword'),
  '/staff': rolesOf('staff.list'),
  '/staff/new': rolesOf('staff.create'),
  '/staff/import': rolesOf('staff.import'),
  '/staff/:id': rolesOf('staff.get'),
  '/staff/:id/edit': rolesOf('staff.update'),
  '/accounts': rolesOf('accounts.list'),
  '/audit': rolesOf('audit.list'),
  '/backups': rolesOf('backup.status'),
  '/council-sync': rolesOf('sync.status'),
  '/people': rolesOf('clients.list'),
  '/people/new': rolesOf('clients.create'),
  '/people/postcodes': rolesOf('postcodes.importDirectory'),
  '/people/:id': rolesOf('clients.get', 'clients.getForTeam'),
  '/people/:id/edit': rolesOf('clients.update'),
  '/people/:id/ideal-week': rolesOf('clients.getIdealWeek'),
  '/availability': rolesOf('availability.get'),
  '/neighbourhood': rolesOf('clients.neighbourhoodMap'),
  '/training': rolesOf('training.matrix'),
  '/training/staff/:id': rolesOf('training.overview'),
  '/training/sessions/:id/register': rolesOf('training.getRegister'),
  '/my-training': rolesOf('training.mine'),
  '/compliance': rolesOf('compliance.dashboard'),
  '/charter': rolesOf('compliance.charter'),
  '/policy/pay': rolesOf('policy.payPolicy'),
  '/workplace': rolesOf('workplace.get'),
  '/pathway': rolesOf('pathway.worker'),
  '/pathway/steps': rolesOf('pathway.listSteps'),
  '/pathway/staff/:staffId': rolesOf('pathway.worker'),
  '/apprenticeships': rolesOf('apprenticeships.dashboard', 'apprenticeships.mine'),
  '/apprenticeships/new': rolesOf('apprenticeships.enrol'),
  '/apprenticeships/standards': rolesOf('apprenticeships.standards'),
  '/apprenticeships/:id': rolesOf('apprenticeships.get'),
  '/career': rolesOf('pathway.career'),
  '/rota': rolesOf('rota.getWeek'),
  '/rota/priorities': rolesOf('rota.plannerSettings'),
  '/my-rota': rolesOf('rota.myWeek'),
  '/hub': rolesOf('hub.book'),
  '/hub/series': rolesOf('hub.bookSeries'),
  '/hub/bookings': rolesOf('hub.myBookings'),
  '/hub/kiosk': rolesOf('hub.startKiosk'),
  '/hub/setup': rolesOf('hub.saveSpace'),
  '/hub/building': rolesOf('hub.building'),
  '/hub/usage': rolesOf('hub.usage'),
  '/hub/departures': rolesOf('hub.forgottenDepartures'),
  // Where the Electron kiosk window (`--kiosk`) opens and stays: a manager or coordinator starts the kiosk there.
  '/kiosk': rolesOf('hub.startKiosk'),
  '/policy/sick-pay': rolesOf('policy.updateSickPayScheme'),
  '/actuals': rolesOf('actuals.day'),
  '/actuals/call-monitoring': rolesOf('actuals.importCallMonitoring'),
  '/team-week': rolesOf('teamWeek.get'),
  '/team-changes': rolesOf('teamWeek.decideChange'),
  '/team-meetings': rolesOf('teamMeetings.findTimes'),
  '/team-ideal-weeks': rolesOf('idealWeekProposals.teamWeeks'),
  '/ideal-week-proposals': rolesOf('idealWeekProposals.decide'),
  '/visit-times': rolesOf('visitTimes.figures'),
} as const satisfies Record<string, readonly Role[]>;

/** A signed-in page's route path. */
export type PagePath = keyof typeof PAGE_ROLES;

/** Whether someone holding these roles may use the page. */
export function mayUse(path: PagePath, roles: readonly Role[]): boolean {
  const allowed: readonly Role[] = PAGE_ROLES[path];
  return allowed.some((role) => roles.includes(role));
}
