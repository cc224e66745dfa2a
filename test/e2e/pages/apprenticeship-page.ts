import type { Locator, Page } from '@playwright/test';

/** One apprenticeship: off-the-job hours against the plan, and logging hours. */
export class ApprenticeshipPage {
  constructor(readonly page: Page) {}

  get hoursHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Off-the-job hours' });
  }

  /** The catch-up rate shown for an apprentice behind on hours. */
  get catchUp(): Locator {
    return this.page.getByText(/To catch up: /);
  }

  async logHours(hours: string, activity: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Hours' }).fill(hours);
    await this.page.getByLabel('Activity').fill(activity);
    await this.page.getByRole('button', { name: 'Log hours' }).click();
  }

  get logged(): Locator {
    return this.page.getByText('Hours logged.');
  }

  entry(activity: string): Locator {
    return this.page.getByRole('cell', { name: activity }).first();
  }
}
