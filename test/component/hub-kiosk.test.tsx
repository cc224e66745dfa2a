import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HUB_PASSWORD, openHubBed, type HubBed } from '@test/fixtures/hub';
import { findFocusedErrorSummary, renderApp } from './render-app';

let bed: HubBed | undefined;
afterEach(async () => {
  await bed?.close();
  bed = undefined;
});

describe('the front desk kiosk', () => {
  it('a coordinator starts the kiosk; a walk-in signs in by name after accepting the house rules', async () => {
    bed = await openHubBed();
    const { user } = renderApp(bed, '/hub/kiosk');
    await user.type(await screen.findByLabelText('Username'), 'coordinator');
    await user.type(screen.getByLabelText('Password'), HUB_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const start = await screen.findByRole('button', { name: 'Start the kiosk on this screen' }, { timeout: 10_000 });
    await user.click(start);
    expect(screen.getByText(/This screen will only let people sign in and out of the building/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, start the kiosk' }));

    // The kiosk: no app navigation, nobody's name.
    await screen.findByRole('heading', { level: 1, name: 'Welcome' }, { timeout: 10_000 });
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByText(/Cal Reyes/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Sign in with my name' }));
    await user.type(screen.getByLabelText('Your name'), 'Sam Patel');
    await user.selectOptions(screen.getByLabelText('Your organisation'), 'District nursing (South)');
    await user.selectOptions(screen.getByLabelText('Where you will sit'), 'Desk 3, Ground floor');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const summary = await findFocusedErrorSummary(screen);
    expect(within(summary).getByText('Read and accept the house rules to sign in')).toBeInTheDocument();

    await user.click(screen.getByLabelText('I have read the house rules and accept them'));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { level: 1, name: 'Thank you' });
    expect(screen.getByText(/Your space: Desk 3, Ground floor\./)).toBeInTheDocument();

    const building = await bed.manager.ok('hub.building', {});
    expect(building.floors.flatMap((f) => f.people.map((p) => p.name))).toEqual(['Sam Patel']);

    // A manager ends the kiosk with their own credentials; the screen goes back to signing in.
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await user.click(screen.getByRole('button', { name: 'End the kiosk (managers)' }));
    await user.type(screen.getByLabelText('Username'), 'manager');
    await user.type(screen.getByLabelText('Password'), HUB_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'End the kiosk' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument());
    expect(screen.queryByRole('heading', { name: 'Welcome' })).toBeNull();
  });
});
