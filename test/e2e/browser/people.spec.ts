import { AvailabilityPage } from '../pages/availability-page';
import { errorSummary } from '../pages/common';
import { IdealWeekPage } from '../pages/ideal-week-page';
import { NeighbourhoodPage } from '../pages/neighbourhood-page';
import { PeopleListPage } from '../pages/people-list-page';
import { PersonPage } from '../pages/person-page';
import { signIn } from '../pages/sign-in-page';
import { expect, expectAccessible, test } from '../support/fixtures';

test.describe('people, teams, ideal weeks and availability in the browser', () => {
  test(
    'a coordinator looks after a person: record, access notes, ' + 'team, travel, ideal week, availability and the map',
    async ({ page, snap }) => {
      // A long journey across seven pages, each scanned by axe.
      test.setTimeout(180_000);
      const shell = await signIn(page, 'coordinator');
      await shell.open('people');
      const people = new PeopleListPage(page);
      await expect(people.heading).toBeVisible();
      await expect(people.table).toContainText('SE');
      await snap('people-list');
      await expectAccessible(page);

      // Open the first person who has access notes (most do in the demo).
      const person = new PersonPage(page);
      for (let row = 1; row <= 5; row += 1) {
        await people.open(row);
        await expect(person.tab('About')).toBeVisible();
        await expect(person.accessNotes).toBeVisible();
        if ((await person.showAccessNotesButton.count()) > 0) break;
        await page.goBack();
      }
      await person.showAccessNotesButton.click();
      await expect(person.accessNotes).not.toContainText('Show access notes');
      await snap('people-person');
      await expectAccessible(page);

      await person.openTab('Chosen team');
      await expect(person.teamHeading).toBeVisible();
      await expect(person.skillsAgainstNeeds).toBeVisible();
      await snap('people-team');
      await expectAccessible(page);

      await person.openTab('Travel times');
      await expect(person.travelTimes).toContainText('km');
      await snap('people-travel');
      await expectAccessible(page);

      await person.openIdealWeek();
      const idealWeek = new IdealWeekPage(page);
      await expect(idealWeek.grid).toBeVisible();
      await snap('people-ideal-week');
      await expectAccessible(page);
      await idealWeek.addVisitOn('Monday');
      await idealWeek.setDuration('15');
      await idealWeek.save();
      await expect(errorSummary(page)).toContainText('Enter what the visit is for');
      await idealWeek.setPurpose('A quick hello and my morning tablets');
      await idealWeek.save();
      await expect(errorSummary(page)).toContainText('Visits under 30 minutes are refused');
      await snap('people-ideal-week-errors');
      await expectAccessible(page);

      await shell.open('availability');
      const availability = new AvailabilityPage(page);
      await expect(availability.heading).toBeVisible();
      await expect(availability.weeklyWindows).toBeVisible();
      await snap('people-availability');
      await expectAccessible(page);

      await shell.open('neighbourhood');
      const neighbourhood = new NeighbourhoodPage(page);
      await expect(neighbourhood.map).toBeVisible();
      await neighbourhood.highlight(1);
      await expect(neighbourhood.teamLinked).toBeVisible();
      await snap('people-neighbourhood');
      await expectAccessible(page);
    },
  );

  test('a worker sees only the people in their teams and asks for leave', async ({ page, snap }) => {
    const shell = await signIn(page, 'worker');
    await expect(shell.link('neighbourhood')).toHaveCount(0);
    await shell.open('people');
    const people = new PeopleListPage(page);
    await expect(people.heading).toBeVisible();
    await people.open();
    await expect(new PersonPage(page).forTheTeam).toBeVisible();
    await snap('people-worker-view');
    await expectAccessible(page);

    await shell.open('availability');
    const availability = new AvailabilityPage(page);
    await expect(availability.myHeading).toBeVisible();
    await availability.requestLeave('2027-03-10', '2027-03-08');
    await expect(errorSummary(page)).toContainText('Leave must end on or after the day it starts');
    await snap('people-worker-availability');
    await expectAccessible(page);
    await availability.requestLeave('2027-03-10', '2027-03-12');
    await expect(availability.exceptions).toContainText('Wed 10 Mar 2027');
  });
});
