import type { Locator, Page } from '@playwright/test';

/** Availability: the coordinator's view of windows and exceptions, or a worker's own with leave requests. */
export class AvailabilityPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Availability' });
  }

  get myHeading(): Locator {
    return this.page.getByRole('heading', { name: 'My availability' });
  }

  get weeklyWindows(): Locator {
    return this.page.getByRole('region', { name: /Weekly windows/ });
  }

  async requestLeave(firstDay: string, lastDay: string): Promise<void> {
    await this.page.getByLabel('First day of leave').fill(firstDay);
    await this.page.getByLabel('Last day of leave').fill(lastDay);
    await this.page.getByRole('button', { name: 'Request leave' }).click();
  }

  get exceptions(): Locator {
    return this.page.getByRole('table', { name: 'Leave, sickness and meetings' });
  }
}
