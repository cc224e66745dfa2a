import type { Locator, Page } from '@playwright/test';

/** The tabs of a person's page. */
type Tab = 'About' | 'Chosen team' | 'Travel times';

/** One person supported: about them, access notes behind a button, their chosen team and travel between visits. */
export class PersonPage {
  constructor(readonly page: Page) {}

  tab(name: Tab): Locator {
    return this.page.getByRole('tab', { name });
  }

  async openTab(name: Tab): Promise<void> {
    await this.tab(name).click();
  }

  get accessNotes(): Locator {
    return this.page.getByRole('region', { name: 'Access notes' });
  }

  get showAccessNotesButton(): Locator {
    return this.page.getByRole('button', { name: /Show access notes/ });
  }

  /** What a team worker sees of the person. */
  get forTheTeam(): Locator {
    return this.page.getByRole('region', { name: 'What the team needs to know' });
  }

  /** The team heading with its size: "Team (4 of at most 12)". */
  get teamHeading(): Locator {
    return this.page.getByRole('heading', { name: /Team \(\d+ of at most 12\)/ });
  }

  get skillsAgainstNeeds(): Locator {
    return this.page.getByRole('region', { name: 'Skills against their needs' });
  }

  get travelTimes(): Locator {
    return this.page.getByRole('table', { name: 'Travel times' });
  }

  async openIdealWeek(): Promise<void> {
    await this.page.getByRole('link', { name: 'Ideal week', exact: true }).click();
  }
}
