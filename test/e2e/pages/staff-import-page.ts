import type { Locator, Page } from '@playwright/test';

/** Importing staff from a spreadsheet (CSV): all rows or none. */
export class StaffImportPage {
  constructor(readonly page: Page) {}

  async import(csv: string): Promise<void> {
    await this.page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
  }

  /** The report when the file was refused. */
  get nothingImported(): Locator {
    return this.page.getByRole('heading', { name: 'Nothing was imported' });
  }

  /** A column named in the refusal's list of problems. */
  problemColumn(column: string): Locator {
    return this.page.getByRole('region', { name: 'Nothing was imported' }).getByRole('cell', { name: column });
  }

  /** The summary of a file that imported. */
  imported(created: number, updated: number, rows: number): Locator {
    return this.page.getByText(`${created} created, ${updated} updated from ${rows} rows.`);
  }
}
