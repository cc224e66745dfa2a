import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HUB_PASSWORD, openHubBed, type HubBed } from '@test/fixtures/hub';
import { findFocusedErrorSummary, renderApp } from './render-app';

let bed: HubBed | undefined;
afterEach(async () => {
  await bed?.close();
  bed = undefined;
});

async function openAsManager(b: HubBed) {
  const view = renderApp(b, '/hub/setup');
  await view.user.type(await screen.findByLabelText('Username'), 'manager');
  await view.user.type(screen.getByLabelText('Password'), HUB_PASSWORD);
  await view.user.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByRole('heading', { level: 1, name: 'Set up the hub' }, { timeout: 10_000 });
  return view;
}

describe('the manager sets up the hub', () => {
  it('adds a space, told at each field what is wrong first, and removes one after confirming', async () => {
    bed = await openHubBed();
    const { user } = await openAsManager(bed);
    await user.click(await screen.findByRole('button', { name: 'Add a space' }));
    await user.clear(screen.getByLabelText('Seats'));
    await user.clear(screen.getByLabelText('Width in cells'));
    await user.type(screen.getByLabelText('Width in cells'), '0');
    await user.click(screen.getByRole('button', { name: 'Add the space' }));
    const summary = await findFocusedErrorSummary(screen);
    expect(within(summary).getByText('A space is at least one cell wide')).toBeInTheDocument();
    expect(within(summary).getByText('Enter how many people it seats')).toBeInTheDocument();
    expect(screen.getByLabelText('Width in cells')).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByLabelText('Name'), 'Quiet room 1');
    await user.selectOptions(screen.getByLabelText('Kind'), 'Quiet room (confidential calls)');
    await user.type(screen.getByLabelText('Seats'), '2');
    await user.clear(screen.getByLabelText('Width in cells'));
    await user.type(screen.getByLabelText('Width in cells'), '3');
    await user.click(screen.getByLabelText('Lockable'));
    // At the plan's corner it would sit on Desk 1: the form says so at the place fields.
    await user.click(screen.getByRole('button', { name: 'Add the space' }));
    expect(await screen.findAllByText('The space overlaps Desk 1 on the plan.')).not.toHaveLength(0);
    await user.clear(screen.getByLabelText('Across (grid column)'));
    await user.type(screen.getByLabelText('Across (grid column)'), '20');
    await user.clear(screen.getByLabelText('Down (grid row)'));
    await user.type(screen.getByLabelText('Down (grid row)'), '10');
    await user.click(screen.getByRole('button', { name: 'Add the space' }));
    const table = await screen.findByRole('table', { name: 'Spaces' });
    const row = (await within(table).findByRole('rowheader', { name: 'Quiet room 1' })).closest('tr');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText('Lockable')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Remove Desk 4' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove the space' }));
    expect(await screen.findByText(/Desk 4 is removed/)).toBeInTheDocument();
    const setup = await bed.manager.ok('hub.setup', {});
    expect(setup.spaces.map((s) => s.name).sort()).toEqual([
      'Desk 1',
      'Desk 2',
      'Desk 3',
      'Meeting room',
      'Quiet room 1',
      'Training room',
    ]);
  });

  it('refuses a visitor file with a bad line, listing it by line and column, and imports nothing', async () => {
    bed = await openHubBed();
    const { user } = await openAsManager(bed);
    await user.click(await screen.findByRole('tab', { name: 'Visitor accounts' }));
    const csv =
      'name,organisation,username,email,phone\n' +
      'Ann Lee,District nursing (South),ann.lee,,\n' +
      'Bo Diaz,No such team,bo.diaz,,\n';
    const file = new File([csv], 'visitors.csv', { type: 'text/csv' });
    await user.upload(await screen.findByLabelText('CSV file'), file);
    await user.click(screen.getByRole('button', { name: 'Import the file' }));
    expect(await screen.findByText('Nothing was imported.')).toBeInTheDocument();
    const problems = screen.getByRole('table', { name: 'Problems in the file' });
    const line = within(problems).getAllByRole('row')[1] as HTMLElement;
    expect(within(line).getByText('3')).toBeInTheDocument();
    expect(within(line).getByText('organisation')).toBeInTheDocument();
    const visitors = await bed.manager.ok('hub.visitors', {});
    expect(visitors.map((v) => v.username).sort()).toEqual(['jo.brown', 'sam.patel']);
  });

  it('keeps the no-show release between 15 and 60 minutes', async () => {
    bed = await openHubBed();
    const { user } = await openAsManager(bed);
    await user.click(await screen.findByRole('tab', { name: 'House rules' }));
    const minutes = screen.getByLabelText('Release a booked desk after (minutes)');
    await user.clear(minutes);
    await user.type(minutes, '90');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await findFocusedErrorSummary(screen);
    expect(within(summary).getByText('Choose from 15 to 60 minutes')).toBeInTheDocument();
    await user.clear(minutes);
    await user.type(minutes, '45');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await bed?.manager.ok('hub.setup', {}))?.settings.noShowMinutes).toBe(45));
  });
});
