import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSetting } from '@main/services/settings/settings';
import { PLANNER_BUDGET_KEY } from '@main/services/rota/planner-settings-service';
import { openTestBackend, type TestBackend } from '../fixtures/test-backend';
import { makeNeighbourhood } from '../fixtures/rota-app-neighbourhood';
import { renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

describe('rota board page over an in-process backend', () => {
  it('shows a planned week with summary tiles, opens a visit and explains it; unplanned weeks offer Plan', async () => {
    tb = await openTestBackend({ demo: true });
    await writeSetting(tb.backend.deps.db, PLANNER_BUDGET_KEY, { iterations: 1000, timeLimitMs: 8000 }, tb.clock.now());
    const coordinator = await tb.signedIn('coordinator');
    const worker = await tb.signedIn('worker');
    const session = await worker.ok('auth.session', {});
    const staffId = session.state === 'active' ? session.session.staffId : null;
    if (staffId === null) throw new Error('demo worker has no staff record');
    await makeNeighbourhood((name, input) => coordinator.ok(name as never, input as never), {
      from: '2026-11-23',
      demoWorkerId: staffId,
      people: 3,
      workers: 4,
    });
    await coordinator.ok('rota.planWeek', { isoWeek: '2026-W48', iterations: 1000 });

    const { user } = renderApp(tb, '/rota');
    await signInAs(user, screen, 'coordinator');
    const weekInput = await screen.findByLabelText('Week');
    fireEvent.change(weekInput, { target: { value: '2026-W49' } });
    expect(await screen.findByRole('button', { name: 'Plan week' }, { timeout: 15_000 })).toBeInTheDocument();
    fireEvent.change(weekInput, { target: { value: '2026-W48' } });
    const tiles = await screen.findByLabelText('Plan summary', {}, { timeout: 30_000 });
    expect(within(tiles).getByText('Visits covered')).toBeInTheDocument();
    expect(within(tiles).getByText('WTR exceptions')).toBeInTheDocument();
    const board = screen.getByRole('region', { name: 'Rota board' });
    const visits = within(board).getAllByRole('button');
    await user.click(visits[0] as HTMLElement);
    const team = await screen.findByRole('list', { name: 'Team members for this visit' }, { timeout: 15_000 });
    expect(within(team).getAllByRole('listitem').length).toBeGreaterThan(1);
    expect(screen.getByRole('button', { name: 'Assign' })).toBeInTheDocument();
  }, 120_000);
});
