import type { Locator, Page } from '@playwright/test';
import { dataRow } from './common';

/** The staff list: search by name or reference, open a record. */
export class StaffListPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Staff' });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Staff' });
  }

  /** Every row of the table, its header included. */
  get rows(): Locator {
    return this.table.getByRole('row');
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Search by name or reference').fill(text);
  }

  async open(row = 1): Promise<void> {
    await dataRow(this.table, row).click();
  }
}
