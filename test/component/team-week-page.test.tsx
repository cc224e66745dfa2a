import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { aQuickPlanner, aWorkerWithTeammates, openBranch, write } from '@test/fixtures/builders';
import type { TestBackend } from '../fixtures/test-backend';
import { renderApp, signInAs } from './render-app';
import { formatMinute } from '@shared/domain/time/format';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

const WEEK = '2026-W48'; // the tests' today, Mon 23 Nov 2026, is in it

describe('the team week page', () => {
  it('shows who is going when to the people in the worker’s teams, and lets them take an open visit', async () => {
    tb = await openBranch();
    await aQuickPlanner(tb, 1000);
    const { me } = await aWorkerWithTeammates(tb, 3);
    await write(tb, 'rota.planWeek', { isoWeek: WEEK, iterations: 1000 });
    const { stamp } = await write(tb, 'rota.getWeek', { isoWeek: WEEK });
    const published = await write(tb, 'rota.publish', { isoWeek: WEEK, stamp });
    // One of my Thursday visits is given up: it is open, and I am free for it.
    const mine = published.visits.find(
      (v) => v.date === '2026-11-26' && v.workersNeeded === 1 && v.workerIds[0] === me,
    );
    if (!mine) throw new Error('no Thursday visit for the worker');
    await write(tb, 'rota.edit', { isoWeek: WEEK, edit: { kind: 'unassign', visitId: mine.id } });

    const { user } = renderApp(tb, '/team-week');
    await signInAs(user, screen, 'worker');
    expect(await screen.findByRole('heading', { name: 'Week of 23 Nov 2026' }, { timeout: 30_000 })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Team week' })).toBeInTheDocument();
    const open = await screen.findByRole('table', { name: 'Open visits' }, { timeout: 15_000 });
    const label =
      `Take the visit to ${mine.clientName}, Thu 26 Nov 2026 ` +
      `${formatMinute(mine.startMinute)}–${formatMinute(mine.startMinute + mine.durationMinutes)}`;
    const take = within(open).getByRole('button', { name: label });
    // Who is going when, by name; nothing of the person a worker may not see (no address).
    const whoGoes = screen.getByRole('table', { name: 'Who is going when' });
    expect(within(whoGoes).getAllByText(mine.clientName).length).toBeGreaterThan(1);
    expect(document.body.textContent).not.toMatch(/Ladywell Road/);

    await user.click(take);
    expect(screen.getByRole('button', { name: 'Yes, take this visit' })).toBeVisible();
    expect(
      (await write(tb, 'rota.getWeek', { isoWeek: WEEK })).visits.find((v) => v.id === mine.id)?.workerIds,
    ).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Yes, take this visit' }));
    expect(await screen.findByText('The visit is yours', {}, { timeout: 15_000 })).toBeVisible();
    expect(
      (await write(tb, 'rota.getWeek', { isoWeek: WEEK })).visits.find((v) => v.id === mine.id)?.workerIds,
    ).toEqual([me]);
    const after = await screen.findByRole('table', { name: 'Open visits' });
    expect(within(after).queryByRole('button', { name: label })).toBeNull();
    expect(
      within(screen.getByRole('table', { name: 'Who is going when' })).getAllByText(/\(you\)/).length,
    ).toBeGreaterThan(0);
  }, 60_000);
});
