import { screen, within } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../fixtures/test-backend';
import { renderApp } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  onlineManager.setOnline(true);
  await tb?.close();
  tb = undefined;
});

const MANAGER = { username: 'amara.manager', password: 'copper kettle singing slowly' };

/** An empty store with a branch, its manager and one staff record, made through the procedures. */
async function branchWithOneRecord(backend: TestBackend): Promise<void> {
  const setup = backend.client();
  await setup.ok('setup.createBranch', {
    providerName: 'Offline Care Ltd',
    providerId: null,
    branchName: 'Offline branch',
    neighbourhood: 'Catford',
    cqcLocationId: null,
    manager: { givenName: 'Amara', familyName: 'Manager', ...MANAGER },
  });
  await setup.ok('staff.create', {
    reference: 'OFF-001',
    givenName: 'Olu',
    familyName: 'Offline',
    preferredName: null,
    jobRole: 8,
    email: null,
    phone: null,
    startDate: '2025-04-01',
  });
}

describe('the app when the operating system says the network is down', () => {
  it('still loads a list and saves a change: the backend is local', async () => {
    tb = await openTestBackend();
    await branchWithOneRecord(tb);
    // TanStack Query's default would pause every query and mutation here, and the list would show as empty.
    onlineManager.setOnline(false);
    const { user } = renderApp(tb, '/staff');
    await user.type(await screen.findByLabelText('Username'), MANAGER.username);
    await user.type(screen.getByLabelText('Password'), MANAGER.password);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const table = await screen.findByRole('table', { name: 'Staff' }, { timeout: 10_000 });
    expect(await within(table).findByText('OFF-001', {}, { timeout: 10_000 })).toBeInTheDocument();

    await user.click(within(table).getByText('OFF-001'));
    await user.click(await screen.findByRole('button', { name: 'Archive' }, { timeout: 10_000 }));
    expect(await screen.findByRole('button', { name: 'Restore' }, { timeout: 10_000 })).toBeInTheDocument();
    const manager = await tb.signedIn(MANAGER.username, MANAGER.password);
    expect((await manager.ok('staff.list', { status: 'archived' })).rows.map((r) => r.reference)).toEqual(['OFF-001']);
  });
});
