import { errorSummary } from '../pages/common';
import { signIn } from '../pages/sign-in-page';
import { StaffFormPage } from '../pages/staff-form-page';
import { StaffListPage } from '../pages/staff-list-page';
import { StaffRecordPage } from '../pages/staff-record-page';
import { expect, expectAccessible, test } from '../support/fixtures';

test.describe('staff records in the browser', () => {
  test('a manager finds, opens and edits a staff record, and sees field errors on a bad edit', async ({
    page,
    snap,
  }) => {
    const shell = await signIn(page, 'manager');
    await snap('overview-manager');
    await expectAccessible(page);
    await shell.open('staff');
    const list = new StaffListPage(page);
    await expect(list.heading).toBeVisible();
    await expect(list.table).toContainText('NH0');
    await snap('staff-list');
    await expectAccessible(page);

    await list.search('NH00010');
    // The header row and the one match.
    await expect(list.rows).toHaveCount(2);
    await list.open();
    const record = new StaffRecordPage(page);
    await expect(record.name).toBeVisible();
    await snap('staff-detail');
    await expectAccessible(page);

    await record.edit();
    const form = new StaffFormPage(page);
    await form.fill({ givenName: '', startDate: '2999-02-30' });
    await form.save();
    await expect(errorSummary(page)).toContainText('Enter a first name');
    await snap('staff-edit-errors');
    await expectAccessible(page);
  });

  test('a manager adds a staff record and it appears in the list', async ({ page }) => {
    const shell = await signIn(page, 'manager');
    await shell.goTo('/staff/new');
    const form = new StaffFormPage(page);
    await form.fill({
      givenName: 'Aoife',
      familyName: 'Quinn-Test',
      reference: 'E2E-0001',
      jobRole: 'Care worker',
      startDate: '2026-01-05',
    });
    await form.create();
    await expect(new StaffRecordPage(page).name).toHaveText('Aoife Quinn-Test');
    await shell.open('staff');
    const list = new StaffListPage(page);
    await list.search('Quinn-Test');
    await expect(list.table).toContainText('E2E-0001');
  });

  test('a worker sees no staff list, and the page is not drawn if they go there', async ({ page }) => {
    const shell = await signIn(page, 'worker');
    await expect(shell.link('staff')).toHaveCount(0);
    await shell.goTo('/staff');
    await expect(shell.refusal).toBeVisible();
  });
});
