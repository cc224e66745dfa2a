import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { anAccount, aStaffMember, openBranch } from '@test/fixtures/builders';
import type { TestBackend } from '../fixtures/test-backend';
import { renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

describe('staff pages over an in-process backend', () => {
  it('lists the staff after sign-in and filters by search', async () => {
    tb = await openBranch();
    await anAccount(tb, 'manager', { staff: { reference: 'HUB-0001' } });
    await aStaffMember(tb, { reference: 'HUB-0002', givenName: 'Ngozi', familyName: 'Okafor' });
    await aStaffMember(tb, { reference: 'HUB-0003', givenName: 'Tomasz', familyName: 'Nowak' });
    const { user } = renderApp(tb, '/staff');
    await signInAs(user, screen, 'manager');
    const table = await screen.findByRole('table', { name: 'Staff' });
    expect(await within(table).findByText('HUB-0003')).toBeInTheDocument();
    expect(await screen.findByText('3 rows')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Search by name or reference'), 'HUB-0002');
    expect(await within(table).findByText('HUB-0002')).toBeInTheDocument();
    expect(await screen.findByText('1 row')).toBeInTheDocument();
    expect(within(table).queryByText('HUB-0003')).not.toBeInTheDocument();
  });

  it('shows the error summary and field errors when a new record is incomplete, and saves nothing', async () => {
    tb = await openBranch();
    await anAccount(tb, 'manager');
    const { user } = renderApp(tb, '/staff/new');
    await signInAs(user, screen, 'manager');
    await user.click(await screen.findByRole('button', { name: 'Create the record' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Enter a first name' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Choose a job role' })).toBeInTheDocument();
    expect(screen.getByLabelText('First name')).toHaveAttribute('aria-invalid', 'true');
    const manager = await tb.signedIn('manager');
    // Only the manager's own record.
    expect((await manager.ok('staff.list', { status: null })).total).toBe(1);
  });
});
