import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { anAccount, aQuickPlanner, aWeekOfVisits, openBranch, write } from '@test/fixtures/builders';
import type { TestBackend } from '../fixtures/test-backend';
import { renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

// The tests' today is Mon 23 Nov 2026, so the board opens on the next week to plan: the week of 30 Nov 2026.
const NEXT = '2026-W49';

describe('publishing a rota week: check answers, then confirm', () => {
  it('opens on next week, shows what will go out, sends nothing before confirming, refuses a stale check', async () => {
    tb = await openBranch();
    await aQuickPlanner(tb, 1000);
    await anAccount(tb, 'coordinator');
    await aWeekOfVisits(tb, { people: 3, workers: 4 });
    const planned = await write(tb, 'rota.planWeek', { isoWeek: NEXT, iterations: 1000 });
    const uncovered = planned.visits.filter((v) => v.workerIds.length === 0).length;
    const db = tb.backend.deps.db;

    const { user } = renderApp(tb, '/rota');
    await signInAs(user, screen, 'coordinator');
    expect(await screen.findByRole('heading', { name: 'Week of 30 Nov 2026' }, { timeout: 30_000 })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Go to this week' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Publish' }, { timeout: 30_000 }));

    const summary = screen.getByRole('heading', { name: 'Check the week of 30 Nov 2026 before you publish it' });
    expect(summary).toBeVisible();
    const list = document.querySelector('.summary-list') as HTMLElement;
    expect(within(list).getByText('Visits covered').nextElementSibling).toHaveTextContent(
      `${planned.visits.length - uncovered} of ${planned.visits.length}`,
    );
    expect(within(list).getByText('Changes since the last publication').nextElementSibling).toHaveTextContent(
      'has not been published before',
    );
    // Nothing has gone out yet: still a draft, nobody told.
    expect((await db.selectFrom('rota_week').select('status').executeTakeFirstOrThrow()).status).toBe('draft');
    expect(await db.selectFrom('notice').selectAll().execute()).toEqual([]);

    // Someone changes the week while the page is open: it says so and will not publish the version shown.
    const visit = planned.visits.find((v) => v.workerIds.length === 1);
    if (!visit) throw new Error('no assigned visit');
    await write(tb, 'rota.edit', { isoWeek: NEXT, edit: { kind: 'unassign', visitId: visit.id } });
    expect(
      await screen.findByText('This week has changed since this page was drawn.', {}, { timeout: 15_000 }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Publish the week' })).toBeDisabled();
    expect((await db.selectFrom('rota_week').select('status').executeTakeFirstOrThrow()).status).toBe('draft');

    // Redrawn, the page shows one more visit without a worker, with what is left to do; publishing then works.
    await user.click(screen.getByRole('button', { name: 'Show the week as it is now' }));
    const table = screen.getByRole('table', { name: 'Visits without a worker' });
    expect(within(table).getAllByText(visit.clientName).length).toBeGreaterThan(0);
    expect(within(table).getAllByText(/Choose a worker for it on the board/).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Publish the week' }));
    expect(await screen.findByText('Week published.', {}, { timeout: 15_000 })).toBeVisible();
    await waitFor(async () =>
      expect((await db.selectFrom('rota_week').select('status').executeTakeFirstOrThrow()).status).toBe('published'),
    );
    expect((await db.selectFrom('notice').selectAll().execute()).length).toBeGreaterThan(0);
  }, 120_000);
});
