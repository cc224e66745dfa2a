import type { Locator, Page } from '@playwright/test';

/** Apprenticeship standards and the off-the-job minimum the manager records for each. */
export class StandardsPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('./#/apprenticeships/standards');
  }

  async setMinimum(code: string, hours: string, note: string): Promise<void> {
    await this.page.getByRole('button', { name: `Edit ${code}` }).click();
    await this.page.getByLabel('Minimum off-the-job hours').fill(hours);
    await this.page.getByLabel('Note on the minimum (optional)').fill(note);
    await this.page.getByRole('button', { name: 'Save standard' }).click();
  }

  row(code: string): Locator {
    return this.page.getByRole('row', { name: new RegExp(code) });
  }
}
