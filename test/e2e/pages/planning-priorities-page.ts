import type { Locator, Page } from '@playwright/test';

/** The planner's priorities: set by the manager, read by coordinators. */
export class PlanningPrioritiesPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Planning priorities' });
  }

  /** How much keeping the same workers for each person matters (continuity): a lot, some, a little. */
  get continuity(): Locator {
    return this.page.getByLabel('Keeping the same workers for each person matters');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save priorities' }).click();
  }

  get saveButton(): Locator {
    return this.page.getByRole('button', { name: 'Save priorities' });
  }

  get saved(): Locator {
    return this.page.getByText('Priorities saved');
  }

  get errorSummary(): Locator {
    return this.page.getByRole('alert');
  }

  /** What a coordinator reads instead of a form. */
  get setByManager(): Locator {
    return this.page.getByText('Set by the branch manager');
  }

  /** A priority's level as a coordinator reads it ("A lot: each person sees …"). */
  level(text: RegExp): Locator {
    return this.page.getByText(text);
  }
}
