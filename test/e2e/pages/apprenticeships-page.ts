import type { Locator, Page } from '@playwright/test';
import { dataRow } from './common';

/** The apprenticeships dashboard (manager, trainer), or a worker's own apprenticeships. */
export class ApprenticeshipsPage {
  constructor(readonly page: Page) {}

  get activeCount(): Locator {
    return this.page.getByText('active apprentices', { exact: true });
  }

  get reviewsDue(): Locator {
    return this.page.getByRole('table', { name: 'Reviews due or overdue' });
  }

  async openFirstBehindOnHours(): Promise<void> {
    await dataRow(this.page.getByRole('table', { name: 'Apprentices behind on OTJ hours' })).click();
  }

  async openFirstOfMine(): Promise<void> {
    await dataRow(this.page.getByRole('table', { name: 'Your apprenticeships' })).click();
  }
}
