import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../fixtures/test-backend';
import { renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

describe('staff pages over an in-process backend', () => {
  it('lists demo staff after sign-in and filters by search', async () => {
    tb = await openTestBackend({ demo: true });
    const { user } = renderApp(tb, '/staff');
    await signInAs(user, screen, 'manager');
    const table = await screen.findByRole('table', { name: 'Staff' });
    expect(await within(table).findByText('NH00001')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Search by name or reference'), 'NH00002');
    expect(await within(table).findByText('NH00002')).toBeInTheDocument();
    expect(await screen.findByText('1 row')).toBeInTheDocument();
  });

  it('shows the error summary and field errors when a new record is incomplete, and saves nothing', async () => {
    tb = await openTestBackend({ demo: true });
    const { user } = renderApp(tb, '/staff/new');
    await signInAs(user, screen, 'manager');
    await user.click(await screen.findByRole('button', { name: 'Create the record' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Enter a first name' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Choose a job role' })).toBeInTheDocument();
    expect(screen.getByLabelText('First name')).toHaveAttribute('aria-invalid', 'true');
    const manager = await tb.signedIn('manager');
    expect((await manager.ok('staff.list', { status: null })).total).toBe(150);
  });
});
