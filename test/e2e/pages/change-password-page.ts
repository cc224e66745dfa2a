import type { Locator, Page } from '@playwright/test';

/** The screen that makes a person with a temporary password choose their own before anything else. */
export class ChangePasswordPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Choose a new password' });
  }

  async change(current: string, next: string): Promise<void> {
    await this.page.getByLabel('Current (or temporary) password').fill(current);
    await this.page.getByLabel('New password', { exact: true }).fill(next);
    await this.page.getByLabel('New password again').fill(next);
    await this.page.getByRole('button', { name: 'Save the new password' }).click();
  }
}
