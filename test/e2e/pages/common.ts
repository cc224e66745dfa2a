import type { Locator, Page } from '@playwright/test';

/** The GOV.UK error summary a refused form shows ("There is a problem"), with one link per field to fix. */
export function errorSummary(page: Page): Locator {
  return page.getByRole('alert').filter({ hasText: 'There is a problem' });
}

/**
 * The n-th data row (1-based) of a DataTable. Data rows carry aria-rowindex; the "Loading…" and "nothing
 * matches" rows do not, so this waits for real results instead of clicking a placeholder.
 */
export function dataRow(table: Locator, n = 1): Locator {
  return table.locator(`tr[aria-rowindex="${n + 1}"]`);
}

/** The page's main heading. */
export function mainHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}
