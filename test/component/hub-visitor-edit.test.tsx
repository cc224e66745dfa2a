import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HUB_PASSWORD, openHubBed, type HubBed } from '@test/fixtures/hub';
import { findFocusedErrorSummary, renderApp } from './render-app';

let bed: HubBed | undefined;
afterEach(async () => {
  await bed?.close();
  bed = undefined;
});

async function openAs(b: HubBed, username: 'manager' | 'coordinator', route: string) {
  const view = renderApp(b, route);
  await view.user.type(await screen.findByLabelText('Username'), username);
  await view.user.type(screen.getByLabelText('Password'), HUB_PASSWORD);
  await view.user.click(screen.getByRole('button', { name: 'Sign in' }));
  return view;
}

describe('looking after visitors', () => {
  it('the manager changes a visitor’s details and organisation, with each error at its field', async () => {
    bed = await openHubBed();
    const { user } = await openAs(bed, 'manager', '/hub/setup');
    await user.click(await screen.findByRole('tab', { name: 'Visitor accounts' }, { timeout: 10_000 }));
    await user.click(await screen.findByRole('button', { name: 'Change Sam Patel’s details' }));
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(screen.getByLabelText('Email (optional)'), 'sam@');
    await user.click(screen.getByRole('button', { name: 'Save the changes' }));
    const summary = await findFocusedErrorSummary(screen);
    expect(summary).toHaveTextContent('Enter the visitor’s name');
    expect(summary).toHaveTextContent('Enter an email address like name@example.org');
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByLabelText('Name'), 'Sam Patel-Jones');
    await user.clear(screen.getByLabelText('Email (optional)'));
    await user.type(screen.getByLabelText('Email (optional)'), 'sam.pj@nhs.example');
    await user.selectOptions(screen.getByLabelText('Organisation'), 'Rushey Green GP practice');
    await user.click(screen.getByRole('button', { name: 'Save the changes' }));
    expect(await screen.findByText('Sam Patel-Jones’s details are saved.')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Visitor accounts' });
    const row = within(table).getByRole('rowheader', { name: 'Sam Patel-Jones' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('Rushey Green GP practice')).toBeInTheDocument();
    expect(within(row).getByText('sam.pj@nhs.example')).toBeInTheDocument();
  });

  it('a coordinator books a desk for a visitor, and it is the visitor’s booking', async () => {
    bed = await openHubBed();
    const { user } = await openAs(bed, 'coordinator', '/hub');
    const bookFor = await screen.findByLabelText('Book for', {}, { timeout: 10_000 });
    // The visitors arrive with their own query; the choice is there once they have.
    await screen.findByRole('option', { name: 'Sam Patel (District nursing (South))' });
    await user.selectOptions(bookFor, 'Sam Patel (District nursing (South))');
    await user.click(await screen.findByRole('button', { name: 'Book all day at Desk 1' }));
    expect(
      await screen.findByText('Desk 1 is booked for Sam Patel on Mon 23 Nov 2026, all day.', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const sam = await bed.as('sam.patel');
    expect((await sam.ok('hub.myBookings', { from: null })).map((b) => [b.spaceName, b.period])).toEqual([
      ['Desk 1', 'day'],
    ]);
  });
});
