import type { Locator, Page } from '@playwright/test';

/** The career of choice view: promotions and workers by category. */
export class CareerPage {
  constructor(readonly page: Page) {}

  get promotions(): Locator {
    return this.page.getByText('promotions in the last 12 months');
  }
}
