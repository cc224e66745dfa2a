import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { aCompleteStaffMember, anAccount, openBranch } from '@test/fixtures/builders';
import { TEST_PASSWORD, type TestBackend } from '../fixtures/test-backend';
import { renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

describe('the full staff record', () => {
  it(
    'shows tabs, hides sensitive fields until the password ' + 'is given again, and names the field on a bad edit',
    async () => {
      tb = await openBranch();
      await anAccount(tb, 'manager');
      // A care worker whose record is complete, National Insurance number and all.
      const id = (await aCompleteStaffMember(tb)).id;
      const { user } = renderApp(tb, `/staff/${id}`);
      await signInAs(user, screen, 'manager');
      expect(await screen.findByRole('tab', { name: 'Identity', selected: true })).toBeInTheDocument();
      expect(screen.queryByText('National Insurance number')).not.toBeInTheDocument();
      await user.type(screen.getByLabelText('Your password'), TEST_PASSWORD);
      await user.click(screen.getByRole('button', { name: 'Show sensitive details' }));
      expect(await screen.findByText('National Insurance number')).toBeInTheDocument();

      await user.click(screen.getByRole('tab', { name: 'Employment' }));
      await user.click(await screen.findByRole('button', { name: 'Change employment' }));
      await user.clear(screen.getByLabelText(/Guaranteed weekly hours/));
      await user.type(screen.getByLabelText(/Guaranteed weekly hours/), '80');
      await user.click(screen.getByRole('button', { name: 'Save' }));
      const summary = await screen.findByRole('alert');
      expect(within(summary).getByRole('link', { name: /75 or fewer/ })).toBeInTheDocument();
      expect(screen.getByLabelText(/Guaranteed weekly hours/)).toHaveAttribute('aria-invalid', 'true');
    },
  );

  it('lists the compliance lines with links to the records', async () => {
    tb = await openBranch();
    await anAccount(tb, 'coordinator', { complete: true });
    // Two workers paid below the £12.75 floor, and one paid above it.
    const paid = (pencePerHour: number) => [{ effectiveFrom: '2024-01-08', pencePerHour, note: null }];
    await aCompleteStaffMember(tb, { payRates: paid(1250) });
    await aCompleteStaffMember(tb, { payRates: paid(1270) });
    await aCompleteStaffMember(tb, { payRates: paid(1300) });
    const { user } = renderApp(tb, '/compliance');
    await signInAs(user, screen, 'coordinator');
    const panel = await screen.findByRole('region', { name: /Paid below the pay floor \(2\)/ });
    expect(within(panel).getAllByRole('link')).toHaveLength(2);
  });
});
