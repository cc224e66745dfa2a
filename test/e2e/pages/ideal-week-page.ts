import type { Locator, Page } from '@playwright/test';

/** A person's ideal week: visits by day, edited and saved as a new version. */
export class IdealWeekPage {
  constructor(readonly page: Page) {}

  get grid(): Locator {
    return this.page.getByRole('group', { name: /The ideal week/ });
  }

  async addVisitOn(day: string): Promise<void> {
    await this.page.getByRole('button', { name: `Add a visit on ${day}` }).click();
  }

  async setDuration(minutes: string): Promise<void> {
    await this.page.getByLabel('Duration (minutes)').fill(minutes);
  }

  async setPurpose(words: string): Promise<void> {
    await this.page.getByLabel('What the visit is for, in the person’s words').fill(words);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save the ideal week' }).click();
  }
}
