import type { Locator, Page } from '@playwright/test';

/** The kinds of line on the compliance dashboard, by the id of their section. */
type Kind = 'below_pay_floor' | 'dbs' | 'right_to_work' | 'references' | 'zero_hours' | 'sick_pay';

/** The compliance dashboard: what to fix on which record. */
export class CompliancePage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Compliance', level: 1 });
  }

  /** The heading of the below-the-floor section, which carries its count: "Paid below the pay floor (2)". */
  belowFloorHeading(count: RegExp): Locator {
    return this.page.getByRole('heading', { name: new RegExp(`Paid below the pay floor \\(${count.source}\\)`) });
  }

  /** Open the record behind the first line of a kind. */
  async openFirst(kind: Kind): Promise<void> {
    await this.page.locator(`#${kind}`).getByRole('link').first().click();
  }
}
