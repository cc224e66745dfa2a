import { makeNeighbourhood } from '@test/fixtures/rota-app-neighbourhood';
import { MyRotaPage } from '../pages/my-rota-page';
import { PlanningPrioritiesPage } from '../pages/planning-priorities-page';
import { RotaBoardPage } from '../pages/rota-board-page';
import { signIn } from '../pages/sign-in-page';
import { apiAs } from '../support/api-as';
import { expect, expectAccessible, test } from '../support/fixtures';

test.describe('rota in the browser', () => {
  test(
    'a coordinator plans next week, edits and explains, ' + 'covers sickness, publishes; the worker sees their week',
    async ({ page, snap, baseURL, browser }) => {
      // A long journey on the demo week (plan, edit, undo, publish, sickness, pay, the worker’s week).
      test.setTimeout(420_000);
      if (!baseURL) throw new Error('no base URL');
      const worker = await apiAs(baseURL, 'worker');
      const session = (await worker.ok('auth.session', {})) as { state: string; session?: { staffId: string | null } };
      const demoWorkerId = session.session?.staffId;
      if (!demoWorkerId) throw new Error('demo worker has no staff record');
      const coordinator = await apiAs(baseURL, 'coordinator');
      // The host's clock is the one the app uses: ask it for today rather than the machine running the browser.
      const { today } = (await coordinator.ok('clock.now', {})) as { today: string };
      // The demo `worker` in every team, with five other care workers of the demo branch.
      const staff = (await coordinator.ok('staff.list', { limit: 500 })) as { rows: { id: string; jobRole: number }[] };
      const others = staff.rows.filter((r) => [7, 8, 45, 52].includes(r.jobRole) && r.id !== demoWorkerId).slice(0, 5);
      await makeNeighbourhood(coordinator.ok, {
        from: today,
        workerIds: [demoWorkerId, ...others.map((r) => r.id)],
      });

      const shell = await signIn(page, 'coordinator');
      await shell.open('rota');
      const rota = new RotaBoardPage(page);
      // The board opens on the next week to plan; the current week is one click away.
      await expect(rota.notPlanned).toBeVisible();
      const nextWeek = await rota.weekInput.inputValue();
      await rota.thisWeek();
      await expect(rota.weekInput).not.toHaveValue(nextWeek);
      await rota.nextWeek();
      await expect(rota.weekInput).toHaveValue(nextWeek);
      const plannedWeek = await rota.weekInput.inputValue();
      await expectAccessible(page);
      await rota.plan();
      await expect(rota.summary).toContainText('Visits covered', { timeout: 60_000 });
      await expect(rota.summary).toContainText('Working-time rules broken');
      await snap('rota-board-week');
      // At 1280×720 and up the whole week is on screen, the board starting in the top third of the window.
      for (const [width, height] of [
        [1280, 720],
        [1440, 900],
      ] as const) {
        await page.setViewportSize({ width, height });
        await snap(`rota-board-week-${width}`);
        expect(await rota.boardTop()).toBeLessThan(height / 3);
        await expect(rota.dayHeadings).toHaveCount(7);
        for (const day of await rota.dayHeadings.all()) await expect(day).toBeInViewport();
      }
      await page.setViewportSize({ width: 1360, height: 860 });
      // A neighbourhood week is ~4,700 visits: look at one day and find the demo worker's row.
      await rota.showDay(1);
      // The whole day is in view, morning to late evening; a wider day reads each visit, scrolled across.
      await expect(rota.dayHour('06')).toBeInViewport();
      await expect(rota.dayHour('22')).toBeInViewport();
      for (const [width, height] of [
        [1280, 720],
        [1440, 900],
      ] as const) {
        await page.setViewportSize({ width, height });
        await expect(rota.dayHour('22')).toBeInViewport();
        expect(await rota.boardTop()).toBeLessThan(height / 3);
        await page.screenshot({ path: `test-results/screenshots/rota-board-day-${width}.png` });
      }
      await page.setViewportSize({ width: 1360, height: 860 });
      await rota.wideDay.click();
      await expect(rota.wideDay).toHaveAttribute('aria-pressed', 'true');
      await expect(rota.dayHour('22')).not.toBeInViewport();
      await snap('rota-board-day-wide');
      await rota.wideDay.click();
      await expect(rota.dayHour('22')).toBeInViewport();
      await snap('rota-board');
      await expectAccessible(page);
      // A visit moves to another worker's row by keyboard as by drag (M): only the rows that take it are offered.
      await rota.startKeyboardMove();
      await expect(rota.moveChooserReady).toBeVisible({ timeout: 60_000 });
      await expectAccessible(page);
      for (const [width, height] of [
        [1280, 720],
        [1440, 900],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.screenshot({ path: `test-results/screenshots/rota-move-by-keyboard-${width}.png` });
      }
      await page.keyboard.press('Escape');
      await expect(rota.moveChooser).toHaveCount(0);
      await rota.openKeyboardHelp();
      await expect(rota.keyboardHelp).toContainText('Move the visit to another worker’s row');
      await expectAccessible(page);
      for (const [width, height] of [
        [1280, 720],
        [1440, 900],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.screenshot({ path: `test-results/screenshots/rota-keyboard-help-${width}.png` });
      }
      await rota.openKeyboardHelp();
      await page.setViewportSize({ width: 1360, height: 860 });

      // Open a visit from the board: the panel explains it and offers keyboard-operable actions.
      await rota.findPerson('Ada Okafor');
      await snap('rota-board-person');
      await rota.openFirstAssignedVisit();
      const workerName = await rota.firstWorkerOnVisit();
      await expect(rota.visitTeam).toBeVisible();
      await expect(rota.visitTeam).toContainText('On this visit');
      await snap('rota-visit-panel');
      await expectAccessible(page);
      // The panel with the team list beside the week, at the two sizes a coordinator works at.
      for (const [width, height] of [
        [1280, 720],
        [1440, 900],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.screenshot({ path: `test-results/screenshots/rota-visit-panel-${width}.png` });
      }
      await page.setViewportSize({ width: 1360, height: 860 });

      // An edit that breaks a rule is refused in words (no one is available at 23:00).
      await rota.moveVisitTo('23:00');
      await expect(rota.notChanged).toBeVisible();
      await expect(rota.breaksARule).toBeVisible();
      await snap('rota-edit-refused');
      // Pinning is allowed, and can be undone from the keyboard (announced).
      await rota.pin();
      await expect(rota.pinned).toBeVisible();
      await rota.undoByKeyboard();
      await expect(rota.undoAnnouncement).toHaveText(/^Undone: Pinned Ada Okafor’s visit on /);
      await expect(rota.pinned).toHaveCount(0);
      // The planner covers every visit of this well-staffed week: taking the worker off one leaves a visit to cover,
      // as when a worker cannot make it.
      await rota.unassign();
      await expect(rota.visitUnassigned).toBeVisible();

      // Publishing first shows what will go out; nothing is sent until the coordinator confirms.
      await rota.checkBeforePublishing();
      await expect(rota.publishCheck).toBeVisible();
      await snap('rota-publish-check');
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.screenshot({ path: 'test-results/screenshots/rota-publish-check-1280.png' });
      await page.setViewportSize({ width: 1360, height: 860 });
      await expectAccessible(page);
      await rota.confirmPublish();
      await expect(rota.publishedConfirmation).toBeVisible();
      await expect(rota.published).toBeVisible();

      await rota.openUnassigned();
      await expect(rota.whatStandsInTheWay).toBeVisible();
      await page.screenshot({ path: 'test-results/screenshots/rota-unassigned.png' });

      // An uncovered visit offers its real cover options in one place, checked in words before anything is saved.
      await rota.openFirstUnassignedVisit();
      await expect(rota.coverOptions).toBeVisible({ timeout: 60_000 });
      // Splitting in two is one of the options: its choices, or why this visit cannot be split.
      await expect(rota.splitOption).toBeVisible();
      if (await rota.splitOption.isEnabled()) await rota.splitOption.check();
      for (const [width, height] of [
        [1280, 720],
        [1440, 900],
      ] as const) {
        await page.setViewportSize({ width, height });
        await rota.coverOptions.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `test-results/screenshots/rota-cover-split-${width}.png` });
      }
      await page.setViewportSize({ width: 1360, height: 860 });
      await rota.chooseTellThePerson('Nobody in the team is free at that time', 'The coordinator');
      await expect(rota.coverCheck).toBeVisible();
      await expectAccessible(page);
      for (const [width, height] of [
        [1280, 720],
        [1440, 900],
      ] as const) {
        await page.setViewportSize({ width, height });
        await rota.coverOptions.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `test-results/screenshots/rota-cover-options-${width}.png` });
      }
      await page.setViewportSize({ width: 1360, height: 860 });

      await rota.openTab('Sickness');
      // The worker on the visit opened above calls in sick from Monday.
      await rota.reportSick(workerName);
      await expect(rota.sicknessRecorded).toBeVisible();
      await snap('rota-sickness');
      await expectAccessible(page);
      await rota.acceptCover();
      await expect(rota.coverSaved).toBeVisible();

      await rota.openChanges();
      await expect(rota.changes).toContainText(workerName);
      await snap('rota-changes');
      await expectAccessible(page);

      await rota.openTab('Pay');
      await expect(rota.payFloor).toBeVisible();
      await snap('rota-pay');
      await expectAccessible(page);

      // The worker sees their own published week and can take it to their phone.
      const workerContext = await browser.newContext({ baseURL });
      const workerPage = await workerContext.newPage();
      const workerShell = await signIn(workerPage, 'worker');
      await workerShell.open('myRota');
      // Go to the week the coordinator published (by name: "this week" may have turned over at midnight meanwhile).
      const myRota = new MyRotaPage(workerPage);
      await myRota.goToWeek(plannedWeek);
      await expect(myRota.weekInput).toHaveValue(plannedWeek);
      await expect(myRota.calendarButton).toBeVisible();
      expect(await myRota.downloadCalendar()).toMatch(/\.ics$/);
      await workerPage.screenshot({ path: 'test-results/screenshots/rota-my-week.png', fullPage: true });
      await expectAccessible(workerPage);
      await workerContext.close();
      await worker.ctx.dispose();
      await coordinator.ctx.dispose();
    },
  );
  test(
    'a manager sets the planning priorities in words (a lot, some, a little), ' +
      'they are kept; a coordinator reads them',
    async ({ page, snap, browser, baseURL }) => {
      const shell = await signIn(page, 'manager');
      await shell.open('rota');
      await new RotaBoardPage(page).openPriorities();
      const priorities = new PlanningPrioritiesPage(page);
      await expect(priorities.heading).toBeVisible();
      // Priorities are levels in words, each saying what it does; no weights on screen.
      await expect(priorities.continuity).toHaveValue('some');
      await expect(priorities.continuity).toHaveAccessibleDescription(/A lot: each person sees as few of their team/);
      await expect(page.getByText(/\bpoints?\b/)).toHaveCount(0);
      await expectAccessible(page);
      await priorities.continuity.selectOption({ label: 'A lot' });
      await priorities.save();
      await expect(priorities.saved).toBeVisible();
      await page.reload();
      await expect(priorities.continuity).toHaveValue('a_lot');
      await snap('rota-priorities');

      const coordinatorContext = await browser.newContext({ baseURL });
      const coordinatorPage = await coordinatorContext.newPage();
      const coordinatorShell = await signIn(coordinatorPage, 'coordinator');
      await coordinatorShell.open('rota');
      await new RotaBoardPage(coordinatorPage).openPriorities();
      const readOnly = new PlanningPrioritiesPage(coordinatorPage);
      await expect(readOnly.setByManager).toBeVisible();
      await expect(readOnly.level(/^A lot: each person sees as few of their team/)).toBeVisible();
      await expect(readOnly.saveButton).toHaveCount(0);
      await expectAccessible(coordinatorPage);
      await coordinatorContext.close();

      // Leave the branch as it was for the other rota tests.
      await priorities.continuity.selectOption({ label: 'Some' });
      await priorities.save();
      await expect(priorities.saved).toBeVisible();
    },
  );
});
