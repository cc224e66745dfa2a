import type { Locator, Page } from '@playwright/test';

/** The pathway's steps, grouped by route. */
export class PathwayStepsPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('./#/pathway/steps');
  }

  /** A group of steps ("Practice leader"…). */
  group(name: string): Locator {
    return this.page.getByRole('region', { name });
  }
}
