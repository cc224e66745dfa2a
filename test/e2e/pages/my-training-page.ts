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

  /** The notice that a session was cancelled; other notices (a published rota) may sit beside it. */
  get cancelledNoticeItem(): Locator {
    return this.page.getByRole('listitem').filter({ hasText: /is cancelled/ });
  }

  async markCancelledNoticeRead(): Promise<void> {
    await this.cancelledNoticeItem.getByRole('button', { name: 'Mark as read' }).click();
  }
}
