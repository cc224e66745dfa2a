import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HUB_PASSWORD, openHubBed, type HubBed } from '@test/fixtures/hub';
import { renderApp } from './render-app';

let bed: HubBed | undefined;
afterEach(async () => {
  await bed?.close();
  bed = undefined;
});

describe('how the hub is used', () => {
  it('shows each space’s half-days booked and each organisation’s bookings over the dates chosen', async () => {
    bed = await openHubBed();
    const desk = bed.desks[0]!;
    await (await bed.as('sam.patel')).ok('hub.book', { spaceId: desk.id, date: '2026-11-24', period: 'morning' });
    await (await bed.as('jo.brown')).ok('hub.book', { spaceId: desk.id, date: '2026-11-25', period: 'day' });
    const { user } = renderApp(bed, '/hub/usage');
    await user.type(await screen.findByLabelText('Username'), 'manager');
    await user.type(screen.getByLabelText('Password'), HUB_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { level: 1, name: 'How the hub is used' }, { timeout: 10_000 });

    // The last four weeks up to today first; the bookings are later this week, so the range is moved on.
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-11-30' } });
    const spaces = await screen.findByRole('table', { name: 'Each space over these dates' });
    const row = (await within(spaces).findByRole('rowheader', { name: desk.name })).closest('tr') as HTMLElement;
    // A morning and a whole day: three half-days.
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent('3');
    const byOrganisation = screen.getByRole('table', { name: 'Bookings and no-shows by organisation' });
    const nursing = within(byOrganisation).getByRole('rowheader', { name: 'District nursing (South)' });
    expect(nursing.closest('tr')).toHaveTextContent('District nursing (South)20');

    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-10-01' } });
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The end date must be on or after the start date');
    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
  });
});
