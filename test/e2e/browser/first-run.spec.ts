import { test as base } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { DEMO_PASSWORD } from '@main/demo/demo-branch';
import { errorSummary } from '../pages/common';
import { FirstRunPage } from '../pages/first-run-page';
import { Shell } from '../pages/shell';
import { SignInPage } from '../pages/sign-in-page';
import { expect, expectAccessible } from '../support/fixtures';
import { startWebHost, type RunningHost } from '../support/web-host';

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
  const setUp = new FirstRunPage(page);
  await setUp.goto(freshHost.url);
  await expect(setUp.heading).toBeVisible();
  await expectAccessible(page);
  await setUp.create();
  const summary = errorSummary(page);
  await expect(summary).toContainText('Enter the provider organisation');
  await expect(summary).toContainText('Password must be at least 8 characters');
  await page.screenshot({ path: 'test-results/screenshots/setup-errors.png', fullPage: true });
  await expectAccessible(page);

  await setUp.fill({
    provider: 'Riverside Care',
    branch: 'Deptford Hub',
    neighbourhood: 'North Lewisham',
    givenName: 'Grace',
    familyName: 'Owusu',
    username: 'grace.owusu',
    password: 'password',
  });
  await setUp.create();
  await expect(summary).toContainText('too common');
  await setUp.setPassword('kettle orchard lantern meadow');
  await setUp.create();
  const shell = new Shell(page);
  await expect(shell.greeting('Grace')).toBeVisible();
  await expect(shell.branchName('Deptford Hub')).toBeVisible();
});

test('explore with demo data, then sign in as the coordinator', async ({ page, freshHost }) => {
  // The backend builds the 150-worker demo branch before it answers: over half a minute on a busy machine.
  test.setTimeout(180_000);
  const setUp = new FirstRunPage(page);
  await setUp.goto(freshHost.url);
  await setUp.exploreDemo();
  await expect(setUp.demoReady).toBeVisible({ timeout: 120_000 });
  await setUp.goToSignIn();
  await new SignInPage(page).submit('coordinator', DEMO_PASSWORD);
  await expect(new Shell(page).demoNote).toContainText('Demo data');
  await page.screenshot({ path: 'test-results/screenshots/demo-coordinator.png', fullPage: true });
});
