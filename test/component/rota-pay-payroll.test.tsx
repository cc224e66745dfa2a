import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anAccount, aQuickPlanner, aWeekOfVisits, openBranch, write } from '@test/fixtures/builders';
import { TEST_PASSWORD, type TestBackend } from '../fixtures/test-backend';
import { renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
  vi.unstubAllGlobals();
});

describe('the pay view’s sick pay and payroll export', () => {
  it('shows a sick worker’s sick pay, then checks and exports the week for payroll', async () => {
    tb = await openBranch();
    await aQuickPlanner(tb, 1000);
    await anAccount(tb, 'manager');
    const week = await aWeekOfVisits(tb, { people: 2, workers: 3 });
    const sick = week.workerIds[2] ?? '';
    // Off Tuesday and Wednesday of the week of 23 Nov 2026 (the tests' today is that Monday).
    await write(tb, 'availability.recordSickness', {
      staffId: sick,
      startDate: '2026-11-24',
      startMinute: 0,
      expectedEndDate: '2026-11-25',
      note: null,
    });
    await write(tb, 'rota.planWeek', { isoWeek: '2026-W48', iterations: 500 });
    // jsdom has no object URLs; the download itself is the browser's.
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:payroll', revokeObjectURL: () => {} }));

    const { user } = renderApp(tb, '/rota');
    await signInAs(user, screen, 'manager');
    fireEvent.change(await screen.findByLabelText('Week'), { target: { value: '2026-W48' } });
    await user.click(await screen.findByRole('tab', { name: 'Pay' }, { timeout: 30_000 }));
    const table = await screen.findByRole('table', { name: 'Pay per worker' }, { timeout: 15_000 });
    expect(within(table).getByRole('columnheader', { name: /Sick pay/ })).toBeInTheDocument();
    // Not in an occupational scheme, so SSP only: the £123.25 flat rate over the 6 days a week the worker is
    // available (Monday to Saturday) is £20.54 a day; 2 days £41.08.
    expect(within(table).getByText('2 days: £41.08 statutory')).toBeInTheDocument();

    const panel = screen.getByRole('region', { name: 'Payroll export' });
    await user.click(within(panel).getByRole('button', { name: 'Check the payroll export' }));
    expect(await within(panel).findByText('Weekly: Mon 23 Nov 2026 to Sun 29 Nov 2026')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Export payroll CSV' }));
    // Every worker's pay leaves in the file: the password first, as for the other exports; nothing is exported yet.
    const password = await within(panel).findByLabelText('Your password');
    expect(within(panel).queryByText('Payroll exported')).not.toBeInTheDocument();
    await user.type(password, TEST_PASSWORD);
    await user.click(within(panel).getByRole('button', { name: 'Confirm and export payroll CSV' }));
    expect(await within(panel).findByText('Payroll exported')).toBeInTheDocument();
    // BrightPay's import layout unless the manager chooses the Neighbourhood Hub summary.
    expect(within(panel).getByText(/saved as payroll-brightpay-2026-11-23-to-2026-11-29\.csv/)).toBeInTheDocument();
  }, 120_000);
});
