import type { Locator, Page } from '@playwright/test';

/** The manager's accounts page: create accounts and hand over temporary passwords. */
export class AccountsPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Accounts', exact: true });
  }

  async create(account: { username: string; displayName: string; role: string }): Promise<void> {
    await this.page.getByLabel('Username').fill(account.username);
    await this.page.getByLabel('Display name').fill(account.displayName);
    await this.page.getByLabel('Role').selectOption({ label: account.role });
    await this.page.getByRole('button', { name: 'Create the account' }).click();
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
