import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { anAccount, aQuickPlanner, aWeekOfVisits, openBranch, write } from '@test/fixtures/builders';
import { formatDate, formatMinute } from '@shared/domain/time/format';
import type { TestBackend } from '../fixtures/test-backend';
import { renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

const WEEK = '2026-W48';

describe('guided edits and undo on the rota board', () => {
  it('assigns a visit from the list of free team members, in words, then undoes and redoes it', async () => {
    tb = await openBranch();
    await aQuickPlanner(tb, 1000);
    await anAccount(tb, 'coordinator');
    await aWeekOfVisits(tb, { people: 3, workers: 4 });
    const week = await write(tb, 'rota.planWeek', { isoWeek: WEEK, iterations: 1000 });
    // A Wednesday visit taken off its worker: it waits in the Unassigned list, and that worker is free for it.
    const visit = week.visits.find((v) => v.date === '2026-11-25' && v.workerIds.length === 1 && v.workersNeeded === 1);
    if (!visit) throw new Error('no assigned Wednesday visit');
    const worker = week.workers.find((w) => w.id === visit.workerIds[0])?.name ?? '';
    await write(tb, 'rota.edit', { isoWeek: WEEK, edit: { kind: 'unassign', visitId: visit.id } });

    const { user } = renderApp(tb, '/rota');
    await signInAs(user, screen, 'coordinator');
    fireEvent.change(await screen.findByLabelText('Week'), { target: { value: WEEK } });
    await user.click(await screen.findByRole('tab', { name: /^Unassigned/ }, { timeout: 30_000 }));
    await user.click(
      screen.getByRole('button', {
        name: `${formatDate(visit.date)} ${formatMinute(visit.startMinute)} · ${visit.clientName}`,
      }),
    );

    // The team: who is free and would fit, what it does to their week in words, and who is not and why.
    const team = await screen.findByRole('list', { name: 'Team members for this visit' }, { timeout: 15_000 });
    const members = within(team).getAllByRole('listitem');
    const free = members.filter((li) => within(li).queryByText('Free'));
    expect(free.length).toBeGreaterThan(0);
    for (const li of free)
      expect(li).toHaveTextContent(/(adds \d+ minutes?’s?|no extra|saves \d+ minutes?’s?) travel/i);
    for (const li of members.filter((l) => within(l).queryByText('Not free')))
      expect(li.textContent).toMatch(/Not free.{12,}\.$/);
    expect(team.textContent).not.toMatch(/cost|points|\d\.\d/);
    const mine = members.find((li) => li.textContent?.startsWith(worker));
    if (!mine) throw new Error(`${worker} is not in the list`);
    expect(within(mine).getByText('Free')).toBeInTheDocument();

    await user.click(within(mine).getByRole('button', { name: `Assign ${worker}` }));
    expect(await screen.findByText(`Assigned to ${worker}.`)).toBeInTheDocument();
    const onVisit = async (ids: string[]) =>
      waitFor(async () => {
        const now = await write(tb as TestBackend, 'rota.getWeek', { isoWeek: WEEK });
        expect(now.visits.find((v) => v.id === visit.id)?.workerIds).toEqual(ids);
      });
    await onVisit(visit.workerIds);

    // Undo by keyboard from the board (not a form field): announced, and the visit is unassigned again.
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveAttribute('title', expect.stringMatching(/^Undo: Gave .+ to /)));
    screen.getByRole('grid', { name: 'Rota board' }).focus();
    await user.keyboard('{Control>}z{/Control}');
    expect(
      await screen.findByText(new RegExp(`^Undone: Gave ${visit.clientName}’s visit on .+ to ${worker}\\.$`)),
    ).toBeInTheDocument();
    await onVisit([]);
    // Redo with the button.
    const redo = screen.getByRole('button', { name: 'Redo' });
    await waitFor(() => expect(redo).toBeEnabled());
    await user.click(redo);
    expect(await screen.findByText(/^Redone: Gave /)).toBeInTheDocument();
    await onVisit(visit.workerIds);
  }, 120_000);

  it('shows while dragging which worker rows take the visit, and why the others do not', async () => {
    tb = await openBranch();
    await aQuickPlanner(tb, 1000);
    await anAccount(tb, 'coordinator');
    await aWeekOfVisits(tb, { people: 3, workers: 4 });
    await write(tb, 'rota.planWeek', { isoWeek: WEEK, iterations: 1000 });

    const { user } = renderApp(tb, '/rota');
    await signInAs(user, screen, 'coordinator');
    fireEvent.change(await screen.findByLabelText('Week'), { target: { value: WEEK } });
    const grid = await screen.findByRole('grid', { name: 'Rota board' }, { timeout: 30_000 });
    const visit = [...grid.querySelectorAll<HTMLButtonElement>('button[draggable="true"]')].find(
      (b) => !b.textContent?.includes('unassigned'),
    );
    if (!visit) throw new Error('no visit to drag');
    const data = { setData: () => undefined, getData: () => '', effectAllowed: 'move' };
    fireEvent.dragStart(visit, { dataTransfer: data });
    expect(await screen.findByText(/free to take it: drop on a highlighted row|Nobody else/)).toBeInTheDocument();
    // Every worker row's cell on the visit's day answers: free, on this visit, not free or not in the team, with why.
    const targets = grid.querySelectorAll<HTMLTableCellElement>('td.rota-drop--ok, td.rota-drop--no');
    expect(targets).toHaveLength(4);
    const labels = [...targets].map((td) => td.querySelector('.rota-drop__label')?.textContent);
    expect(labels).toContain('On this visit');
    for (const td of targets) expect(td.title).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+: [A-Z].+\.$/);
    // Over a row that does not take it (at least the worker already on it), the status line says why.
    const refused = [...targets].find((td) => td.classList.contains('rota-drop--no'));
    if (!refused) throw new Error('no row refuses the visit');
    fireEvent.dragEnter(refused);
    expect(await screen.findByText(refused.title)).toHaveAttribute('role', 'status');
    fireEvent.dragEnd(visit);
    await waitFor(() => expect(grid.querySelectorAll('td.rota-drop')).toHaveLength(0));
  }, 120_000);
});
