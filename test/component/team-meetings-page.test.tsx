import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { aQuickPlanner, aWorkerWithTeammates, openBranch, write } from '@test/fixtures/builders';
import type { TestBackend } from '../fixtures/test-backend';
import { renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

const WEEK = '2026-W48'; // the tests' today, Mon 23 Nov 2026, is in it

/** A worker in the teams of two people, with two colleagues, and the week planned. */
async function aPlannedTeam(): Promise<{ tb: TestBackend; me: string; others: string[] }> {
  const branch = await openBranch();
  await aQuickPlanner(branch, 1000);
  const { me, others } = await aWorkerWithTeammates(branch, 2);
  await write(branch, 'rota.planWeek', { isoWeek: WEEK, iterations: 1000 });
  return { tb: branch, me, others };
}

describe('the team meetings page', () => {
  it('lists the best times in words, checks the booking, and books it into each invited worker’s week', async () => {
    const built = await aPlannedTeam();
    tb = built.tb;
    const { user } = renderApp(tb, '/team-meetings');
    await signInAs(user, screen, 'worker');
    expect(
      await screen.findByRole('heading', { name: 'Find a time for a team meeting' }, { timeout: 30_000 }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Team meetings' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Best times for the meeting' }, { timeout: 15_000 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    // Each time in words, on London dates, with how many are free.
    expect(rows[0]?.textContent).toMatch(/\w{3} \d{1,2} Nov 2026, \d\d:\d\d–\d\d:\d\d/);
    expect(rows[0]?.textContent).toMatch(/\d of 3/);
    expect(document.body.textContent).not.toMatch(/2026-11-\d\d|T\d\d:\d\d/);

    const first = within(rows[0] as HTMLElement).getByRole('button', { name: /^Book / });
    const when = (first.getAttribute('aria-label') ?? '').replace(/^Book /, '');
    await user.click(first);
    expect(screen.getByRole('heading', { name: 'Book a team meeting' })).toBeVisible();
    await user.type(screen.getByLabelText('What is the meeting about? (optional)'), 'Plan Christmas');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // The check step: what will happen, nothing booked yet.
    expect(screen.getByRole('heading', { name: /Check before you send/ })).toBeVisible();
    expect(screen.getByText(/goes into each invited worker’s week as paid time/)).toBeVisible();
    expect(screen.getAllByText(when).length).toBeGreaterThan(1);
    const before = await write(tb, 'availability.get', { staffId: built.me });
    expect(before.exceptions.filter((e) => e.kind === 'team_meeting')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Book the meeting' }));
    expect(await screen.findByText('Team meeting booked', {}, { timeout: 15_000 })).toBeVisible();
    const after = await write(tb, 'availability.get', { staffId: built.me });
    const meetings = after.exceptions.filter((e) => e.kind === 'team_meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.note).toBe('Plan Christmas');
  }, 90_000);

  it('shows the backend’s refusal at the worker who is busy, with an error summary', async () => {
    const built = await aPlannedTeam();
    tb = built.tb;
    // A colleague off sick all week: every time lists them as away.
    const sick = built.others[0] ?? '';
    await write(tb, 'availability.recordSickness', {
      staffId: sick,
      startDate: '2026-11-23',
      startMinute: 0,
      expectedEndDate: '2026-11-29',
      note: null,
    });
    const { name } = await write(tb, 'availability.get', { staffId: sick });
    const { user } = renderApp(tb, '/team-meetings');
    await signInAs(user, screen, 'worker');
    const table = await screen.findByRole('table', { name: 'Best times for the meeting' }, { timeout: 30_000 });
    const row = within(table).getAllByRole('row')[1];
    if (!row) throw new Error('no time offered');
    expect(row.textContent).toContain(`${name} (away)`);
    // Tick them too, and the booking is refused naming them, at their checkbox and in the summary.
    await user.click(within(row).getByRole('button', { name: /^Book / }));
    const busy = screen.getByRole('checkbox', { name: `${name} (away)` });
    expect(busy).not.toBeChecked();
    await user.click(busy);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Book the meeting' }));
    const summary = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(summary.textContent).toContain(name);
    expect(summary.textContent).toMatch(/leave them out or choose another time/);
    const stored = await write(tb, 'availability.get', { staffId: built.me });
    expect(stored.exceptions.filter((e) => e.kind === 'team_meeting')).toEqual([]);
  }, 90_000);
});
