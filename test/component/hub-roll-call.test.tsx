import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HUB_PASSWORD, openHubBed, type HubBed } from '@test/fixtures/hub';
import { renderApp } from './render-app';

let bed: HubBed | undefined;
afterEach(async () => {
  await bed?.close();
  bed = undefined;
});

describe('the roll call when the alarm sounds', () => {
  it('any member of staff sees who is in and ticks them safe at the assembly point', async () => {
    bed = await openHubBed();
    const kiosk = await bed.kiosk();
    await kiosk.ok('hub.kioskSignInByName', {
      name: 'Sam Patel',
      organisationId: bed.organisations.nursing,
      spaceId: bed.desks[1]?.id ?? null,
      acceptHouseRules: true,
    });
    const { user } = renderApp(bed, '/hub/building');
    await user.type(await screen.findByLabelText('Username'), 'worker');
    await user.type(screen.getByLabelText('Password'), HUB_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const floor = await screen.findByRole('table', { name: 'In the building: Ground floor' }, { timeout: 10_000 });
    expect(within(floor).getByRole('rowheader', { name: 'Sam Patel' })).toBeInTheDocument();
    expect(within(floor).getByText('Desk 2')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start a roll call' }));
    await user.click(screen.getByRole('button', { name: 'Yes, start the roll call' }));
    expect(await screen.findByText('0 of 1 people marked safe.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Sam Patel is safe' }));
    expect(await screen.findByText('1 of 1 people marked safe.')).toBeInTheDocument();
    // The kiosk takes no sign-ins while the roll call is open.
    await waitFor(async () => expect((await kiosk.ok('hub.kioskStatus', {})).evacuation).toBe(true));
  });
});
