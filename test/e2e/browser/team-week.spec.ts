import { apiAs, weekPublished } from '../support/api-as';
import { signIn } from '../pages/sign-in-page';
import { ShiftSwapPanel } from '../pages/shift-swap-page';
import { expect, expectAccessible, test } from '../support/fixtures';

// The demo branch has no published week: next week is planned and published first, as the coordinator would. Next
// week, not this one: every shift in it is still to come, whatever the day and hour the journey runs.
test.describe('swapping a whole shift in the browser', () => {
  test('a worker picks a shift and a teammate by keyboard and checks the answers at 1280×720', async ({
    page,
    baseURL,
    snap,
  }) => {
    test.setTimeout(400_000);
    if (!baseURL) throw new Error('no base URL');
    const { ok, ctx } = await apiAs(baseURL, 'coordinator');
    const { isoWeek } = await weekPublished(ok, 1);
    // In the demo a worker's day spans several people whose teams differ, so few teammates are in every one: the
    // coordinator brings the teammate nearest to it into the teams of the people on the worker's lightest shift.
    const worker = await apiAs(baseURL, 'worker');
    const options = async () =>
      (await worker.ok('teamWeek.shiftSwapOptions', { isoWeek })) as {
        shifts: {
          date: string;
          visits: unknown[];
          teammates: { staffId: string; offered: boolean; whyNot: string }[];
        }[];
      };
    const lightest = (await options()).shifts.sort((a, b) => a.visits.length - b.visits.length)[0];
    if (lightest === undefined) throw new Error('the demo worker has no shift next week');
    if (!lightest.teammates.some((m) => m.offered)) {
      const nearest = [...lightest.teammates].sort((a, b) => a.whyNot.length - b.whyNot.length)[0];
      const session = (await worker.ok('auth.session', {})) as { session: { staffId: string } };
      const { visits } = (await ok('rota.getWeek', { isoWeek })) as {
        visits: { date: string; clientId: string; workerIds: string[] }[];
      };
      const people = new Set(
        visits
          .filter((v) => v.date === lightest.date && v.workerIds.includes(session.session.staffId))
          .map((v) => v.clientId),
      );
      for (const clientId of people) {
        const team = (await ok('clients.getTeam', { id: clientId })) as {
          maxSize: number;
          members: { staffId: string }[];
        };
        if (!nearest || team.members.some((m) => m.staffId === nearest.staffId)) continue;
        const leaving = team.members.filter((m) => m.staffId !== session.session.staffId).at(-1);
        if (team.members.length >= team.maxSize && leaving)
          await ok('clients.setTeamMember', { clientId, staffId: leaving.staffId, member: false });
        await ok('clients.setTeamMember', { clientId, staffId: nearest.staffId, member: true });
      }
    }
    await ctx.dispose();
    const swappable = (await options()).shifts.filter((s) => s.teammates.some((m) => m.offered)).length;
    await worker.ctx.dispose();
    expect(swappable).toBeGreaterThan(0);

    const shell = await signIn(page, 'worker');
    await shell.goTo('/team-week');
    await page.getByRole('group', { name: 'Choose the week' }).getByRole('button', { name: 'Next week' }).click();
    await expect(page.getByLabel('Week', { exact: true })).toHaveValue(isoWeek);
    const swap = new ShiftSwapPanel(page);
    await expect(swap.shifts).toBeVisible({ timeout: 60_000 });
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(swap.swapButtons).toHaveCount(swappable);
    await swap.shifts.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/shift-swap-shifts-1280x720.png' });
    await swap.press(swap.swapButtons.first());
    await swap.continue();
    await expect(swap.errors).toContainText('Choose the teammate to take your shift');
    await expect(swap.teammate).toHaveAccessibleDescription(/Only teammates in the team of every person/);
    await expectAccessible(page);
    await swap.teammate.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/shift-swap-form-1280x720.png' });
    await snap('shift-swap-form-full-1280');

    await swap.teammate.focus();
    await swap.teammate.selectOption({ index: 1 });
    const theirs = await swap.inReturn.locator('option').count();
    if (theirs > 1) await swap.inReturn.selectOption({ index: theirs - 1 });
    await swap.continue();
    await expect(swap.checkHeading).toBeVisible();
    await expect(page.getByText('Your visit hours this week')).toBeVisible();
    await expect(page.getByText(/ now, .* after the swap$/)).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Send the shift swap request' })).toBeVisible();
    await expectAccessible(page);
    await swap.checkHeading.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/shift-swap-check-1280x720.png' });
    await snap('shift-swap-check-full-1280');
  });
});
