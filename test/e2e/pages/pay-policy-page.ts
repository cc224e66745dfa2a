import type { Locator, Page } from '@playwright/test';

/** The pay policy page: the floor in force and its benchmarks. */
export class PayPolicyPage {
  constructor(readonly page: Page) {}

  /** The contractual floor as the page states it, e.g. "£12.75 an hour (NHS Band 3 equivalent)". */
  floor(text: string): Locator {
    return this.page.getByText(text);
  }
}
