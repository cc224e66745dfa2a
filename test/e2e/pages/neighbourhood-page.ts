import type { Locator, Page } from '@playwright/test';

/** The neighbourhood map of people and workers. */
export class NeighbourhoodPage {
  constructor(readonly page: Page) {}

  get map(): Locator {
    return this.page.getByRole('img', { name: /Plot of people and workers/ });
  }

  async highlight(index: number): Promise<void> {
    await this.page.getByLabel('Highlight a person and their team').selectOption({ index });
  }

  /** The caption once a person is highlighted with their team. */
  get teamLinked(): Locator {
    return this.page.getByText(/team homes linked/);
  }
}
