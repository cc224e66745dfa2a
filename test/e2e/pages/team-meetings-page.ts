import type { Locator, Page } from '@playwright/test';
import { dataRow, mainHeading } from './common';

/** Find a time for a team meeting and book it. */
export class TeamMeetingsPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return mainHeading(this.page);
  }

  get times(): Locator {
    return this.page.getByRole('table', { name: 'Best times for the meeting' });
  }

  /** The n-th best time (1-based). */
  time(n = 1): Locator {
    return dataRow(this.times, n);
  }

  /** The n-th best time's "Book this time" button (its name says the time in words). */
  bookButton(n = 1): Locator {
    return this.time(n).getByRole('button', { name: /^Book / });
  }

  get note(): Locator {
    return this.page.getByLabel('What is the meeting about? (optional)');
  }

  get checkHeading(): Locator {
    return this.page.getByRole('heading', { name: /^Check before you send/ });
  }

  /** The caller's own upcoming meetings, above the finder. */
  get invited(): Locator {
    return this.page.getByRole('region', { name: 'Meetings you are invited to', exact: true });
  }

  get booked(): Locator {
    return this.page.getByText('Team meeting booked');
  }

  /** Press a button from the keyboard, as someone without a mouse would. */
  async press(button: Locator): Promise<void> {
    await button.focus();
    await this.page.keyboard.press('Enter');
  }

  async continue(): Promise<void> {
    await this.press(this.page.getByRole('button', { name: 'Continue' }));
  }

  async book(): Promise<void> {
    await this.press(this.page.getByRole('button', { name: 'Book the meeting' }));
  }
}
