import type { Locator, Page } from '@playwright/test';

/** The manager's accounts page: create accounts and hand over temporary passwords. */
export class AccountsPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Accounts', exact: true });
  }

  async create(account: { username: string; displayName: string; role: string }): Promise<void> {
    // The table's filters carry some of the same labels: fill the form that creates the account.
    const form = this.page
      .locator('form')
      .filter({ has: this.page.getByRole('button', { name: 'Create the account' }) });
    await form.getByLabel('Username', { exact: true }).fill(account.username);
    await form.getByLabel('Display name', { exact: true }).fill(account.displayName);
    await form.getByLabel('Role', { exact: true }).selectOption({ label: account.role });
    await form.getByRole('button', { name: 'Create the account' }).click();
  }

  async resetPassword(displayName: string): Promise<void> {
    await this.page.getByRole('button', { name: `Reset password for ${displayName}` }).click();
  }

  /** The panel listing the temporary passwords just issued. */
  get issued(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Temporary passwords' });
  }

  /** The most recent temporary password issued. */
  async latestTemporaryPassword(): Promise<string> {
    return (await this.issued.getByRole('strong').first().innerText()).trim();
  }
}
