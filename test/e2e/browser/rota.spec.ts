import { request, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from '@main/demo/demo-branch';
import { makeNeighbourhood } from '@test/fixtures/rota-app-neighbourhood';
import { expect, expectAccessible, openFromNav, signIn, test } from '../support/fixtures';

/** Calls over the real HTTP host as a signed-in account (for setting up people, teams and ideal weeks). */
async function apiAs(
  baseURL: string,
  username: string,
): Promise<{ ok: (name: string, input: unknown) => Promise<unknown>; ctx: APIRequestContext }> {
  const ctx = await request.newContext({ baseURL });
  const ok = async (name: string, input: unknown) => {
    const res = await ctx.post(`rpc/${name}`, { data: input });
    const body = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    if (!body.ok) throw new Error(`${name}: ${body.error?.message ?? 'failed'}`);
    return body.value;
  };
  await ok('auth.signIn', { username, password: DEMO_PASSWORD });
  return { ok, ctx };
}

function londonToday(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

test.describe('rota in the browser', () => {
  test(
    'a coordinator plans next week, edits and explains, ' + 'covers sickness, publishes; the worker sees their week',
    async ({ page, snap, baseURL, browser }) => {
      test.setTimeout(300_000);
      if (!baseURL) throw new Error('no base URL');
      const worker = await apiAs(baseURL, 'worker');
      const session = (await worker.ok('auth.session', {})) as { state: string; session?: { staffId: string | null } };
      const demoWorkerId = session.session?.staffId;
      if (!demoWorkerId) throw new Error('demo worker has no staff record');
      const coordinator = await apiAs(baseURL, 'coordinator');
      // The demo `worker` in every team, with five other care workers of the demo branch.
      const staff = (await coordinator.ok('staff.list', { limit: 500 })) as { rows: { id: string; jobRole: number }[] };
      const others = staff.rows.filter((r) => [7, 8, 45, 52].includes(r.jobRole) && r.id !== demoWorkerId).slice(0, 5);
      await makeNeighbourhood(coordinator.ok, {
        from: londonToday(),
        workerIds: [demoWorkerId, ...others.map((r) => r.id)],
      });

      await signIn(page, 'coordinator');
      await openFromNav(page, 'Rota');
      await page.getByRole('button', { name: 'Next week' }).click();
      await expect(page.getByText('This week has not been planned.')).toBeVisible();
      const plannedWeek = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Plan week' }).click();
      await expect(page.getByLabel('Plan summary')).toContainText('Visits covered', { timeout: 60_000 });
      await expect(page.getByLabel('Plan summary')).toContainText('WTR exceptions');
      await snap('rota-board-week');
      // A neighbourhood week is ~4,700 visits: look at one day and find the demo worker's row.
      await page.getByLabel('Days').selectOption({ index: 1 });
      await snap('rota-board');
      await expectAccessible(page);

      // Open a visit from the board: the panel explains it and offers keyboard-operable actions.
      await page.getByLabel('Rows').selectOption('person');
      await page.getByLabel('Find a person').fill('Ada Okafor');
      await snap('rota-board-person');
      const board = page.getByRole('region', { name: 'Rota board' });
      const firstVisit = board.getByRole('button').filter({ hasNotText: 'unassigned' }).first();
      await firstVisit.focus();
      await page.keyboard.press('Enter');
      const withText =
        (await page
          .getByText(/^With /)
          .first()
          .textContent()) ?? '';
      const workerName = withText.replace(/^With /, '').split(' and ')[0] ?? '';
      await expect(page.getByRole('list', { name: 'Team members for this visit' })).toBeVisible();
      await expect(page.getByRole('list', { name: 'Team members for this visit' })).toContainText('Assigned');
      await snap('rota-visit-panel');
      await expectAccessible(page);

      // An edit that breaks a rule is refused in words (no one is available at 23:00).
      await page.getByLabel('Start time').fill('23:00');
      await page.getByRole('button', { name: 'Move' }).click();
      await expect(page.getByText('Not changed.')).toBeVisible();
      await expect(page.getByText(/breaks a rule/)).toBeVisible();
      await snap('rota-edit-refused');
      // Pinning is allowed.
      await page.getByRole('button', { name: 'Pin', exact: true }).click();
      await expect(page.getByText('Pinned: the planner will keep it.')).toBeVisible();

      await page.getByRole('button', { name: 'Publish' }).click();
      await expect(page.getByText('published', { exact: true })).toBeVisible();

      await page.getByRole('tab', { name: /Unassigned/ }).click();
      await expect(page.getByText('What stands in the way')).toBeVisible();
      await page.screenshot({ path: 'test-results/screenshots/rota-unassigned.png' });

      await page.getByRole('tab', { name: 'Sickness' }).click();
      // The worker on the visit opened above calls in sick from Monday.
      await page.getByLabel('Worker').selectOption({ label: workerName });
      await page.getByRole('button', { name: 'Record sickness and find cover' }).click();
      await expect(page.getByText('Sickness recorded for occupational sick pay.')).toBeVisible();
      await snap('rota-sickness');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Accept cover' }).click();
      await expect(page.getByText('Cover saved.')).toBeVisible();

      await page.getByRole('tab', { name: /Changes/ }).click();
      await expect(page.getByRole('table', { name: 'Changes since publishing' })).toContainText(workerName);
      await snap('rota-changes');
      await expectAccessible(page);

      await page.getByRole('tab', { name: 'Pay' }).click();
      await expect(page.getByText('Pay floor in force')).toBeVisible();
      await snap('rota-pay');
      await expectAccessible(page);

      // The worker sees their own published week and can take it to their phone.
      const workerContext = await browser.newContext({ baseURL });
      const workerPage = await workerContext.newPage();
      await signIn(workerPage, 'worker');
      await openFromNav(workerPage, 'My rota');
      // Go to the week the coordinator published (by name: "this week" may have turned over at midnight meanwhile).
      for (let step = 0; step < 3; step += 1) {
        const shown = (await workerPage.getByRole('heading', { level: 1 }).textContent()) ?? '';
        if (shown === plannedWeek) break;
        await workerPage.getByRole('button', { name: shown < plannedWeek ? 'Next week' : 'Previous week' }).click();
        await expect(workerPage.getByRole('heading', { level: 1 })).not.toHaveText(shown);
      }
      await expect(workerPage.getByRole('heading', { level: 1 })).toHaveText(plannedWeek);
      await expect(workerPage.getByRole('button', { name: /calendar \(\.ics\)/ })).toBeVisible();
      const download = workerPage.waitForEvent('download');
      await workerPage.getByRole('button', { name: /calendar \(\.ics\)/ }).click();
      expect((await download).suggestedFilename()).toMatch(/\.ics$/);
      await workerPage.screenshot({ path: 'test-results/screenshots/rota-my-week.png', fullPage: true });
      await expectAccessible(workerPage);
      await workerContext.close();
      await worker.ctx.dispose();
      await coordinator.ctx.dispose();
    },
  );
  test(
    'a manager sets the planning priorities: a bad entry is named ' +
      'at its field, a good one is kept; a coordinator reads them',
    async ({ page, snap, browser, baseURL }) => {
      await signIn(page, 'manager');
      await openFromNav(page, 'Rota');
      await page.getByRole('link', { name: 'Planning priorities' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Planning priorities' })).toBeVisible();
      const continuity = page.getByLabel('Each extra worker a person sees in a week');
      await expect(continuity).toHaveValue('300');
      await continuity.fill('lots');
      await page.getByRole('button', { name: 'Save priorities' }).click();
      const summary = page.getByRole('alert');
      await expect(summary).toContainText('Enter a number for each extra worker a person sees');
      await expect(page.locator('.field--error')).toContainText('Enter a number for each extra worker a person sees');
      await snap('rota-priorities-error');
      await expectAccessible(page);
      await continuity.fill('200');
      await page.getByRole('button', { name: 'Save priorities' }).click();
      await expect(page.getByText('Priorities saved')).toBeVisible();
      await page.reload();
      await expect(page.getByLabel('Each extra worker a person sees in a week')).toHaveValue('200');
      await snap('rota-priorities');

      const coordinatorContext = await browser.newContext({ baseURL });
      const coordinatorPage = await coordinatorContext.newPage();
      await signIn(coordinatorPage, 'coordinator');
      await openFromNav(coordinatorPage, 'Rota');
      await coordinatorPage.getByRole('link', { name: 'Planning priorities' }).click();
      await expect(coordinatorPage.getByText('Set by the branch manager')).toBeVisible();
      await expect(coordinatorPage.getByText('200 points')).toBeVisible();
      await expect(coordinatorPage.getByRole('button', { name: 'Save priorities' })).toHaveCount(0);
      await expectAccessible(coordinatorPage);
      await coordinatorContext.close();

      // Leave the branch as it was for the other rota tests.
      await page.getByLabel('Each extra worker a person sees in a week').fill('300');
      await page.getByRole('button', { name: 'Save priorities' }).click();
      await expect(page.getByText('Priorities saved')).toBeVisible();
    },
  );
});
