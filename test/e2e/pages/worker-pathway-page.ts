import type { Locator, Page } from '@playwright/test';

/** One worker's pathway: where they are, what the next step needs, and (for a manager) recording a progression. */
export class WorkerPathwayPage {
  constructor(readonly page: Page) {}

  get whereTheyAre(): Locator {
    return this.page.getByRole('heading', { name: 'Where they are now' });
  }

  get nextStep(): Locator {
    return this.page.getByRole('heading', { name: /Next step: / }).first();
  }

  async recordProgression(): Promise<void> {
    await this.page.getByRole('button', { name: 'Record progression' }).click();
  }

  /** The heading of the manager's progression form (absent for a worker). */
  get progressionForm(): Locator {
    return this.page.getByRole('heading', { name: 'Record a progression' });
  }
}
