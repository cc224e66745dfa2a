import type { Locator, Page } from '@playwright/test';
import { mainHeading } from './common';

/** The Visit times page: the period's figures, its charts and the tables by worker and person. */
export class VisitTimesPage {
  readonly heading: Locator;
  readonly byWorker: Locator;
  readonly arrivalsChart: Locator;

  constructor(private readonly page: Page) {
    this.heading = mainHeading(page);
    this.byWorker = page.getByRole('table', { name: 'Visit times by worker' });
    this.arrivalsChart = page.getByRole('figure').filter({ hasText: 'Arrivals at the visits due' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Visit times' }).click();
  }

  /** The panel of the period's figures, by its label ("Week of 7 Dec 2026"). */
  summary(label: string): Locator {
    return this.page.getByRole('region', { name: label });
  }

  async chooseMonth(): Promise<void> {
    await this.page.getByRole('tab', { name: 'A month' }).click();
  }
}
