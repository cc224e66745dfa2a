import { errorSummary } from '../pages/common';
import { MyTrainingPage } from '../pages/my-training-page';
import { RegisterPage } from '../pages/register-page';
import { signIn } from '../pages/sign-in-page';
import { TrainingPage } from '../pages/training-page';
import { TrainingRecordPage } from '../pages/training-record-page';
import { expect, expectAccessible, test } from '../support/fixtures';

test.describe('training in the browser', () => {
  test("a trainer opens the matrix and marks today's register in one pass", async ({ page, snap }) => {
    test.setTimeout(150_000);
    const shell = await signIn(page, 'trainer');
    await shell.open('training');
    const training = new TrainingPage(page);
    await expect(training.heading).toBeVisible();
    await expect(training.matrix).toContainText('Share compliant');
    await snap('training-matrix');
    await expectAccessible(page);

    await training.openTab('Sessions');
    await expect(training.sessions).toContainText('Moving and assisting people');
    await snap('training-sessions');
    await expectAccessible(page);

    await training.openFirstRegister();
    const register = new RegisterPage(page);
    await expect(register.heading('Moving and assisting people')).toBeVisible();
    await snap('training-register');
    await expectAccessible(page);
    await register.submit();
    await expect(register.refusal).toContainText('Mark');
    await register.markEveryoneCompleted();
    await register.markFirstAbsent();
    await register.submit();
    await expect(register.submitted).toBeVisible();
    await snap('training-register-submitted');
  });

  test(
    'a manager reviews what is expiring, the catalogue and ' + "one person's record, and sees errors on a bad record",
    async ({ page, snap }) => {
      test.setTimeout(150_000);
      const shell = await signIn(page, 'manager');
      await shell.open('training');
      const training = new TrainingPage(page);
      await training.openTab('Expiring');
      await expect(training.needRenewing).toBeVisible();
      await expect(training.expiringRow()).toBeVisible();
      await snap('training-alerts');
      await expectAccessible(page);
      const courseName = (await training.courseFilter.locator('option').nth(1).textContent()) ?? '';
      await training.courseFilter.selectOption({ index: 1 });
      await expect(training.expiringRow()).toContainText(courseName);
      await expect(training.shownCount).toBeVisible();
      await training.expiringRow().click();
      const record = new TrainingRecordPage(page);
      await expect(record.heading).toBeVisible();
      await page.goBack();

      await training.openTab('Courses and providers');
      await expect(training.courses).toContainText('Oliver McGowan');
      await snap('training-catalogue');
      await expectAccessible(page);

      await training.openTab('Matrix');
      // Worst-first puts people other journeys added to this store (no records yet) at the top; open someone further
      // down, who has records to correct.
      await training.openLastPersonInMatrix();
      await expect(record.heading).toBeVisible();
      await snap('training-person');
      await expectAccessible(page);

      await record.addRecord('Fire safety', '2099-01-01');
      await expect(errorSummary(page)).toContainText('Completion date cannot be in the future');
      await snap('training-record-errors');
      await expectAccessible(page);

      await record.correctFirst();
      await record.saveCorrection();
      await expect(record.reasonMissing).toBeVisible();
      await record.saveCorrection('Date copied wrongly from the certificate');
      await expect(record.saveCorrectionButton).toHaveCount(0);
    },
  );

  test('a worker sees their own training and the notice that a session was cancelled', async ({ page, snap }) => {
    const shell = await signIn(page, 'worker');
    await expect(shell.link('training')).toHaveCount(0);
    await shell.open('myTraining');
    const mine = new MyTrainingPage(page);
    await expect(mine.cancelledNotice).toBeVisible();
    await expect(mine.careCertificate).toBeVisible();
    await snap('training-mine');
    await expectAccessible(page);
    await mine.markCancelledNoticeRead();
    await expect(mine.cancelledNoticeItem.getByRole('button', { name: 'Mark as read' })).toHaveCount(0);
  });
});
