import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { aQuickPlanner, anAccount, aWeekOfVisits, openBranch, someStaff, write } from '@test/fixtures/builders';
import { fakeCouncil, type FakeCouncil } from '@test/fixtures/sync/fake-council';
import type { TestBackend } from '../fixtures/test-backend';
import { findFocusedErrorSummary, renderApp, signInAs } from './render-app';

// The manager's Council sync page: settings refuse an unencrypted address at its field; the next summary is read in
// plain words with its held-back figures marked, queued through a check step; a refusal is shown with the council's
// reason and tried again from the status panel.

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

async function branchWithAPublishedWeek(council: FakeCouncil): Promise<TestBackend> {
  tb = await openBranch({ council });
  await aQuickPlanner(tb, 1500);
  // Three people: small enough that some figures are held back.
  await aWeekOfVisits(tb, { people: 3, workers: 4 });
  const board = await write(tb, 'rota.planWeek', { isoWeek: '2026-W48', iterations: 1500 });
  await write(tb, 'rota.publish', { isoWeek: '2026-W48', stamp: board.stamp });
  tb.clock.set('2026-11-30T09:00:00.000Z');
  await anAccount(tb, 'manager');
  return tb;
}

describe('the Council sync page', () => {
  it('sets the council’s address and token, refusing plain http:// at its field', async () => {
    const t = await branchWithAPublishedWeek(fakeCouncil());
    const { user } = renderApp(t, '/council-sync');
    await signInAs(user, screen, 'manager');
    await user.click(await screen.findByRole('tab', { name: 'Settings' }));
    await user.type(await screen.findByLabelText('The council’s address'), 'http://council.example.gov.uk');
    await user.type(screen.getByLabelText('Branch token'), 'token-from-the-council');
    await user.click(screen.getByRole('button', { name: 'Save the settings' }));
    const summary = await findFocusedErrorSummary(screen);
    expect(within(summary).getByRole('link', { name: /must start with https:\/\// })).toBeInTheDocument();
    expect(screen.getByLabelText('The council’s address')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(screen.getByLabelText('The council’s address'));
    await user.type(screen.getByLabelText('The council’s address'), 'https://council.example.gov.uk');
    await user.click(screen.getByRole('button', { name: 'Save the settings' }));
    expect(await screen.findByText('Saved. Summaries go to this address from now on.')).toBeInTheDocument();
    expect(await screen.findByLabelText('Replace the branch token')).toHaveAccessibleDescription(
      /A token is kept\. Leave this empty to keep it\. It is kept in this computer’s memory only/,
    );
  });

  it('shows the next summary in plain words with held-back figures marked, queues it after a check', async () => {
    const council = fakeCouncil();
    const t = await branchWithAPublishedWeek(council);
    const manager = await t.signedIn('manager');
    await manager.ok('sync.saveSettings', {
      councilUrl: 'https://council.example.gov.uk',
      branchId: 'test-branch',
      token: 'token-from-the-council',
    });
    council.answer = { status: 422, message: 'this branch is not expected to report yet' };
    const { user } = renderApp(t, '/council-sync');
    await signInAs(user, screen, 'manager');
    await user.click(await screen.findByRole('tab', { name: 'Next summary' }));
    const next = await screen.findByRole('region', { name: 'What the council will receive: Week of 23 Nov 2026' });
    expect(within(next).getByText(/^Fewer than 5 people supported, with \d+ visits planned/)).toBeInTheDocument();
    const held = within(next).getByRole('table', { name: 'Figures held back' });
    expect(within(held).getAllByRole('row').length).toBeGreaterThan(1);
    expect(within(held).getAllByText('<5').length).toBeGreaterThan(0);
    expect(within(next).getByLabelText('The summary as JSON').querySelectorAll('mark').length).toBeGreaterThan(0);

    await user.click(within(next).getByRole('button', { name: 'Queue this summary now' }));
    const check = await screen.findByRole('region', { name: 'Check before you queue this summary' });
    expect(within(check).getByText('https://council.example.gov.uk/')).toBeInTheDocument();
    expect(within(check).getByText('test-branch')).toBeInTheDocument();
    await user.click(within(check).getByRole('button', { name: 'Queue and send' }));
    expect(await screen.findByText('Summary queued')).toBeInTheDocument();

    await waitFor(() => expect(council.received).toHaveLength(1));
    await user.click(screen.getByRole('tab', { name: 'Status' }));
    const stopped = await screen.findByRole('table', { name: 'Stopped summaries' });
    expect(
      await within(stopped).findByText(
        'The council could not accept this summary: this branch is not expected to report yet.',
      ),
    ).toBeInTheDocument();
    council.answer = { status: 201 };
    await user.click(
      within(stopped).getByRole('button', { name: 'Try again to send the summary: Week of 23 Nov 2026' }),
    );
    expect(await screen.findByText('1 summary sent.')).toBeInTheDocument();
    expect(await screen.findByText('Mon 30 Nov 2026, 09:00')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Sent' }));
    const sent = await screen.findByRole('table', { name: 'Summaries queued and sent' });
    await user.click(within(sent).getByRole('button', { name: 'Open the summary: Week of 23 Nov 2026' }));
    expect(await screen.findByRole('region', { name: 'Summary: Week of 23 Nov 2026' })).toBeInTheDocument();
  }, 60_000);

  it('shows last month’s workforce summary in plain words, steps a month back, queues it after a check', async () => {
    const council = fakeCouncil();
    const t = await openBranch({ council });
    tb = t;
    await anAccount(t, 'manager');
    await someStaff(t, 5);
    const manager = await t.signedIn('manager');
    await manager.ok('sync.saveSettings', {
      councilUrl: 'https://council.example.gov.uk',
      branchId: 'test-branch',
      token: 'token-from-the-council',
    });
    const { user } = renderApp(t, '/council-sync');
    await signInAs(user, screen, 'manager');
    await user.click(await screen.findByRole('tab', { name: 'Monthly workforce' }));
    const october = await screen.findByRole('region', { name: 'What the council will receive: October 2026' });
    expect(within(october).getByText('6 workers, 0 on zero-hours contracts')).toBeInTheDocument();
    expect(within(october).getByRole('heading', { name: 'Ethical Care Charter' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Month after' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Month before' }));
    expect(await screen.findByRole('region', { name: 'What the council will receive: September 2026' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Month after' }));
    const again = await screen.findByRole('region', { name: 'What the council will receive: October 2026' });
    await user.click(within(again).getByRole('button', { name: 'Queue this summary now' }));
    const check = await screen.findByRole('region', { name: 'Check before you queue this summary' });
    expect(
      within(check).getByText('Workforce, pay, training, apprenticeships and the Charter: October 2026'),
    ).toBeInTheDocument();
    await user.click(within(check).getByRole('button', { name: 'Queue and send' }));
    expect(await screen.findByText('Summary queued')).toBeInTheDocument();
    await waitFor(() => expect(council.received).toHaveLength(1));
    expect(council.received[0]?.body).toEqual(
      expect.objectContaining({ period: { kind: 'month', start: '2026-10-01', end: '2026-10-31' } }),
    );
  }, 60_000);
});
