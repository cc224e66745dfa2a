import { dataRow, expect, expectAccessible, openFromNav, signIn, test } from '../support/fixtures';

test.describe('career pathway and apprenticeships in the browser', () => {
  test('a manager follows the pathway from the overview to a worker and the steps', async ({ page, snap }) => {
    await signIn(page, 'manager');
    await openFromNav(page, 'Career pathway');
    await expect(page.getByRole('heading', { name: 'Career pathway' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Workers on the pathway' });
    await expect(table).toContainText('Wellbeing Worker');
    await snap('pathway-overview');
    await expectAccessible(page);

    await page.getByLabel('Search by name or step').fill('Team Leader');
    await expect(dataRow(table)).toContainText('Team Leader');
    await dataRow(table).click();
    await expect(page.getByRole('heading', { name: 'Where they are now' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Next step: / }).first()).toBeVisible();
    await snap('pathway-worker');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Record progression' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
      'Give a reason to go ahead anyway',
    );
    await snap('pathway-progression-errors');
    await expectAccessible(page);

    await page.goto('./#/pathway/steps');
    await expect(page.getByRole('region', { name: 'Practice leader' })).toContainText('Dementia Lead');
    await snap('pathway-steps');
    await expectAccessible(page);
  });

  test(
    'a manager reads the career view and the apprenticeships ' + 'dashboard, and opens an apprentice behind on hours',
    async ({ page, snap }) => {
      await signIn(page, 'manager');
      await openFromNav(page, 'Career of choice');
      await expect(page.getByText('promotions in the last 12 months')).toBeVisible();
      await snap('pathway-career');
      await expectAccessible(page);

      await openFromNav(page, 'Apprenticeships');
      await expect(page.getByText('active apprentices', { exact: true })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Reviews due or overdue' })).toContainText('Overdue');
      await snap('pathway-apprenticeships');
      await expectAccessible(page);

      await dataRow(page.getByRole('table', { name: 'Apprentices behind on OTJ hours' })).click();
      await expect(page.getByRole('heading', { name: 'Off-the-job hours' })).toBeVisible();
      await expect(page.getByText(/To catch up: /)).toBeVisible();
      await snap('pathway-apprenticeship');
      await expectAccessible(page);
    },
  );

  test('a manager sees clear errors when an enrolment ends before it starts', async ({ page, snap }) => {
    await signIn(page, 'manager');
    await page.goto('./#/apprenticeships/new');
    await page.getByLabel('Apprentice').selectOption({ index: 5 });
    await page.getByLabel('Standard').selectOption('ST0006');
    await page.getByLabel('Training provider').fill('South London Care Academy');
    await page.getByLabel('Age at start').fill('24');
    await page.getByLabel('Start date').fill('2026-06-01');
    await page.getByLabel('Planned end date').fill('2026-05-01');
    await page.getByRole('button', { name: 'Enrol' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toContainText('The planned end date must be after the start date');
    await snap('pathway-enrol-errors');
    await expectAccessible(page);

    await page.goto('./#/apprenticeships/standards');
    await page.getByRole('button', { name: 'Edit ST0005' }).click();
    await page.getByLabel('Minimum off-the-job hours').fill('278');
    await page.getByLabel('Note on the minimum (optional)').fill('Published minimum entered by the manager');
    await page.getByRole('button', { name: 'Save standard' }).click();
    await expect(page.getByRole('row', { name: /ST0005/ })).toContainText('278');
    await snap('pathway-standards');
    await expectAccessible(page);
  });

  test('a worker sees their own pathway and logs off-the-job hours for approval', async ({ page, snap }) => {
    await signIn(page, 'worker');
    await openFromNav(page, 'Career pathway');
    await expect(page.getByRole('heading', { name: 'Where they are now' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Record a progression' })).toHaveCount(0);
    await snap('pathway-mine');
    await expectAccessible(page);

    await openFromNav(page, 'Apprenticeships');
    await dataRow(page.getByRole('table', { name: 'Your apprenticeships' })).click();
    await page.getByRole('textbox', { name: 'Hours' }).fill('2');
    await page.getByLabel('Activity').fill('Diploma unit: safeguarding');
    await page.getByRole('button', { name: 'Log hours' }).click();
    await expect(page.getByText('Hours logged.')).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Diploma unit: safeguarding' }).first()).toBeVisible();
    await snap('pathway-worker-otj');
    await expectAccessible(page);

    await page.goto('./#/pathway');
    await expect(page.getByRole('heading', { name: 'Where they are now' })).toBeVisible();
  });
});
