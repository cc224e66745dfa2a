import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetToSignOut, HUB_PASSWORD, openHubBed, type HubBed } from '@test/fixtures/hub';
import { findFocusedErrorSummary, renderApp } from './render-app';

let bed: HubBed | undefined;
afterEach(async () => {
  await bed?.close();
  bed = undefined;
});

async function forgottenBed(): Promise<HubBed> {
  const b = await openHubBed();
  await forgetToSignOut(b);
  return b;
}

async function signIn(user: ReturnType<typeof renderApp>['user'], username: string) {
  await user.type(await screen.findByLabelText('Username'), username);
  await user.type(screen.getByLabelText('Password'), HUB_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('forgotten sign-outs', () => {
  it('the manager records when each person really left, after checking, with errors at the field', async () => {
    bed = await forgottenBed();
    const { user } = renderApp(bed, '/hub/departures');
    await signIn(user, 'manager');
    const toRecord = await screen.findByRole('table', { name: 'Sign-outs still to record' }, { timeout: 10_000 });
    expect(
      within(toRecord)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Sam Patel', 'Wes Lowe']);
    expect(within(toRecord).getByText('Visitor, District nursing (South)')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Record when Wes Lowe left on Mon 23 Nov 2026' }));
    expect(screen.getByRole('heading', { name: 'When did Wes Lowe leave on Mon 23 Nov 2026?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await findFocusedErrorSummary(screen)).toHaveTextContent('Say whether you know when they left');

    await user.selectOptions(screen.getByLabelText(/Do you know when they left\?/), 'yes');
    await user.type(screen.getByLabelText(/Time they left/), 'half five');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await findFocusedErrorSummary(screen)).toHaveTextContent('Enter the time they left, like 17:30');

    // A time before they came in is the backend's to refuse: it comes back to the field, nothing is stored.
    await user.clear(screen.getByLabelText(/Time they left/));
    await user.type(screen.getByLabelText(/Time they left/), '09:30');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: 'Check before you record it' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, record it' }));
    expect(await findFocusedErrorSummary(screen)).toHaveTextContent('Wes Lowe came in at 09:40: enter a later time');

    await user.clear(screen.getByLabelText(/Time they left/));
    await user.type(screen.getByLabelText(/Time they left/), '18:15');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText('18:15')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, record it' }));
    expect(
      await screen.findByText('Recorded that Wes Lowe left at 18:15 on Mon 23 Nov 2026.', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const recorded = await screen.findByRole('table', { name: 'Sign-outs recorded' });
    expect(within(recorded).getByRole('rowheader', { name: 'Wes Lowe' })).toBeInTheDocument();
    expect(within(recorded).getByText('Tue 24 Nov 2026, 10:00 by Mina Okafor')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Record when Sam Patel left on Mon 23 Nov 2026' }));
    await user.selectOptions(screen.getByLabelText(/Do you know when they left\?/), 'no');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText('Not known')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, record it' }));
    expect(
      await screen.findByText(
        'Recorded that nobody knows when Sam Patel left on Mon 23 Nov 2026.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText('Still to record: 0')).toBeInTheDocument();
  });
});
