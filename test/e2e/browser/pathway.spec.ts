import { ApprenticeshipPage } from '../pages/apprenticeship-page';
import { ApprenticeshipsPage } from '../pages/apprenticeships-page';
import { CareerPage } from '../pages/career-page';
import { errorSummary } from '../pages/common';
import { EnrolPage } from '../pages/enrol-page';
import { PathwayPage } from '../pages/pathway-page';
import { PathwayStepsPage } from '../pages/pathway-steps-page';
import { signIn } from '../pages/sign-in-page';
import { StandardsPage } from '../pages/standards-page';
import { WorkerPathwayPage } from '../pages/worker-pathway-page';
import { expect, expectAccessible, test } from '../support/fixtures';

test.describe('career pathway and apprenticeships in the browser', () => {
  test('a manager follows the pathway from the overview to a worker and the steps', async ({ page, snap }) => {
    const shell = await signIn(page, 'manager');
    await shell.open('pathway');
    const pathway = new PathwayPage(page);
    await expect(pathway.heading).toBeVisible();
    await expect(pathway.table).toContainText('Wellbeing Worker');
    await snap('pathway-overview');
    await expectAccessible(page);

    await pathway.search('Team Leader');
    await expect(pathway.row()).toContainText('Team Leader');
    await pathway.row().click();
    const worker = new WorkerPathwayPage(page);
    await expect(worker.whereTheyAre).toBeVisible();
    await expect(worker.nextStep).toBeVisible();
    await snap('pathway-worker');
    await expectAccessible(page);

    await worker.recordProgression();
    await expect(errorSummary(page)).toContainText('Give a reason to go ahead anyway');
    await snap('pathway-progression-errors');
    await expectAccessible(page);

    const steps = new PathwayStepsPage(page);
    await steps.goto();
    await expect(steps.group('Practice leader')).toContainText('Dementia Lead');
    await snap('pathway-steps');
    await expectAccessible(page);
  });

  test(
    'a manager reads the career view and the apprenticeships ' + 'dashboard, and opens an apprentice behind on hours',
    async ({ page, snap }) => {
      const shell = await signIn(page, 'manager');
      await shell.open('career');
      await expect(new CareerPage(page).promotions).toBeVisible();
      await snap('pathway-career');
      await expectAccessible(page);

      await shell.open('apprenticeships');
      const dashboard = new ApprenticeshipsPage(page);
      await expect(dashboard.activeCount).toBeVisible();
      await expect(dashboard.reviewsDue).toContainText('Overdue');
      await snap('pathway-apprenticeships');
      await expectAccessible(page);

      await dashboard.openFirstBehindOnHours();
      const apprenticeship = new ApprenticeshipPage(page);
      await expect(apprenticeship.hoursHeading).toBeVisible();
      await expect(apprenticeship.catchUp).toBeVisible();
      await snap('pathway-apprenticeship');
      await expectAccessible(page);
    },
  );

  test('a manager sees clear errors when an enrolment ends before it starts', async ({ page, snap }) => {
    await signIn(page, 'manager');
    const enrol = new EnrolPage(page);
    await enrol.goto();
    await enrol.enrol({
      apprenticeIndex: 5,
      standard: 'ST0006',
      provider: 'South London Care Academy',
      ageAtStart: '24',
      startDate: '2026-06-01',
      plannedEndDate: '2026-05-01',
    });
    await expect(errorSummary(page)).toContainText('The planned end date must be after the start date');
    await snap('pathway-enrol-errors');
    await expectAccessible(page);

    const standards = new StandardsPage(page);
    await standards.goto();
    await standards.setMinimum('ST0005', '278', 'Published minimum entered by the manager');
    await expect(standards.row('ST0005')).toContainText('278');
    await snap('pathway-standards');
    await expectAccessible(page);
  });

  test('a worker sees their own pathway and logs off-the-job hours for approval', async ({ page, snap }) => {
    const shell = await signIn(page, 'worker');
    await shell.open('pathway');
    const mine = new WorkerPathwayPage(page);
    await expect(mine.whereTheyAre).toBeVisible();
    await expect(mine.progressionForm).toHaveCount(0);
    await snap('pathway-mine');
    await expectAccessible(page);

    await shell.open('apprenticeships');
    await new ApprenticeshipsPage(page).openFirstOfMine();
    const apprenticeship = new ApprenticeshipPage(page);
    await apprenticeship.logHours('2', 'Diploma unit: safeguarding');
    await expect(apprenticeship.logged).toBeVisible();
    await expect(apprenticeship.entry('Diploma unit: safeguarding')).toBeVisible();
    await snap('pathway-worker-otj');
    await expectAccessible(page);

    await shell.goTo('/pathway');
    await expect(mine.whereTheyAre).toBeVisible();
  });
});
