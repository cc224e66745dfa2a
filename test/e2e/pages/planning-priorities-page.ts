import type { Locator, Page } from '@playwright/test';

/** The planner's priorities: set by the manager, read by coordinators. */
export class PlanningPrioritiesPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Planning priorities' });
  }

  /** The weight of each extra worker a person sees in a week (continuity). */
  get continuity(): Locator {
    return this.page.getByLabel('Each extra worker a person sees in a week');
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

  points(n: number): Locator {
    return this.page.getByText(`${n} points`);
  }
}
