import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { DEMO_PASSWORD } from '@main/demo/demo-branch';
import { startWebHost, type RunningHost } from './web-host';

/** Per-worker demo host: each Playwright worker gets its own server and store. */
export const test = base.extend<{ snap: (name: string) => Promise<void> }, { demoHost: RunningHost }>({
  demoHost: [
    async ({}, use) => {
      const host = await startWebHost({ demo: true });
      await use(host);
      await host.stop();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  baseURL: async ({ demoHost }, use) => use(demoHost.url),
  snap: async ({ page }, use) => {
    mkdirSync('test-results/screenshots', { recursive: true });
    await use(async (name) => {
      await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
    });
  },
});

export { expect };

/** Sign in through the form as a demo account. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('./');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** Fail on serious or critical accessibility violations, naming each. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')})`,
    ),
  ).toEqual([]);
}

/** Follow a link in the main navigation. */
export async function openFromNav(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
}

/**
 * The n-th data row (1-based) of a DataTable. Data rows carry aria-rowindex; the "Loading…" and "nothing
 * matches" rows do not, so this waits for real results instead of clicking a placeholder.
 */
export function dataRow(table: Locator, n = 1): Locator {
  return table.locator(`[role="row"][aria-rowindex="${n + 1}"]`);
}
