import { expect, type Locator, type Page } from '@playwright/test';
import { mainHeading } from './common';

/** A worker's own published week, to take to their phone. */
export class MyRotaPage {
  constructor(readonly page: Page) {}

  get week(): Locator {
    return mainHeading(this.page);
  }

  /** Step through the weeks until the one named is shown (at most three steps either way). */
  async goToWeek(name: string): Promise<void> {
    for (let step = 0; step < 3; step += 1) {
      const shown = (await this.week.textContent()) ?? '';
      if (shown === name) break;
      await this.page.getByRole('button', { name: shown < name ? 'Next week' : 'Previous week' }).click();
      await expect(this.week).not.toHaveText(shown);
    }
  }

  get calendarButton(): Locator {
    return this.page.getByRole('button', { name: /calendar \(\.ics\)/ });
  }

  /** Download the week as a calendar file; answers its file name. */
  async downloadCalendar(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.calendarButton.click();
    return (await download).suggestedFilename();
  }
}
