import { test as base, type Page } from '@playwright/test';
import { readFileSync, mkdirSync } from 'node:fs';
import { expect, expectAccessible } from '../support/fixtures';
import { startCouncilHost, type RunningCouncil } from '../support/council-host';

// The council's borough view in a real browser: commissioners' accounts, the side-by-side tables, the Charter, the
// charts, the branches that have not reported, CSV export; axe finds nothing serious or critical on any page.
const test = base.extend<{ snap: (name: string) => Promise<void> }, { council: RunningCouncil }>({
  council: [
    async ({}, use) => {
      const council = await startCouncilHost();
      await use(council);
      await council.stop();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ council }, use) => use(council.url),
  snap: async ({ page }, use) => {
    mkdirSync('test-results/screenshots', { recursive: true });
    await use(async (name) => {
      await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
    });
  },
});
test.describe.configure({ mode: 'serial' });
// The borough page is long (a year of weekly figures behind each chart); axe takes a while over it on a busy machine.
test.setTimeout(180_000);

const ADMIN_PASSWORD = 'harbour lantern quietly turns';

/** The borough page as a person signed in sees it. */
class BoroughPage {
  constructor(private readonly page: Page) {}
  async signIn(username: string, password: string): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await this.page.getByLabel('Username').fill(username);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }
  async chooseOwnPassword(current: string, next: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
    await this.page.getByLabel('Current (or one-time) password').fill(current);
    await this.page.getByLabel('New password', { exact: true }).fill(next);
    await this.page.getByLabel('New password again').fill(next);
    await this.page.getByRole('button', { name: 'Save the new password' }).click();
  }
  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign out' }).click();
    await expect(this.page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  }
  nav() {
    return this.page.getByRole('navigation', { name: 'Main' });
  }
}

test('an admin signs in with a one-time password, chooses their own, and reads every branch side by side', async ({
  page,
  council,
  snap,
}) => {
  const borough = new BoroughPage(page);
  await borough.signIn(council.admin.username, 'not the password');
  await expect(page.getByRole('alert')).toContainText('The username or password is not right');
  await expectAccessible(page);
  await borough.signIn(council.admin.username, council.admin.password);
  await expectAccessible(page);
  await borough.chooseOwnPassword(council.admin.password, 'short');
  await expect(page.getByRole('alert')).toContainText('Use at least 10 characters');
  await borough.chooseOwnPassword(council.admin.password, ADMIN_PASSWORD);

  await expect(page.getByRole('heading', { name: 'Borough view', level: 1 })).toBeVisible();
  const notReported = page.getByRole('region', { name: 'Branches that have not reported' });
  await expect(notReported).toContainText('2 branches have not sent a summary for November 2026');
  await expect(notReported).toContainText('Catford branch 2 (Catford): last sent for September 2026');
  await expect(notReported).toContainText('forest-hill-1: has never sent one');
  await expect(page.getByRole('heading', { name: 'Workforce, pay and training: November 2026' })).toBeVisible();
  const deptford = page.getByRole('region', { name: 'Workforce, pay and training, Deptford' });
  await expect(deptford.getByRole('row')).toHaveCount(4);
  await expect(deptford.getByRole('columnheader', { name: 'Paid at or above the pay floor' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Charter, Sydenham' }).getByText('Not met').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Care delivery and the hub: Week of 30 Nov 2026' })).toBeVisible();
  for (const chart of ['Workers employed', 'Training up to date, by specialist strand', 'Hub use']) {
    await expect(
      page.getByRole('img', { name: new RegExp(`^${chart}, December 2025 to November 2026|^${chart}, Week of`) }),
    ).toBeVisible();
  }
  await page.getByText('Show the figures for “Visits planned for under 30 minutes”').click();
  await expect(page.getByRole('table', { name: 'Visits planned for under 30 minutes' }).getByRole('row')).toHaveCount(
    53,
  );
  await snap('council-borough');
  await expectAccessible(page);

  // By keyboard, from a fresh load: the skip link comes first and takes focus to the content.
  await page.goto('/borough');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('one neighbourhood at a time, and the latest figures as CSV', async ({ page, council }) => {
  const borough = new BoroughPage(page);
  await borough.signIn(council.admin.username, ADMIN_PASSWORD);
  await page.getByLabel('Neighbourhood').selectOption('Sydenham');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('heading', { name: 'Borough view: Sydenham' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Workforce, pay and training, Deptford' })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the latest figures (CSV)' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toMatch(/^Neighbourhood,Branch,Branch id,Provider,Period,Workers,On zero-hours contracts,/);
  expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(Array(6).fill('Sydenham'));
  await expectAccessible(page);
});

test('visit times over time: combined and for each branch, small counts shown as suppressed', async ({
  page,
  council,
}) => {
  const borough = new BoroughPage(page);
  await borough.signIn(council.admin.username, ADMIN_PASSWORD);
  await page.getByLabel('Neighbourhood').selectOption('Sydenham');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('heading', { name: 'Visit times', level: 2 })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Arrivals: on time, late and missed, Week of/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Missed visits, by branch, Week of/ })).toBeVisible();
  await page.getByText('Show the figures for “Missed visits, by branch”').click();
  const figures = page.getByRole('table', { name: 'Missed visits, by branch' });
  await expect(figures.getByRole('row')).toHaveCount(53);
  await expect(figures.getByRole('cell', { name: 'suppressed' }).first()).toBeVisible();
  await page.getByRole('heading', { name: 'Visit times', level: 2 }).scrollIntoViewIfNeeded();
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/council-visit-times-1280.png' });
  await page.getByRole('heading', { name: 'Missed visits, by branch' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/council-visit-times-branches-1280.png' });
  await expectAccessible(page);
});

test('the admin adds a read-only account; its owner sees the borough view but not the admin pages', async ({
  page,
  council,
  snap,
}) => {
  const borough = new BoroughPage(page);
  await borough.signIn(council.admin.username, ADMIN_PASSWORD);
  await borough.nav().getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('button', { name: 'Create the account' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter the person’s name');
  await page.getByLabel('Name', { exact: true }).fill('Priya Commissioner');
  await page.getByLabel('Username').fill('p.commissioner');
  await page.getByRole('button', { name: 'Create the account' }).click();
  const issued = page.getByRole('status');
  await expect(issued).toContainText('One-time password for p.commissioner');
  const oneTime = (await issued.getByRole('strong').innerText()).trim();
  await expectAccessible(page);
  await borough.nav().getByRole('link', { name: 'Branch tokens' }).click();
  await expect(
    page.getByRole('row', { name: /forest-hill-1 New branch, opening in December .* Not yet Live/ }),
  ).toBeVisible();
  await snap('council-tokens');
  await expectAccessible(page);
  await borough.signOut();

  await borough.signIn('p.commissioner', oneTime);
  await borough.chooseOwnPassword(oneTime, 'copper meadow softly sings');
  await expect(page.getByRole('heading', { name: 'Borough view', level: 1 })).toBeVisible();
  await expect(borough.nav().getByRole('link', { name: 'Accounts' })).toHaveCount(0);
  await page.goto('/admin/accounts');
  await expect(page.getByRole('heading', { name: 'You cannot use this page' })).toBeVisible();
});
