import type { Locator, Page } from '@playwright/test';
import { mainHeading } from './common';

/** A role's home page, the first page after sign-in: headline figures, then panels with their charts. */
export class HomePage {
  constructor(readonly page: Page) {}

  /** "Hello, <first name>". */
  get greeting(): Locator {
    return mainHeading(this.page);
  }

  /** The headline figures, each a link to the page behind it. */
  get stats(): Locator {
    return this.page.getByRole('navigation', { name: /at a glance$/ });
  }

  /** A panel of the page by its heading. */
  panel(heading: string): Locator {
    return this.page.getByRole('region', { name: heading, exact: true });
  }

  /** A chart by its title (its caption); the drawing and its table of figures are inside. */
  chart(title: string | RegExp): Locator {
    return this.page.getByRole('figure', { name: title });
  }
}
