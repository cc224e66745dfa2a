import { expect, type Locator, type Page } from '@playwright/test';
import { mainHeading } from './common';

/** A worker's own published week, to take to their phone. */
export class MyRotaPage {
  constructor(readonly page: Page) {}

  get week(): Locator {
    return mainHeading(this.page);
  }

  /** The week chooser's value: the ISO week key, which sorts in time order (the headings do not). */
  get weekInput(): Locator {
    return this.page.getByLabel('Week', { exact: true });
  }

  /** Step through the weeks until the one given (an ISO week key) is shown, at most three steps either way. */
  async goToWeek(isoWeek: string): Promise<void> {
    for (let step = 0; step < 3; step += 1) {
      const shown = await this.weekInput.inputValue();
      if (shown === isoWeek) break;
      await this.page.getByRole('button', { name: shown < isoWeek ? 'Next week' : 'Previous week' }).click();
      await expect(this.weekInput).not.toHaveValue(shown);
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
