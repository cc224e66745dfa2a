import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HUB_PASSWORD, openHubBed, type HubBed } from '@test/fixtures/hub';
import { renderApp } from './render-app';

let bed: HubBed | undefined;
afterEach(async () => {
  await bed?.close();
  bed = undefined;
});

/** Wes (staff) forgot to sign out on Monday; on Tuesday at 09:30 Sam has walked in to Desk 2. */
async function tuesdayBed(): Promise<HubBed> {
  const b = await openHubBed();
  const kiosk = await b.kiosk();
  await kiosk.ok('hub.kioskStaffSignIn', { username: 'worker', password: HUB_PASSWORD });
  b.clock.set('2026-11-24T09:30:00.000Z');
  await kiosk.ok('hub.kioskSignInByName', {
    name: 'Sam Patel',
    organisationId: b.organisations.nursing,
    spaceId: b.desks[1]!.id,
    acceptHouseRules: true,
  });
  return b;
}

describe('the hub on the home pages', () => {
  it.each(['manager', 'coordinator'] as const)(
    'a %s sees who is in, today’s bookings and who forgot to sign out, with links',
    async (username) => {
      bed = await tuesdayBed();
      const { user } = renderApp(bed, '/');
      await user.type(await screen.findByLabelText('Username'), username);
      await user.type(screen.getByLabelText('Password'), HUB_PASSWORD);
      await user.click(screen.getByRole('button', { name: 'Sign in' }));

      const inBuilding = await screen.findByRole('table', { name: 'In the building now' }, { timeout: 10_000 });
      expect(
        within(inBuilding)
          .getAllByRole('rowheader')
          .map((c) => c.textContent),
      ).toEqual(['Sam Patel']);
      expect(within(inBuilding).getByText('09:30')).toBeInTheDocument();
      expect(screen.getByText('1 person is signed in at the hub.')).toBeInTheDocument();

      const bookings = await screen.findByRole('table', { name: 'Hub bookings today' });
      expect(within(bookings).getByRole('rowheader', { name: 'Desk 2' })).toBeInTheDocument();
      expect(within(bookings).getByText('Sam Patel')).toBeInTheDocument();

      expect(await screen.findByText(/1 person forgot to sign out and is still to record/)).toBeInTheDocument();
      await user.click(screen.getByRole('link', { name: 'Record when they left' }));
      const toRecord = await screen.findByRole('table', { name: 'Sign-outs still to record' }, { timeout: 10_000 });
      expect(within(toRecord).getByRole('rowheader', { name: 'Wes Lowe' })).toBeInTheDocument();
    },
  );
});
