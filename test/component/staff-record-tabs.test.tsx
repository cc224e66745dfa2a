import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { aCompleteStaffMember, anAccount, openBranch, write } from '@test/fixtures/builders';
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

  it('shows each sickness with its working days and sick pay, and the scheme days left, in plain words', async () => {
    tb = await openBranch();
    await anAccount(tb, 'manager');
    // 30 guaranteed hours at £14.00 (£420.00 a week), Monday to Friday, 2 years and 9 months' service on the tests'
    // today (Mon 23 Nov 2026): the branch's starting scheme gives 16 weeks full and 16 half (80 days each).
    const id = (await aCompleteStaffMember(tb, { startDate: '2024-02-05' })).id;
    await write(tb, 'availability.saveWindows', {
      staffId: id,
      windows: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 480, endMinute: 1020 })),
    });
    await write(tb, 'availability.recordSickness', {
      staffId: id,
      startDate: '2026-11-16',
      startMinute: 0,
      expectedEndDate: '2026-11-18',
      note: null,
    });
    const { user } = renderApp(tb, `/staff/${id}`);
    await signInAs(user, screen, 'manager');
    await user.click(await screen.findByRole('tab', { name: 'Sickness' }));
    const panel = await screen.findByRole('region', { name: 'Sickness and sick pay' });
    expect(
      await within(panel).findByText(
        'With 2 years and 9 months’ service: 16 weeks at full pay, then 16 weeks at half pay, in any 12 months',
      ),
    ).toBeInTheDocument();
    expect(within(panel).getByText('77 of 80 days at full pay, 80 of 80 days at half pay')).toBeInTheDocument();
    const row = within(panel).getByRole('row', { name: /Mon 16 Nov 2026 to Wed 18 Nov 2026/ });
    // 3 days: £24.65 SSP and £59.35 on top each, £252.00 in all (3 days of £84.00).
    expect(row).toHaveTextContent('£73.95 (3 days)');
    expect(row).toHaveTextContent('£178.05 (3 at full pay, 0 at half pay)');
    expect(row).toHaveTextContent('£252.00');
  });

  it('shows the holiday entitlement and the leave booked through availability, in hours', async () => {
    tb = await openBranch();
    await anAccount(tb, 'manager');
    // 30 guaranteed hours over Monday to Friday, employed all of the leave year from 1 Apr 2026: 5.6 weeks of 5 days
    // is 28 days of 6 hours, 168 hours. Tue 24 and Wed 25 Nov approved (after today, Mon 23 Nov): 12 hours ahead.
    const id = (await aCompleteStaffMember(tb, { startDate: '2024-02-05' })).id;
    await write(tb, 'availability.saveWindows', {
      staffId: id,
      windows: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 480, endMinute: 1020 })),
    });
    const asked = await write(tb, 'availability.requestLeave', {
      staffId: id,
      startDate: '2026-11-24',
      endDate: '2026-11-25',
      note: null,
    });
    await write(tb, 'availability.decideLeave', { id: asked.id, decision: 'approved' });
    const { user } = renderApp(tb, `/staff/${id}`);
    await signInAs(user, screen, 'manager');
    await user.click(await screen.findByRole('tab', { name: 'Holiday' }));
    const panel = await screen.findByRole('region', {
      name: 'Holiday, leave year Wed 1 Apr 2026 to Wed 31 Mar 2027',
    });
    const summary = (key: string) => within(panel).getByText(key).nextElementSibling;
    expect(await within(panel).findByText('Entitlement this year')).toBeInTheDocument();
    expect(summary('Entitlement this year')).toHaveTextContent('168 h');
    expect(summary('Booked ahead')).toHaveTextContent('12 h');
    expect(summary('Left to book')).toHaveTextContent('156 h');
    const row = within(panel).getByRole('row', { name: /Tue 24 Nov 2026 to Wed 25 Nov 2026/ });
    expect(row).toHaveTextContent('Approved');
    expect(row).toHaveTextContent('12 h');
  });

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
