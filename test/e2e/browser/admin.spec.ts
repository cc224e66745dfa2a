import { AccountsPage } from '../pages/accounts-page';
import { AuditPage } from '../pages/audit-page';
import { ChangePasswordPage } from '../pages/change-password-page';
import { signIn, SignInPage } from '../pages/sign-in-page';
import { expect, expectAccessible, test } from '../support/fixtures';

test('a manager creates an account, resets its password, and its owner must then choose their own', async ({
  page,
  snap,
}) => {
  const shell = await signIn(page, 'manager');
  await shell.open('accounts');
  const accounts = new AccountsPage(page);
  await expect(accounts.heading).toBeVisible();
  await expectAccessible(page);
  // Its own account, so no other test's demo sign-in is disturbed by the reset.
  const username = `e2e.visitor.${Date.now()}`;
  await accounts.create({ username, displayName: 'Visiting district nurse', role: 'Visitor (hub)' });
  await expect(accounts.issued).toContainText(username);
  const created = await accounts.latestTemporaryPassword();
  await accounts.resetPassword('Visiting district nurse');
  // The panel still shows the password the account was created with until the reset's answer arrives.
  await expect(accounts.issued.getByRole('strong').first()).not.toHaveText(created);
  await expect(accounts.issued).toContainText(username);
  await snap('accounts');
  const temporary = await accounts.latestTemporaryPassword();

  await shell.signOut();
  const signInPage = new SignInPage(page);
  await expect(signInPage.heading).toBeVisible();
  await signInPage.submit(username, temporary);
  const changePassword = new ChangePasswordPage(page);
  await expect(changePassword.heading).toBeVisible();
  await expectAccessible(page);
  await changePassword.change(temporary, 'marble river quietly hums');
  await expect(shell.nav).toBeVisible();
});

test('the manager reads the audit log and checks its chain', async ({ page, snap }) => {
  const shell = await signIn(page, 'manager');
  await shell.open('audit');
  const audit = new AuditPage(page);
  await expect(audit.entries).toContainText('Signed in');
  await audit.checkChain();
  await expect(audit.chainIntact).toBeVisible();
  await snap('audit-log');
  await expectAccessible(page);
});
