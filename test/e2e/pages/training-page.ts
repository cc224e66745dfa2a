import type { Locator, Page } from '@playwright/test';
import { dataRow } from './common';

/** The tabs of the training page. */
type Tab = 'Matrix' | 'Sessions' | 'Expiring' | 'Courses and providers';

/** Training for the office: the matrix, sessions, what is expiring, and the catalogue. */
export class TrainingPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Training', level: 1 });
  }

  async openTab(name: Tab): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  get matrix(): Locator {
    return this.page.getByRole('table', { name: 'Training matrix' });
  }

  /** Open the training record of the last person in the matrix. */
  async openLastPersonInMatrix(): Promise<void> {
    await this.matrix.getByRole('link').last().click();
  }

  get sessions(): Locator {
    return this.page.getByRole('table', { name: 'Training sessions' });
  }

  /** Open the register of the first session listed. */
  async openFirstRegister(): Promise<void> {
    await this.page
      .getByRole('link', { name: /^Register/ })
      .first()
      .click();
  }

  /** The count of records needing renewal, above the expiring list. */
  get needRenewing(): Locator {
    return this.page.getByText(/records need renewing/);
  }

  get expiring(): Locator {
    return this.page.getByRole('table', { name: 'Expiring training' });
  }

  expiringRow(n = 1): Locator {
    return dataRow(this.expiring, n);
  }

  /** The expiring list's course filter. */
  get courseFilter(): Locator {
    return this.page.getByLabel('Course', { exact: true });
  }

  /** The line saying how many of the records are shown after filtering. */
  get shownCount(): Locator {
    return this.page.getByText(/^Showing \d+ of \d+$/);
  }

  get courses(): Locator {
    return this.page.getByRole('table', { name: 'Courses' });
  }
}
