import type { Locator, Page } from '@playwright/test';

/** The Ethical Care Charter checklist, stage by stage. */
export class CharterPage {
  constructor(readonly page: Page) {}

  stage(n: number): Locator {
    return this.page.getByRole('heading', { name: `Stage ${n}` });
  }

  get zeroHoursFigure(): Locator {
    return this.page.getByText('workers on zero-hours contracts');
  }
}
