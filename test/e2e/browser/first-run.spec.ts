import { test as base } from '@playwright/test';
import { expect, expectAccessible } from '../support/fixtures';
import { startWebHost, type RunningHost } from '../support/web-host';
import { mkdirSync } from 'node:fs';

const test = base.extend<{ freshHost: RunningHost }>({
  freshHost: async ({}, use) => {
    const host = await startWebHost({ demo: false });
    await use(host);
    await host.stop();
  },
});

test('first run: set up the branch with errors shown at each field, then land signed in', async ({
  page,
  freshHost,
}) => {
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.goto(freshHost.url);
  await expect(page.getByRole('heading', { name: 'Set up this branch' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Create the branch' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toContainText('Enter the provider organisation');
  await expect(summary).toContainText('Password must be at least 8 characters');
  await page.screenshot({ path: 'test-results/screenshots/setup-errors.png', fullPage: true });
  await expectAccessible(page);

  await page.getByLabel('Provider organisation').fill('Riverside Care');
  await page.getByLabel('Branch name').fill('Deptford Hub');
  await page.getByLabel('Neighbourhood').fill('North Lewisham');
  await page.getByLabel('First name').fill('Grace');
  await page.getByLabel('Last name').fill('Owusu');
  await page.getByLabel('Username').fill('grace.owusu');
  await page.getByLabel('Password', { exact: true }).fill('password');
  await page.getByRole('button', { name: 'Create the branch' }).click();
  await expect(summary).toContainText('too common');
  await page.getByLabel('Password', { exact: true }).fill('kettle orchard lantern meadow');
  await page.getByRole('button', { name: 'Create the branch' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Grace' })).toBeVisible();
  await expect(page.getByText('Deptford Hub')).toBeVisible();
});

test('explore with demo data, then sign in as the coordinator', async ({ page, freshHost }) => {
  await page.goto(freshHost.url);
  await page.getByRole('button', { name: 'Explore with demo data' }).click();
  await expect(page.getByRole('heading', { name: 'The demo branch is ready' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Go to sign in' }).click();
  await page.getByLabel('Username').fill('coordinator');
  await page.getByLabel('Password').fill('demo-hub-wellbeing');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('note')).toContainText('Demo data');
  await page.screenshot({ path: 'test-results/screenshots/demo-coordinator.png', fullPage: true });
});
