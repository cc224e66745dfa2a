import { HomePage } from '../pages/home-page';
import { signIn } from '../pages/sign-in-page';
import { ProposalsPage, TeamIdealWeeksPage } from '../pages/ideal-week-proposal-pages';
import { TeamMeetingsPage } from '../pages/team-meetings-page';
import { expect, expectAccessible, test } from '../support/fixtures';

test.describe('team meetings in the browser', () => {
  test('a worker finds when most of a team is free and books a meeting by keyboard', async ({ page, snap }) => {
    test.setTimeout(180_000);
    const shell = await signIn(page, 'worker');
    await shell.open('teamMeetings');
    const meetings = new TeamMeetingsPage(page);
    await expect(meetings.heading).toHaveText('Find a time for a team meeting');
    await expect(meetings.time(1)).toBeVisible({ timeout: 30_000 });
    // Each time in words, with how many of the team can come.
    await expect(meetings.time(1)).toContainText(/\w{3} \d{1,2} \w{3} \d{4}, \d\d:\d\d–\d\d:\d\d/);
    await expect(meetings.time(1)).toContainText(/\d+ of \d+/);
    await expectAccessible(page);
    for (const [width, height] of [
      [1280, 720],
      [1440, 900],
    ] as const) {
      await page.setViewportSize({ width, height });
      await snap(`team-meetings-${width}`);
    }

    const when = ((await meetings.bookButton(1).getAttribute('aria-label')) ?? '').replace(/^Book /, '');
    await meetings.press(meetings.bookButton(1));
    await meetings.note.focus();
    await page.keyboard.type('Plan the holiday visits');
    await meetings.continue();
    await expect(meetings.checkHeading).toBeVisible();
    await expect(page.getByText('goes into each invited worker’s week as paid time')).toBeVisible();
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    await snap('team-meetings-check-1280');
    await meetings.book();
    await expect(meetings.booked).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Team meeting booked' })).toContainText(when);
    // The booker is invited too: the meeting is in their own list, in words, with whose team and the paid time.
    const mine = meetings.invited.getByRole('listitem').filter({ hasText: when });
    await expect(mine).toContainText(/’s team\. Also invited: .+\. 1 h of paid time\./);
    await expect(mine).toContainText('About: Plan the holiday visits');
    await snap('team-meetings-booked-1280');
    await shell.open('overview');
    const home = new HomePage(page);
    await expect(home.panel('Your team meetings').getByRole('listitem').filter({ hasText: when })).toBeVisible();
    await home.panel('Your team meetings').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/home-team-meetings-1280.png' });
    await expectAccessible(page);
  });
});

test.describe('the team’s ideal weeks in the browser', () => {
  test('a worker proposes a change by keyboard; the coordinator sees it waiting', async ({ page, snap }) => {
    test.setTimeout(180_000);
    const shell = await signIn(page, 'worker');
    await shell.open('teamIdealWeeks');
    const weeks = new TeamIdealWeeksPage(page);
    await expect(weeks.heading).toHaveText('Ideal weeks of the people in your teams');
    await expect(weeks.firstPropose).toBeVisible({ timeout: 30_000 });
    await expectAccessible(page);
    for (const [width, height] of [
      [1280, 720],
      [1440, 900],
    ] as const) {
      await page.setViewportSize({ width, height });
      await snap(`team-ideal-weeks-${width}`);
    }
    await weeks.firstPropose.focus();
    await page.keyboard.press('Enter');
    await weeks.newStart.focus();
    await page.keyboard.type('11:30');
    await weeks.reason.focus();
    await page.keyboard.type('She would rather have a later start on that day');
    await page.getByRole('button', { name: 'Continue' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /^Check before you send/ })).toBeVisible();
    await snap('team-ideal-weeks-check-1440');
    await page.getByRole('button', { name: 'Send the proposal' }).focus();
    await page.keyboard.press('Enter');
    await expect(weeks.sent).toBeVisible({ timeout: 30_000 });
    await expect(weeks.myProposals).toContainText('Waiting for the coordinator');
    await shell.signOut();

    const coordinator = await signIn(page, 'coordinator');
    await coordinator.open('idealWeekProposals');
    const proposals = new ProposalsPage(page);
    await expect(proposals.waiting).toContainText('She would rather have a later start on that day', {
      timeout: 30_000,
    });
    await expectAccessible(page);
    for (const [width, height] of [
      [1280, 720],
      [1440, 900],
    ] as const) {
      await page.setViewportSize({ width, height });
      await snap(`ideal-week-proposals-${width}`);
    }
  });
});
