import type { Locator, Page } from '@playwright/test';

/** The main navigation's links, by what each opens (the words on screen are here and nowhere else). */
const NAV = {
  overview: 'Overview',
  staff: 'Staff',
  compliance: 'Compliance',
  payPolicy: 'Pay policy',
  charter: 'Ethical Care Charter',
  workplace: 'Workplace and ASC-WDS',
  training: 'Training',
  myTraining: 'My training',
  people: 'People',
  availability: 'Availability',
  neighbourhood: 'Neighbourhood',
  rota: 'Rota',
  myRota: 'My rota',
  pathway: 'Career pathway',
  career: 'Career of choice',
  apprenticeships: 'Apprenticeships',
  accounts: 'Accounts',
  audit: 'Audit log',
  councilSync: 'Council sync',
  hubBook: 'Book a desk',
  hubBookings: 'My hub bookings',
  hubBuilding: 'Who is in the building',
  hubSetup: 'Hub set-up',
  hubKiosk: 'Front desk kiosk',
  hubUsage: 'Hub use',
  hubDepartures: 'Forgotten sign-outs',
  teamMeetings: 'Team meetings',
  teamIdealWeeks: 'Team ideal weeks',
  idealWeekProposals: 'Ideal week proposals',
} as const;

/** A section of the app reached from the main navigation. */
export type Section = keyof typeof NAV;

/** The signed-in shell: navigation, sign-out and the notes it shows on every page. */
export class Shell {
  constructor(readonly page: Page) {}

  get nav(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  /** The navigation link to a section (absent when the role may not use it). */
  link(section: Section): Locator {
    return this.nav.getByRole('link', { name: NAV[section], exact: true });
  }

  async open(section: Section): Promise<void> {
    await this.link(section).click();
  }

  /** Go straight to an address in the app, as a person typing it would. */
  async goTo(route: string): Promise<void> {
    await this.page.goto(`./#${route}`);
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign out' }).click();
  }

  /** The note saying this branch holds demo data. */
  get demoNote(): Locator {
    return this.page.getByRole('note');
  }

  /** What the app shows at the address of a page the person's role may not use (the backend refuses it too). */
  get refusal(): Locator {
    return this.page.getByRole('heading', { name: 'You do not have access to this page' });
  }

  /** The branch's name, as the shell shows it. */
  branchName(name: string): Locator {
    return this.page.getByText(name);
  }

  /** The home page's greeting to the signed-in person. */
  greeting(givenName: string): Locator {
    return this.page.getByRole('heading', { name: `Hello, ${givenName}` });
  }
}
