import type { Page } from '@playwright/test';

/** Enrolling a worker on an apprenticeship standard. */
export class EnrolPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('./#/apprenticeships/new');
  }

  async enrol(details: {
    apprenticeIndex: number;
    standard: string;
    provider: string;
    ageAtStart: string;
    startDate: string;
    plannedEndDate: string;
  }): Promise<void> {
    await this.page.getByLabel('Apprentice').selectOption({ index: details.apprenticeIndex });
    await this.page.getByLabel('Standard').selectOption(details.standard);
    await this.page.getByLabel('Training provider').fill(details.provider);
    await this.page.getByLabel('Age at start').fill(details.ageAtStart);
    await this.page.getByLabel('Start date').fill(details.startDate);
    await this.page.getByLabel('Planned end date').fill(details.plannedEndDate);
    await this.page.getByRole('button', { name: 'Enrol' }).click();
  }
}
