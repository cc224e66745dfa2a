import type { Locator, Page } from '@playwright/test';

/** One person's training record: add a completion, correct one with a reason. */
export class TrainingRecordPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Training record' });
  }

  async addRecord(course: string, completedOn: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a training record' }).click();
    await this.page.getByLabel('Course', { exact: true }).selectOption({ label: course });
    await this.page.getByLabel('Completed on').fill(completedOn);
    await this.page.getByRole('button', { name: 'Add the record' }).click();
  }

  async correctFirst(): Promise<void> {
    await this.page
      .getByRole('button', { name: /^Correct / })
      .first()
      .click();
  }

  async saveCorrection(reason?: string): Promise<void> {
    if (reason !== undefined) await this.page.getByLabel('Reason for the correction').fill(reason);
    await this.page.getByRole('button', { name: 'Save the correction' }).click();
  }

  /** The correction form's save button (gone once the correction is saved). */
  get saveCorrectionButton(): Locator {
    return this.page.getByRole('button', { name: 'Save the correction' });
  }

  /** The alert refusing a correction without a reason. */
  get reasonMissing(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Enter the reason for the correction' });
  }
}
