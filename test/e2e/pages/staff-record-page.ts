import type { Locator, Page } from '@playwright/test';

/** The tabs of a staff record in full. */
type Tab = 'Identity' | 'Employment' | 'Pay' | 'Compliance';

/** One staff record: its tabs, sensitive details behind the password, pay and employment changes. */
export class StaffRecordPage {
  constructor(readonly page: Page) {}

  get name(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  tab(name: Tab, options: { selected?: boolean } = {}): Locator {
    return this.page.getByRole('tab', { name, ...options });
  }

  async openTab(name: Tab): Promise<void> {
    await this.tab(name).click();
  }

  async edit(): Promise<void> {
    await this.page.getByRole('link', { name: 'Edit' }).click();
  }

  /** A part of the record shown as a region ("Hourly rate", "References"…). */
  region(name: string): Locator {
    return this.page.getByRole('region', { name });
  }

  /** The notice that sensitive details are hidden until the password is given again. */
  get sensitiveHidden(): Locator {
    return this.page.getByText('Sensitive details are hidden.');
  }

  async showSensitive(password: string): Promise<void> {
    await this.page.getByLabel('Your password').fill(password);
    await this.page.getByRole('button', { name: 'Show sensitive details' }).click();
  }

  /** A sensitive field's label, shown only once revealed. */
  get niNumberLabel(): Locator {
    return this.page.getByText('National Insurance number');
  }

  async addRate(effectiveFrom: string, pounds: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a new rate' }).click();
    await this.page.getByLabel('Effective from').fill(effectiveFrom);
    await this.setRate(pounds);
  }

  async setRate(pounds: string): Promise<void> {
    await this.page.getByLabel('Hourly rate (£)').fill(pounds);
    await this.page.getByRole('button', { name: 'Save the rate' }).click();
  }

  /** What the pay tab says of a rate at or above the floor. */
  get atOrAboveFloor(): Locator {
    return this.page.getByText('At or above floor');
  }

  async changeEmployment(): Promise<void> {
    await this.page.getByRole('button', { name: 'Change employment' }).click();
  }

  async setLeaving(date: string, reason: string): Promise<void> {
    await this.page.getByLabel('Leaving date').fill(date);
    await this.page.getByLabel('Reason for leaving').selectOption({ label: reason });
    await this.page.getByRole('button', { name: 'Save' }).click();
  }

  async cancel(): Promise<void> {
    await this.page.getByRole('button', { name: 'Cancel' }).click();
  }

  /** Any button that changes the record ("Change employment", "Change identity"…). */
  get changeButtons(): Locator {
    return this.page.getByRole('button', { name: /^Change/ });
  }
}
