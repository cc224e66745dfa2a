import { expect, expectAccessible, openFromNav, signIn, test } from '../support/fixtures';

test('a manager creates an account, resets its password, and its owner must then choose their own', async ({
  page,
  snap,
}) => {
  await signIn(page, 'manager');
  await openFromNav(page, 'Accounts');
  await expect(page.getByRole('heading', { name: 'Accounts', exact: true })).toBeVisible();
  await expectAccessible(page);
  // Its own account, so no other test's demo sign-in is disturbed by the reset.
  const username = `e2e.visitor.${Date.now()}`;
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Display name').fill('Visiting district nurse');
  await page.getByLabel('Role').selectOption({ label: 'Visitor (hub)' });
  await page.getByRole('button', { name: 'Create the account' }).click();
  const issued = page.getByRole('status').filter({ hasText: 'Temporary passwords' });
  await expect(issued).toContainText(username);
  await page.getByRole('button', { name: 'Reset password for Visiting district nurse' }).click();
  await expect(issued).toContainText(username);
  await snap('accounts');
  const temporary = (await issued.getByRole('strong').first().innerText()).trim();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(temporary);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Current (or temporary) password').fill(temporary);
  await page.getByLabel('New password', { exact: true }).fill('marble river quietly hums');
  await page.getByLabel('New password again').fill('marble river quietly hums');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('the manager reads the audit log and checks its chain', async ({ page, snap }) => {
  await signIn(page, 'manager');
  await openFromNav(page, 'Audit log');
  await expect(page.getByRole('table', { name: 'Audit entries' })).toContainText('auth.signIn');
  await page.getByRole('button', { name: 'Check the chain' }).click();
  await expect(page.getByText(/entries chain correctly/)).toBeVisible();
  await snap('audit-log');
  await expectAccessible(page);
});
