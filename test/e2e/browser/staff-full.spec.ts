import { DEMO_PASSWORD } from '@main/demo/demo-branch';
import { expect, expectAccessible, openFromNav, signIn, test } from '../support/fixtures';

test.describe('staff records in full', () => {
  test(
    'a manager works from the compliance dashboard into a record, reveals ' +
      'sensitive details, checks pay policy, the Charter and the ASC-WDS export',
    async ({ page, snap }) => {
      await signIn(page, 'manager');
      await openFromNav(page, 'Compliance');
      await expect(page.getByRole('heading', { name: 'Compliance', level: 1 })).toBeVisible();
      // Other specs sharing this host may add records (with no rate yet), so the count is at least the demo's two.
      await expect(page.getByRole('heading', { name: /Paid below the pay floor \([2-9]\d*\)/ })).toBeVisible();
      await snap('staff-compliance');
      await expectAccessible(page);

      const belowFloor = page.locator('#below_pay_floor');
      await belowFloor.getByRole('link').first().click();
      await expect(page.getByRole('tab', { name: 'Pay', selected: true })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Hourly rate' })).toBeVisible();
      await snap('staff-record-pay');
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Add a new rate' }).click();
      await page.getByLabel('Effective from').fill('2026-11-01');
      await page.getByLabel('Hourly rate (£)').fill('-3');
      await page.getByRole('button', { name: 'Save the rate' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
        'The rate cannot be below zero',
      );
      await page.getByLabel('Hourly rate (£)').fill('13.20');
      await page.getByRole('button', { name: 'Save the rate' }).click();
      await expect(page.getByText('At or above floor')).toBeVisible();

      await page.getByRole('tab', { name: 'Identity' }).click();
      await expect(page.getByText('Sensitive details are hidden.')).toBeVisible();
      await page.getByLabel('Your password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Show sensitive details' }).click();
      await expect(page.getByText('National Insurance number')).toBeVisible();
      await snap('staff-record-identity');
      await expectAccessible(page);

      await page.getByRole('tab', { name: 'Employment' }).click();
      await page.getByRole('button', { name: 'Change employment' }).click();
      await page.getByLabel('Leaving date').fill('1999-01-01');
      await page.getByLabel('Reason for leaving').selectOption({ label: 'Retired' });
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
        'The leaving date cannot be before the start date',
      );
      await snap('staff-record-employment-errors');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Cancel' }).click();

      await page.getByRole('tab', { name: 'Compliance' }).click();
      await expect(page.getByRole('region', { name: 'References' })).toBeVisible();
      await snap('staff-record-compliance');
      await expectAccessible(page);

      await openFromNav(page, 'Pay policy');
      await expect(page.getByText('£12.75 an hour (NHS Band 3 equivalent)')).toBeVisible();
      await snap('staff-pay-policy');
      await expectAccessible(page);

      await openFromNav(page, 'Ethical Care Charter');
      await expect(page.getByRole('heading', { name: 'Stage 3' })).toBeVisible();
      await expect(page.getByText('workers on zero-hours contracts')).toBeVisible();
      await snap('staff-charter');
      await expectAccessible(page);

      await openFromNav(page, 'Workplace and ASC-WDS');
      await expect(page.getByText(/never exported: STATUS NEW/)).toBeVisible();
      await expect(page.getByText(/\b0 errors\b/)).toBeVisible();
      await snap('staff-workplace');
      await expectAccessible(page);
      // The password was confirmed a few minutes ago for the sensitive view, so the export goes straight through.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export the ASC-WDS files' }).click();
      expect((await download).suggestedFilename()).toBe('workplace.csv');
      await expect(page.getByText('Exported: workplace.csv, staff.csv and training.csv downloaded.')).toBeVisible();
    },
  );

  test('a manager imports a spreadsheet: a bad row imports nothing, the fixed file imports', async ({ page, snap }) => {
    await signIn(page, 'manager');
    await page.goto('./#/staff/import');
    const header = 'staff_reference,first_name,last_name,job_role,start_date,home_postcode,hourly_rate';
    const bad =
      `${header}\nE2E-IMP-1,Ngozi,Okafor,8,01/02/2026,SE6 ` +
      `4RU,13.40\nE2E-IMP-2,Tomasz,Nowak,99,01/02/2026,SE13 5AB,13.40\n`;
    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Nothing was imported' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Nothing was imported' }).getByRole('cell', { name: 'job_role' }),
    ).toBeVisible();
    await snap('staff-import-errors');
    await expectAccessible(page);
    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: Buffer.from(bad.replace(',99,', ',8,')) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByText('2 created, 0 updated from 2 rows.')).toBeVisible();
    await openFromNav(page, 'Staff');
    await page.getByLabel('Search by name or reference').fill('E2E-IMP');
    await expect(page.getByRole('table', { name: 'Staff' })).toContainText('E2E-IMP-2');
  });

  test('a coordinator reads the dashboard but sees no sensitive details and cannot edit', async ({ page }) => {
    await signIn(page, 'coordinator');
    await openFromNav(page, 'Compliance');
    await page.locator('#dbs').getByRole('link').first().click();
    await expect(page.getByRole('tab', { name: 'Compliance', selected: true })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Change/ })).toHaveCount(0);
    await expect(page.getByText('Sensitive details are hidden.')).toHaveCount(0);
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workplace and ASC-WDS' }),
    ).toHaveCount(0);
  });
});
