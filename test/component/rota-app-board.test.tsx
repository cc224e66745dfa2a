import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { anAccount, aQuickPlanner, aWeekOfVisits, openBranch, write } from '@test/fixtures/builders';
import type { TestBackend } from '../fixtures/test-backend';
import { renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

describe('rota board page over an in-process backend', () => {
  it('shows a planned week with summary tiles, opens a visit and explains it; unplanned weeks offer Plan', async () => {
    tb = await openBranch();
    await aQuickPlanner(tb, 1000);
    await anAccount(tb, 'coordinator');
    // Three people with teams drawn from four care workers; the week of 23 Nov 2026 planned, the next not.
    await aWeekOfVisits(tb, { people: 3, workers: 4 });
    await write(tb, 'rota.planWeek', { isoWeek: '2026-W48', iterations: 1000 });

    const { user } = renderApp(tb, '/rota');
    await signInAs(user, screen, 'coordinator');
    const weekInput = await screen.findByLabelText('Week');
    fireEvent.change(weekInput, { target: { value: '2026-W49' } });
    expect(await screen.findByRole('button', { name: 'Plan week' }, { timeout: 15_000 })).toBeInTheDocument();
    fireEvent.change(weekInput, { target: { value: '2026-W48' } });
    const tiles = await screen.findByLabelText('Plan summary', {}, { timeout: 30_000 });
    expect(within(tiles).getByText('Visits covered')).toBeInTheDocument();
    expect(within(tiles).getByText('Working-time rules broken')).toBeInTheDocument();
    const board = screen.getByRole('region', { name: 'Rota board' });
    const visits = within(board).getAllByRole('button');
    await user.click(visits[0] as HTMLElement);
    const team = await screen.findByRole('list', { name: 'Team members for this visit' }, { timeout: 15_000 });
    expect(within(team).getAllByRole('listitem').length).toBeGreaterThan(1);
    expect(screen.getByRole('button', { name: 'Assign' })).toBeInTheDocument();
  }, 120_000);
});
