import type { Locator, Page } from '@playwright/test';

/** A worker's own training, and notices about their sessions. */
export class MyTrainingPage {
  constructor(readonly page: Page) {}

  get cancelledNotice(): Locator {
    return this.page.getByText(/is cancelled/);
  }

  get careCertificate(): Locator {
    return this.page.getByRole('heading', { name: /^Care Certificate/ });
  }

  get markAsReadButtons(): Locator {
    return this.page.getByRole('button', { name: 'Mark as read' });
  }

  async markFirstRead(): Promise<void> {
    await this.markAsReadButtons.first().click();
  }
}
