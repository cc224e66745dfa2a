import { fireEvent, screen, waitFor, within } from '@testing-library/react';
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
    const board = screen.getByRole('grid', { name: 'Rota board' });
    const visits = within(board).getAllByRole('button');
    await user.click(visits[0] as HTMLElement);
    const team = await screen.findByRole('list', { name: 'Team members for this visit' }, { timeout: 15_000 });
    expect(within(team).getAllByRole('listitem').length).toBeGreaterThan(1);
    expect(screen.getByRole('button', { name: 'Unassign' })).toBeInTheDocument();
  }, 120_000);

  it('filters rows (kept across weeks), keeps past days read-only, is one tab stop moved by arrow keys', async () => {
    tb = await openBranch();
    await aQuickPlanner(tb, 1000);
    await anAccount(tb, 'coordinator');
    await aWeekOfVisits(tb, { people: 3, workers: 4 });
    await write(tb, 'rota.planWeek', { isoWeek: '2026-W48', iterations: 1000 });
    // Wednesday 25 Nov 2026: Monday and Tuesday of the planned week have passed.
    tb.clock.set('2026-11-25T09:00:00.000Z');

    const { user } = renderApp(tb, '/rota');
    await signInAs(user, screen, 'coordinator');
    fireEvent.change(await screen.findByLabelText('Week'), { target: { value: '2026-W48' } });
    const grid = await screen.findByRole('grid', { name: 'Rota board' }, { timeout: 30_000 });
    expect(within(grid).getAllByText('Past: read-only')).toHaveLength(2);

    // One tab stop: arrow keys move it; Enter opens the visit; Escape closes the panel and gives the focus back.
    const stops = () => grid.querySelectorAll('[tabindex="0"]');
    expect(stops()).toHaveLength(1);
    (stops()[0] as HTMLElement).focus();
    const first = document.activeElement;
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).not.toBe(first);
    expect(stops()).toHaveLength(1);
    expect(stops()[0]).toBe(document.activeElement);
    // Ctrl+End goes to the last row's Sunday, where nobody has a visit (the cell itself takes the focus); Left and Up
    // then lead to a Saturday visit.
    await user.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement?.tagName).toBe('TD');
    await user.keyboard('{ArrowLeft}');
    for (let i = 0; i < 10 && document.activeElement?.tagName !== 'BUTTON'; i += 1) await user.keyboard('{ArrowUp}');
    const last = document.activeElement as HTMLElement;
    expect(last.tagName).toBe('BUTTON');
    await user.keyboard('{Enter}');
    const panel = await screen.findByRole('complementary', { name: 'Chosen visit' });
    expect(within(panel).getByRole('button', { name: 'Unassign' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Chosen visit' })).not.toBeInTheDocument();
    expect(document.activeElement).toBe(last);

    // A visit on a past day (Monday, the first day column) opens read-only, saying why.
    const monday = [...grid.querySelectorAll<HTMLButtonElement>('button[data-cell]')].find(
      (b) => b.dataset.cell?.split(':')[1] === '0',
    );
    if (!monday) throw new Error('no visit on Monday');
    expect(monday.draggable).toBe(false);
    await user.click(monday);
    const pastPanel = await screen.findByRole('complementary', { name: 'Chosen visit' });
    expect(within(pastPanel).getByText(/Mon 23 Nov 2026 has passed, so this visit can no longer be changed/));
    expect(within(pastPanel).queryByRole('button', { name: 'Unassign' })).not.toBeInTheDocument();
    expect(within(pastPanel).queryByRole('button', { name: /^Assign / })).not.toBeInTheDocument();

    // Filter by a person: only the workers on their visits stay; the filter survives going to another week and back.
    const person = screen.getByLabelText('Person') as HTMLSelectElement;
    const chosen = person.options[1]?.value ?? '';
    await user.selectOptions(person, chosen);
    expect(await screen.findByText(/^Showing \d+ of 5 rows$/)).toBeInTheDocument();
    const rowsFor = () => within(screen.getByRole('grid', { name: 'Rota board' })).getAllByRole('rowheader').length;
    const filtered = rowsFor();
    expect(filtered).toBeLessThan(5);
    await user.click(screen.getByRole('button', { name: 'Next week' }));
    await user.click(await screen.findByRole('button', { name: 'Previous week' }));
    await screen.findByRole('grid', { name: 'Rota board' }, { timeout: 30_000 });
    expect((screen.getByLabelText('Person') as HTMLSelectElement).value).toBe(chosen);
    await waitFor(() => expect(rowsFor()).toBe(filtered));
    // Unassigned only, then clearing every filter, brings back all five rows (Unassigned and four workers).
    await user.click(screen.getByLabelText('Unassigned only'));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rowsFor()).toBe(5));
  }, 120_000);
});
