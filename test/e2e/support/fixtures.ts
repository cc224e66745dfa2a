import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { startWebHost, type RunningHost } from './web-host';

/** Per-worker demo host: each Playwright worker gets its own server and store. */
export const test = base.extend<{ snap: (name: string) => Promise<void> }, { demoHost: RunningHost }>({
  demoHost: [
    async ({}, use) => {
      const host = await startWebHost({ demo: true });
      await use(host);
      await host.stop();
    },
    { scope: 'worker', timeout: 150_000 },
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
