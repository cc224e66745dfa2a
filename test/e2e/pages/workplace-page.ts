import type { Locator, Page } from '@playwright/test';

/** Workplace details and the ASC-WDS export. */
export class WorkplacePage {
  constructor(readonly page: Page) {}

  /** The count of workers never sent to ASC-WDS ("never exported: STATUS NEW"). */
  get neverExported(): Locator {
    return this.page.getByText(/never exported: STATUS NEW/);
  }

  errors(count: number): Locator {
    return this.page.getByText(new RegExp(`\\b${count} errors\\b`));
  }

  /** Export the three files; answers the first download's file name. */
  async export(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export the ASC-WDS files' }).click();
    return (await download).suggestedFilename();
  }

  get exported(): Locator {
    return this.page.getByText('Exported: workplace.csv, staff.csv and training.csv downloaded.');
  }
}
