import { dataRow, expect, expectAccessible, openFromNav, signIn, test } from '../support/fixtures';

test.describe('training in the browser', () => {
  test("a trainer opens the matrix and marks today's register in one pass", async ({ page, snap }) => {
    test.setTimeout(150_000);
    await signIn(page, 'trainer');
    await openFromNav(page, 'Training');
    await expect(page.getByRole('heading', { name: 'Training', level: 1 })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Training matrix' })).toContainText('Share compliant');
    await snap('training-matrix');
    await expectAccessible(page);

    await page.getByRole('tab', { name: 'Sessions' }).click();
    await expect(page.getByRole('table', { name: 'Training sessions' })).toContainText('Moving and assisting people');
    await snap('training-sessions');
    await expectAccessible(page);

    await page
      .getByRole('link', { name: /^Register/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { name: /Register: Moving and assisting people/ })).toBeVisible();
    await snap('training-register');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Submit the register' }).click();
    await expect(page.getByRole('alert')).toContainText('Mark');
    await page.getByRole('button', { name: 'Mark everyone not yet marked as completed' }).click();
    await page.getByRole('radio', { name: 'Absent' }).first().check();
    await page.getByRole('button', { name: 'Submit the register' }).click();
    await expect(page.getByText(/Register submitted: \d+ completions recorded/)).toBeVisible();
    await snap('training-register-submitted');
  });

  test(
    'a manager reviews what is expiring, the catalogue and ' + "one person's record, and sees errors on a bad record",
    async ({ page, snap }) => {
      test.setTimeout(150_000);
      await signIn(page, 'manager');
      await openFromNav(page, 'Training');
      await page.getByRole('tab', { name: 'Expiring' }).click();
      await expect(page.getByText(/records need renewing/)).toBeVisible();
      const alerts = page.getByRole('table', { name: 'Expiring training' });
      await expect(dataRow(alerts)).toBeVisible();
      await snap('training-alerts');
      await expectAccessible(page);
      const courseFilter = page.getByLabel('Course', { exact: true });
      const courseName = (await courseFilter.locator('option').nth(1).textContent()) ?? '';
      await courseFilter.selectOption({ index: 1 });
      await expect(dataRow(alerts)).toContainText(courseName);
      await expect(page.getByText(/^Showing \d+ of \d+$/)).toBeVisible();
      await dataRow(alerts).click();
      await expect(page.getByRole('heading', { name: 'Training record' })).toBeVisible();
      await page.goBack();

      await page.getByRole('tab', { name: 'Courses and providers' }).click();
      await expect(page.getByRole('table', { name: 'Courses' })).toContainText('Oliver McGowan');
      await snap('training-catalogue');
      await expectAccessible(page);

      await page.getByRole('tab', { name: 'Matrix' }).click();
      // Worst-first puts people other journeys added to this store (no records yet) at the top; open someone further
      // down, who has records to correct.
      await page.getByRole('table', { name: 'Training matrix' }).getByRole('link').last().click();
      await expect(page.getByRole('heading', { name: 'Training record' })).toBeVisible();
      await snap('training-person');
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Add a training record' }).click();
      await page.getByLabel('Course').selectOption({ label: 'Fire safety' });
      await page.getByLabel('Completed on').fill('2099-01-01');
      await page.getByRole('button', { name: 'Add the record' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
        'Completion date cannot be in the future',
      );
      await snap('training-record-errors');
      await expectAccessible(page);

      await page
        .getByRole('button', { name: /^Correct / })
        .first()
        .click();
      await page.getByRole('button', { name: 'Save the correction' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Enter the reason for the correction' })).toBeVisible();
      await page.getByLabel('Reason for the correction').fill('Date copied wrongly from the certificate');
      await page.getByRole('button', { name: 'Save the correction' }).click();
      await expect(page.getByRole('button', { name: 'Save the correction' })).toHaveCount(0);
    },
  );

  test('a worker sees their own training and the notice that a session was cancelled', async ({ page, snap }) => {
    await signIn(page, 'worker');
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training', exact: true }),
    ).toHaveCount(0);
    await openFromNav(page, 'My training');
    await expect(page.getByText(/is cancelled/)).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Care Certificate/ })).toBeVisible();
    await snap('training-mine');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Mark as read' }).first().click();
    await expect(page.getByRole('button', { name: 'Mark as read' })).toHaveCount(0);
  });
});
