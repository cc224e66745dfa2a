import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HUB_PASSWORD, openHubBed, type HubBed } from '@test/fixtures/hub';
import { renderApp } from './render-app';

let bed: HubBed | undefined;
afterEach(async () => {
  await bed?.close();
  bed = undefined;
});

async function signInAsVisitor(route: string) {
  if (!bed) throw new Error('no bed');
  const view = renderApp(bed, route);
  await view.user.type(await screen.findByLabelText('Username'), 'sam.patel');
  await view.user.type(screen.getByLabelText('Password'), HUB_PASSWORD);
  await view.user.click(screen.getByRole('button', { name: 'Sign in' }));
  return view;
}

describe('a visitor books a desk at the hub', () => {
  it('books a morning from the list, sees it on the plan, and cancels it after confirming', async () => {
    bed = await openHubBed();
    const { user } = await signInAsVisitor('/hub');
    await screen.findByRole('heading', { level: 1, name: 'Book a desk or room' }, { timeout: 10_000 });
    expect(await screen.findByRole('group', { name: 'Plan of Ground floor' })).toBeInTheDocument();

    await screen.findByRole('table', { name: 'Spaces' });
    await user.click(await screen.findByRole('button', { name: 'Book morning at Desk 2' }));
    expect(await screen.findByText(/Desk 2 is booked for you on Mon 23 Nov 2026, morning\./)).toBeInTheDocument();
    // The plan reads the new state out: the morning is the visitor's own now.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Desk 2: morning your booking, afternoon free' })).toBeInTheDocument(),
    );
    expect(screen.queryByRole('button', { name: 'Book morning at Desk 2' })).toBeNull();

    await user.click(screen.getByRole('link', { name: 'Your bookings' }));
    await screen.findByRole('heading', { level: 1, name: 'Your bookings' });
    await user.click(await screen.findByRole('button', { name: /Open Desk 2 on Mon 23 Nov 2026/ }));
    expect(await screen.findByRole('img', { name: 'Pass for Desk 2 on Mon 23 Nov 2026' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel this booking' }));
    const ask = screen.getByRole('alertdialog');
    expect(
      within(ask).getByText('The space is freed for others. You can book it again while it is free.'),
    ).toBeVisible();
    await user.click(within(ask).getByRole('button', { name: 'Yes, cancel the booking' }));
    await waitFor(async () => {
      const mine = await bed?.as('sam.patel').then((c) => c.ok('hub.myBookings', { from: null }));
      expect(mine?.filter((b) => b.status === 'booked')).toHaveLength(0);
    });
  });

  it('checks a weekly series before booking it and books only the free dates when asked', async () => {
    bed = await openHubBed();
    const jo = await bed.as('jo.brown');
    await jo.ok('hub.book', { spaceId: bed.desks[0]?.id ?? '', date: '2026-12-07', period: 'morning' });
    const { user } = await signInAsVisitor('/hub/series');
    await screen.findByRole('heading', { level: 1, name: 'Book every week' }, { timeout: 10_000 });
    await user.selectOptions(await screen.findByLabelText('Space'), 'Desk 1');
    await user.clear(screen.getByLabelText('Number of weeks'));
    await user.type(screen.getByLabelText('Number of weeks'), '1');
    await user.click(screen.getByRole('button', { name: 'Check the dates' }));
    expect(
      await screen.findByText('A series runs for at least 2 weeks', { selector: '.field__error *, .field__error' }),
    ).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Number of weeks'));
    await user.type(screen.getByLabelText('Number of weeks'), '3');
    await user.click(screen.getByRole('button', { name: 'Check the dates' }));
    await screen.findByRole('heading', { name: 'Check your answers before booking' });
    expect(screen.getByText('1 of the 3 dates are not free.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Book the 2 free dates only' }));
    expect(await screen.findByText('2 bookings made.')).toBeInTheDocument();
    const sam = await bed.as('sam.patel');
    const mine = await sam.ok('hub.myBookings', { from: null });
    expect(mine.map((b) => b.date)).toEqual(['2026-11-23', '2026-11-30']);
  });
});
