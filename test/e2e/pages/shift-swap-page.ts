import type { Locator, Page } from '@playwright/test';
import { errorSummary } from './common';

/** The Team week page's "Swap a whole shift" panel and its form. */
export class ShiftSwapPanel {
  constructor(readonly page: Page) {}

  get shifts(): Locator {
    return this.page.getByRole('table', { name: 'Your shifts still to come' });
  }

  /** Each shift's "Swap this shift…" button (its name says the day in words); none where nobody can take it. */
  get swapButtons(): Locator {
    return this.shifts.getByRole('button', { name: /^Swap your whole shift on / });
  }

  get teammate(): Locator {
    return this.page.getByLabel('Who do you want to take your shift?');
  }

  get inReturn(): Locator {
    return this.page.getByLabel('Which of their shifts would you take in return? (optional)');
  }

  get errors(): Locator {
    return errorSummary(this.page);
  }

  get checkHeading(): Locator {
    return this.page.getByRole('heading', { name: /^Check before you send: swap your whole shift on / });
  }

  /** Press a button from the keyboard, as someone without a mouse would. */
  async press(button: Locator): Promise<void> {
    await button.focus();
    await this.page.keyboard.press('Enter');
  }

  async continue(): Promise<void> {
    await this.press(this.page.getByRole('button', { name: 'Continue' }));
  }
}
