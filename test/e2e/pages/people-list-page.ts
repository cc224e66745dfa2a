import type { Locator, Page } from '@playwright/test';
import { dataRow } from './common';

/** The people supported, as a list to open. */
export class PeopleListPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'People', level: 1 });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'People' });
  }

  async open(row = 1): Promise<void> {
    await dataRow(this.table, row).click();
  }
}
