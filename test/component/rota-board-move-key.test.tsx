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

const WEEK = '2026-W48';
const WEDNESDAY = '2026-11-25';

/** A planned week with a Wednesday visit taken off its worker (who is free for it): it waits in the Unassigned row. */
async function aWeekWithAVisitToMove() {
  tb = await openBranch();
  await aQuickPlanner(tb, 1000);
  await anAccount(tb, 'coordinator');
  await aWeekOfVisits(tb, { people: 3, workers: 4 });
  const week = await write(tb, 'rota.planWeek', { isoWeek: WEEK, iterations: 1000 });
  const wednesday = week.visits.filter((v) => v.date === WEDNESDAY && v.workersNeeded === 1 && v.workerIds.length);
  const visit = wednesday.sort((a, b) => a.startMinute - b.startMinute)[0];
  if (!visit) throw new Error('no assigned Wednesday visit');
  await write(tb, 'rota.edit', { isoWeek: WEEK, edit: { kind: 'unassign', visitId: visit.id } });
  const explained = await write(tb, 'rota.explain', { isoWeek: WEEK, visitId: visit.id });
  const names = new Map(week.workers.map((w) => [w.id, w.name]));
  const free = explained.team.filter((m) => m.status === 'possible').map((m) => names.get(m.workerId) ?? '');
  const worker = names.get(visit.workerIds[0] ?? '') ?? '';
  return { visit, worker, free };
}

const workersOn = async (visitId: string) =>
  (await write(tb as TestBackend, 'rota.getWeek', { isoWeek: WEEK })).visits.find((v) => v.id === visitId)?.workerIds;

describe('moving a visit to another worker’s row by keyboard (M)', () => {
  it('lists only the rows that take it, chooses by typing a name, moves it with Enter, and says so', async () => {
    const { visit, worker, free } = await aWeekWithAVisitToMove();
    const { user } = renderApp(tb as TestBackend, '/rota');
    await signInAs(user, screen, 'coordinator');
    fireEvent.change(await screen.findByLabelText('Week'), { target: { value: WEEK } });
    const grid = await screen.findByRole('grid', { name: 'Rota board' }, { timeout: 30_000 });

    // From here on, keys only: Tab into the board (one stop), then to Wednesday in the Unassigned row.
    for (let i = 0; i < 60 && !grid.contains(document.activeElement); i += 1) await user.tab();
    expect(grid).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('{Control>}{Home}{/Control}{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toHaveTextContent(visit.clientName);

    await user.keyboard('m');
    const list = await screen.findByRole('listbox', { name: /^Move .*’s \d\d:\d\d visit on Wed 25 Nov 2026/ });
    await waitFor(() => expect(list).toHaveFocus());
    // Only the free team members, each with what the move would do to their week, as a drag shows them.
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.querySelector('strong')?.textContent)).toEqual([...free].sort());
    for (const o of options) expect(o.textContent).toMatch(/travel|no extra/i);
    expect(await screen.findByText(/^Moving .*: \d free to take it\. Up and Down choose/)).toBeInTheDocument();

    await user.keyboard(worker);
    const chosen = within(list).getByRole('option', { selected: true });
    expect(chosen.querySelector('strong')).toHaveTextContent(worker);
    expect(list).toHaveAttribute('aria-activedescendant', chosen.id);
    await user.keyboard('{Enter}');
    expect(
      await screen.findByText(
        new RegExp(`^${visit.clientName}’s .* visit on Wed 25 Nov 2026 now goes to ${worker}\\.$`),
      ),
    ).toBeInTheDocument();
    await waitFor(async () => expect(await workersOn(visit.id)).toEqual(visit.workerIds));
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    // The focus went with the visit to its new row, ready for the next key.
    await waitFor(() => expect(document.activeElement?.closest('tr')?.querySelector('th')).toHaveTextContent(worker));
    expect(document.activeElement).toHaveTextContent(visit.clientName);
  }, 120_000);

  it('Escape leaves the visit where it was and puts the focus back on it', async () => {
    const { visit } = await aWeekWithAVisitToMove();
    const { user } = renderApp(tb as TestBackend, '/rota');
    await signInAs(user, screen, 'coordinator');
    fireEvent.change(await screen.findByLabelText('Week'), { target: { value: WEEK } });
    const grid = await screen.findByRole('grid', { name: 'Rota board' }, { timeout: 30_000 });
    for (let i = 0; i < 60 && !grid.contains(document.activeElement); i += 1) await user.tab();
    await user.keyboard('{Control>}{Home}{/Control}{ArrowRight}{ArrowRight}');
    const onVisit = document.activeElement;
    await user.keyboard('m');
    const list = await screen.findByRole('listbox', { name: /^Move / });
    await waitFor(() => expect(list).toHaveFocus());
    await user.keyboard('{ArrowDown}{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(await screen.findByText(/^Move cancelled: .* stays where it was\.$/)).toBeInTheDocument();
    expect(document.activeElement).toBe(onVisit);
    expect(await workersOn(visit.id)).toEqual([]);
  }, 120_000);
});
