import type { Locator, Page } from '@playwright/test';
import { dataRow } from './common';

/** The career pathway overview: every worker and their step. */
export class PathwayPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Career pathway' });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Workers on the pathway' });
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Search by name or step').fill(text);
  }

  row(n = 1): Locator {
    return dataRow(this.table, n);
  }
}
