import type { Locator, Page } from '@playwright/test';
import { mainHeading } from './common';

/** A worker's view of their teams' ideal weeks, where they propose changes. */
export class TeamIdealWeeksPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return mainHeading(this.page);
  }

  /** The first "Propose a change" button of the page (its name says which visit). */
  get firstPropose(): Locator {
    return this.page.getByRole('button', { name: /^Propose a change to / }).first();
  }

  get newStart(): Locator {
    return this.page.getByLabel('New start time (optional)');
  }

  get reason(): Locator {
    return this.page.getByLabel('Why do you propose it?');
  }

  get sent(): Locator {
    return this.page.getByText('Proposal sent');
  }

  get myProposals(): Locator {
    return this.page.getByRole('table', { name: 'Your proposals' });
  }
}

/** The coordinator's list of proposals to decide. */
export class ProposalsPage {
  constructor(readonly page: Page) {}

  get waiting(): Locator {
    return this.page.getByRole('table', { name: 'Proposals waiting' });
  }
}
