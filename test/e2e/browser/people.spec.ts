import { dataRow, expect, expectAccessible, openFromNav, signIn, test } from '../support/fixtures';

test.describe('people, teams, ideal weeks and availability in the browser', () => {
  test(
    'a coordinator looks after a person: record, access notes, ' + 'team, travel, ideal week, availability and the map',
    async ({ page, snap }) => {
      // A long journey across seven pages, each scanned by axe.
      test.setTimeout(180_000);
      await signIn(page, 'coordinator');
      await openFromNav(page, 'People');
      await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
      await expect(page.getByRole('table', { name: 'People' })).toContainText('SE');
      await snap('people-list');
      await expectAccessible(page);

      // Open the first person who has access notes (most do in the demo).
      for (let row = 1; row <= 5; row += 1) {
        await dataRow(page.getByRole('table', { name: 'People' }), row).click();
        await expect(page.getByRole('tab', { name: 'About' })).toBeVisible();
        await expect(page.getByRole('region', { name: 'Access notes' })).toBeVisible();
        if ((await page.getByRole('button', { name: /Show access notes/ }).count()) > 0) break;
        await page.goBack();
      }
      await page.getByRole('button', { name: /Show access notes/ }).click();
      await expect(page.getByRole('region', { name: 'Access notes' })).not.toContainText('Show access notes');
      await snap('people-person');
      await expectAccessible(page);

      await page.getByRole('tab', { name: 'Chosen team' }).click();
      await expect(page.getByRole('heading', { name: /Team \(\d+ of at most 12\)/ })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Skills against their needs' })).toBeVisible();
      await snap('people-team');
      await expectAccessible(page);

      await page.getByRole('tab', { name: 'Travel times' }).click();
      await expect(page.getByRole('table', { name: 'Travel times' })).toContainText('km');
      await snap('people-travel');
      await expectAccessible(page);

      await page.getByRole('link', { name: 'Ideal week' }).click();
      await expect(page.getByRole('group', { name: /The ideal week/ })).toBeVisible();
      await snap('people-ideal-week');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Add a visit on Monday' }).click();
      await page.getByLabel('Duration (minutes)').fill('15');
      await page.getByRole('button', { name: 'Save the ideal week' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
        'Enter what the visit is for',
      );
      await page
        .getByLabel('What the visit is for, in the person’s words')
        .fill('A quick hello and my morning tablets');
      await page.getByRole('button', { name: 'Save the ideal week' }).click();
      const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
      await expect(summary).toContainText('Visits under 30 minutes are refused');
      await snap('people-ideal-week-errors');
      await expectAccessible(page);

      await openFromNav(page, 'Availability');
      await expect(page.getByRole('heading', { name: 'Availability' })).toBeVisible();
      await expect(page.getByRole('region', { name: /Weekly windows/ })).toBeVisible();
      await snap('people-availability');
      await expectAccessible(page);

      await openFromNav(page, 'Neighbourhood');
      await expect(page.getByRole('img', { name: /Plot of people and workers/ })).toBeVisible();
      await page.getByLabel('Highlight a person and their team').selectOption({ index: 1 });
      await expect(page.getByText(/team homes linked/)).toBeVisible();
      await snap('people-neighbourhood');
      await expectAccessible(page);
    },
  );

  test('a worker sees only the people in their teams and asks for leave', async ({ page, snap }) => {
    await signIn(page, 'worker');
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Neighbourhood' }),
    ).toHaveCount(0);
    await openFromNav(page, 'People');
    await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
    await dataRow(page.getByRole('table', { name: 'People' })).click();
    await expect(page.getByRole('region', { name: 'What the team needs to know' })).toBeVisible();
    await snap('people-worker-view');
    await expectAccessible(page);

    await openFromNav(page, 'Availability');
    await expect(page.getByRole('heading', { name: 'My availability' })).toBeVisible();
    await page.getByLabel('First day of leave').fill('2027-03-10');
    await page.getByLabel('Last day of leave').fill('2027-03-08');
    await page.getByRole('button', { name: 'Request leave' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
      'Leave must end on or after the day it starts',
    );
    await snap('people-worker-availability');
    await expectAccessible(page);
    await page.getByLabel('Last day of leave').fill('2027-03-12');
    await page.getByRole('button', { name: 'Request leave' }).click();
    await expect(page.getByRole('table', { name: 'Leave, sickness and meetings' })).toContainText('2027-03-10');
  });
});
