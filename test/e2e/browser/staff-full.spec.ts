import { DEMO_PASSWORD } from '@main/demo/demo-branch';
import { CharterPage } from '../pages/charter-page';
import { errorSummary } from '../pages/common';
import { CompliancePage } from '../pages/compliance-page';
import { PayPolicyPage } from '../pages/pay-policy-page';
import { signIn } from '../pages/sign-in-page';
import { StaffImportPage } from '../pages/staff-import-page';
import { StaffListPage } from '../pages/staff-list-page';
import { StaffRecordPage } from '../pages/staff-record-page';
import { WorkplacePage } from '../pages/workplace-page';
import { expect, expectAccessible, test } from '../support/fixtures';

test.describe('staff records in full', () => {
  test(
    'a manager works from the compliance dashboard into a record, reveals ' +
      'sensitive details, checks pay policy, the Charter and the ASC-WDS export',
    async ({ page, snap }) => {
      // A long journey through six pages with an accessibility check on each: over a minute on a busy machine.
      test.setTimeout(150_000);
      const shell = await signIn(page, 'manager');
      await shell.open('compliance');
      const compliance = new CompliancePage(page);
      await expect(compliance.heading).toBeVisible();
      // Other specs sharing this host may add records (with no rate yet), so the count is at least the demo's two.
      await expect(compliance.belowFloorHeading(/[2-9]\d*/)).toBeVisible();
      await snap('staff-compliance');
      await expectAccessible(page);

      await compliance.openFirst('below_pay_floor');
      const record = new StaffRecordPage(page);
      await expect(record.tab('Pay', { selected: true })).toBeVisible();
      await expect(record.region('Hourly rate')).toBeVisible();
      await snap('staff-record-pay');
      await expectAccessible(page);

      await record.addRate('2026-11-01', '-3');
      await expect(errorSummary(page)).toContainText('The rate cannot be below zero');
      await record.setRate('13.20');
      await expect(record.atOrAboveFloor).toBeVisible();

      await record.openTab('Identity');
      await expect(record.sensitiveHidden).toBeVisible();
      await record.showSensitive(DEMO_PASSWORD);
      await expect(record.niNumberLabel).toBeVisible();
      await snap('staff-record-identity');
      await expectAccessible(page);

      await record.openTab('Employment');
      await record.changeEmployment();
      await record.setLeaving('1999-01-01', 'Retired');
      await expect(errorSummary(page)).toContainText('The leaving date cannot be before the start date');
      await snap('staff-record-employment-errors');
      await expectAccessible(page);
      await record.cancel();

      await record.openTab('Compliance');
      await expect(record.region('References')).toBeVisible();
      await snap('staff-record-compliance');
      await expectAccessible(page);

      await shell.open('payPolicy');
      await expect(new PayPolicyPage(page).floor('£12.75 an hour (NHS Band 3 equivalent)')).toBeVisible();
      await snap('staff-pay-policy');
      await expectAccessible(page);

      await shell.open('charter');
      const charter = new CharterPage(page);
      await expect(charter.stage(3)).toBeVisible();
      await expect(charter.zeroHoursFigure).toBeVisible();
      await snap('staff-charter');
      await expectAccessible(page);

      await shell.open('workplace');
      const workplace = new WorkplacePage(page);
      await expect(workplace.neverExported).toBeVisible();
      await expect(workplace.errors(0)).toBeVisible();
      await snap('staff-workplace');
      await expectAccessible(page);
      // The password was confirmed a few minutes ago for the sensitive view, so the export goes straight through.
      expect(await workplace.export()).toBe('workplace.csv');
      await expect(workplace.exported).toBeVisible();
    },
  );

  test('a manager imports a spreadsheet: a bad row imports nothing, the fixed file imports', async ({ page, snap }) => {
    const shell = await signIn(page, 'manager');
    await shell.goTo('/staff/import');
    const header = 'staff_reference,first_name,last_name,job_role,start_date,home_postcode,hourly_rate';
    const bad =
      `${header}\nE2E-IMP-1,Ngozi,Okafor,8,01/02/2026,SE6 ` +
      `4RU,13.40\nE2E-IMP-2,Tomasz,Nowak,99,01/02/2026,SE13 5AB,13.40\n`;
    const importPage = new StaffImportPage(page);
    await importPage.import(bad);
    await expect(importPage.nothingImported).toBeVisible();
    await expect(importPage.problemColumn('job_role')).toBeVisible();
    await snap('staff-import-errors');
    await expectAccessible(page);
    await importPage.import(bad.replace(',99,', ',8,'));
    await expect(importPage.imported(2, 0, 2)).toBeVisible();
    await shell.open('staff');
    const list = new StaffListPage(page);
    await list.search('E2E-IMP');
    await expect(list.table).toContainText('E2E-IMP-2');
  });

  test('a coordinator reads the dashboard but sees no sensitive details and cannot edit', async ({ page }) => {
    const shell = await signIn(page, 'coordinator');
    await shell.open('compliance');
    await new CompliancePage(page).openFirst('dbs');
    const record = new StaffRecordPage(page);
    await expect(record.tab('Compliance', { selected: true })).toBeVisible();
    await expect(record.changeButtons).toHaveCount(0);
    await expect(record.sensitiveHidden).toHaveCount(0);
    await expect(shell.link('workplace')).toHaveCount(0);
  });
});
