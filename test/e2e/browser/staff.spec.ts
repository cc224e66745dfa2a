import { dataRow, expect, expectAccessible, openFromNav, signIn, test } from '../support/fixtures';

test.describe('staff records in the browser', () => {
  test('a manager finds, opens and edits a staff record, and sees field errors on a bad edit', async ({
    page,
    snap,
  }) => {
    await signIn(page, 'manager');
    await snap('overview-manager');
    await expectAccessible(page);
    await openFromNav(page, 'Staff');
    await expect(page.getByRole('heading', { name: 'Staff' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Staff' })).toContainText('NH0');
    await snap('staff-list');
    await expectAccessible(page);

    await page.getByLabel('Search by name or reference').fill('NH00010');
    await expect(page.getByRole('row')).toHaveCount(2);
    await dataRow(page.getByRole('table', { name: 'Staff' })).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await snap('staff-detail');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByLabel('First name').fill('');
    await page.getByLabel('Start date').fill('2999-02-30');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toContainText('Enter a first name');
    await snap('staff-edit-errors');
    await expectAccessible(page);
  });

  test('a manager adds a staff record and it appears in the list', async ({ page }) => {
    await signIn(page, 'manager');
    await page.goto('./#/staff/new');
    await page.getByLabel('First name').fill('Aoife');
    await page.getByLabel('Last name').fill('Quinn-Test');
    await page.getByLabel('Staff reference').fill('E2E-0001');
    await page.getByLabel('Job role').selectOption({ label: 'Care worker' });
    await page.getByLabel('Start date').fill('2026-01-05');
    await page.getByRole('button', { name: 'Create the record' }).click();
    await expect(page.getByRole('heading', { name: 'Aoife Quinn-Test' })).toBeVisible();
    await openFromNav(page, 'Staff');
    await page.getByLabel('Search by name or reference').fill('Quinn-Test');
    await expect(page.getByRole('table', { name: 'Staff' })).toContainText('E2E-0001');
  });

  test('a worker sees no staff list and is refused by the backend if they go there', async ({ page }) => {
    await signIn(page, 'worker');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Staff' })).toHaveCount(0);
    await page.goto('./#/staff');
    await expect(page.getByText('Your role does not allow this.')).toBeVisible();
  });
});
