import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { aWorkerWithTeammates, openBranch, write } from '@test/fixtures/builders';
import type { TestBackend } from '../fixtures/test-backend';
import { findFocusedErrorSummary, renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

describe('the team’s ideal weeks and the changes it proposes', () => {
  it('a worker proposes a new start for a visit; the coordinator accepts it and the ideal week changes', async () => {
    tb = await openBranch();
    const { hood } = await aWorkerWithTeammates(tb, 1);
    const clientId = hood.clientIds[0] ?? '';
    const before = await write(tb, 'clients.getIdealWeek', { clientId });
    const tuesday = before.version?.items.find((i) => i.weekday === 2);
    if (!tuesday) throw new Error('no Tuesday visit');

    const { user } = renderApp(tb, '/team-ideal-weeks');
    await signInAs(user, screen, 'worker');
    expect(
      await screen.findByRole('heading', { name: 'Ideal weeks of the people in your teams' }, { timeout: 30_000 }),
    ).toBeVisible();
    const table = await screen.findByRole('table', { name: /’s ideal week$/ }, { timeout: 15_000 });
    // What a worker may see: the visits, not the support needs or skills behind them.
    expect(document.body.textContent).not.toMatch(/Required skills|Preferred/);
    const propose = within(table).getAllByRole('button', { name: /^Propose a change to .+ Tuesday/ })[0];
    if (!propose) throw new Error('no Tuesday row');
    await user.click(propose);

    // Nothing to change and no reason: refused at the fields, nothing sent.
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await findFocusedErrorSummary(screen);
    expect(summary.textContent).toMatch(/Propose a new start time, a new length, or both/);
    expect(summary.textContent).toMatch(/Enter why you propose it/);

    const later = tuesday.startMinute + 60;
    const hhmm = `${String(Math.floor(later / 60)).padStart(2, '0')}:${String(later % 60).padStart(2, '0')}`;
    await user.type(screen.getByLabelText('New start time (optional)'), hhmm);
    await user.type(screen.getByLabelText('Why do you propose it?'), 'She sleeps in on Tuesdays');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: /Check before you send/ })).toBeVisible();
    expect(screen.getByText(`start at ${hhmm}`)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Send the proposal' }));
    expect(await screen.findByText('Proposal sent', {}, { timeout: 15_000 })).toBeVisible();
    const mine = await screen.findByRole('table', { name: 'Your proposals' });
    expect(await within(mine).findByText('Waiting for the coordinator')).toBeVisible();
    cleanup();

    const coordinatorView = renderApp(tb, '/ideal-week-proposals');
    await signInAs(coordinatorView.user, screen, 'coordinator');
    const waiting = await screen.findByRole('table', { name: 'Proposals waiting' }, { timeout: 30_000 });
    expect(within(waiting).getByText('She sleeps in on Tuesdays')).toBeVisible();
    const accept = within(waiting)
      .getAllByRole('button')
      .find((b) => b.textContent?.startsWith('Accept Ada'));
    if (!accept) throw new Error('no Accept button for the proposal');
    await coordinatorView.user.click(accept);
    await coordinatorView.user.click(screen.getByRole('button', { name: 'Yes, accept it' }));
    expect(await screen.findByText('Proposal accepted', {}, { timeout: 15_000 })).toBeVisible();
    const after = await write(tb, 'clients.getIdealWeek', { clientId });
    expect(after.version?.items.filter((i) => i.weekday === 2).map((i) => i.startMinute)).toContain(later);
  }, 90_000);
});
