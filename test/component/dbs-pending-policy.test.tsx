import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { aCompleteStaffMember, anAccount, daysFromToday, openBranch } from '@test/fixtures/builders';
import { formatDate } from '@shared/domain/time/format';
import type { TestBackend } from '../fixtures/test-backend';
import { renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

describe('the pending DBS policy on the compliance page', () => {
  it('lets the manager choose "only alongside a colleague", and the backend applies it from then on', async () => {
    tb = await openBranch();
    await anAccount(tb, 'manager');
    const { user } = renderApp(tb, '/compliance');
    await signInAs(user, screen, 'manager');
    const panel = await screen.findByRole('region', { name: 'Starting while a DBS check is pending' });
    const select = await within(panel).findByLabelText('May someone work while their enhanced DBS check is pending?');
    expect(select).toHaveValue('not_allowed');
    await user.selectOptions(select, 'alongside_colleague');
    await user.click(within(panel).getByRole('button', { name: 'Save the policy' }));
    expect(await within(panel).findByText(/Policy saved/)).toBeInTheDocument();
    const manager = await tb.signedIn('manager');
    expect((await manager.ok('policy.dbsPendingPolicy', {})).policy).toBe('alongside_colleague');
  });

  it('shows a coordinator the policy in words, with nothing to change', async () => {
    tb = await openBranch();
    await anAccount(tb, 'coordinator');
    const { user } = renderApp(tb, '/compliance');
    await signInAs(user, screen, 'coordinator');
    const panel = await screen.findByRole('region', { name: 'Starting while a DBS check is pending' });
    expect(await within(panel).findByText(/Not allowed: nobody works until their DBS check is back/)).toBeVisible();
    expect(within(panel).queryByRole('button')).not.toBeInTheDocument();
  });

  it('lists a pending DBS check as pending since the date applied for, in the policy’s words', async () => {
    tb = await openBranch();
    // The manager's own record is complete, so the only DBS line is the worker's.
    await anAccount(tb, 'manager', { complete: true });
    const appliedOn = daysFromToday(-5);
    await aCompleteStaffMember(tb, {
      sensitive: { dbsCertificateNumber: null, dbsIssueDate: null, dbsAppliedOn: appliedOn },
    });
    const manager = await tb.signedIn('manager');
    await manager.ok('policy.updateDbsPendingPolicy', { policy: 'alongside_colleague' });
    const { user } = renderApp(tb, '/compliance');
    await signInAs(user, screen, 'manager');
    const panel = await screen.findByRole('region', { name: /^DBS check missing, pending, or recheck due/ });
    expect(
      within(panel).getByText(
        `DBS check pending (applied for ${formatDate(appliedOn)}): may work only alongside a colleague`,
      ),
    ).toBeVisible();
    expect(within(panel).getByText('Due soon')).toBeVisible();
    expect(within(panel).queryByText(/No enhanced DBS/)).not.toBeInTheDocument();
  });
});
