import type { Page } from '@playwright/test';

/** The form for a new staff record, or the basics of an existing one. */
export class StaffFormPage {
  constructor(readonly page: Page) {}

  async fill(fields: {
    givenName?: string;
    familyName?: string;
    reference?: string;
    jobRole?: string;
    startDate?: string;
  }): Promise<void> {
    if (fields.givenName !== undefined) await this.page.getByLabel('First name').fill(fields.givenName);
    if (fields.familyName !== undefined) await this.page.getByLabel('Last name').fill(fields.familyName);
    if (fields.reference !== undefined) await this.page.getByLabel('Staff reference').fill(fields.reference);
    if (fields.jobRole !== undefined) await this.page.getByLabel('Job role').selectOption({ label: fields.jobRole });
    if (fields.startDate !== undefined) await this.page.getByLabel('Start date').fill(fields.startDate);
  }

  async create(): Promise<void> {
    await this.page.getByRole('button', { name: 'Create the record' }).click();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save changes' }).click();
  }
}
