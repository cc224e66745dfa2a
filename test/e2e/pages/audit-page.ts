import type { Locator, Page } from '@playwright/test';

/** The audit log and its chain check. */
export class AuditPage {
  constructor(readonly page: Page) {}

  get entries(): Locator {
    return this.page.getByRole('table', { name: 'Audit entries' });
  }

  async checkChain(): Promise<void> {
    await this.page.getByRole('button', { name: 'Check the log' }).click();
  }

  /** The verdict when every entry is as it was written. */
  get chainIntact(): Locator {
    return this.page.getByText('The audit log is intact.');
  }
}
