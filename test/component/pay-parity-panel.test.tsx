import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { aPartnerEmployer, aStaffMember, anAccount, openBranch } from '@test/fixtures/builders';
import type { TestBackend } from '../fixtures/test-backend';
import { renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

const paid = (pencePerHour: number) => [{ effectiveFrom: '2024-01-08', pencePerHour, note: null }];

describe('pay parity on the compliance page', () => {
  it('lists the partner worker paid below the lead for the same role, with the gap in words and money', async () => {
    tb = await openBranch();
    await anAccount(tb, 'manager');
    const partnerId = await aPartnerEmployer(tb, 'Small Partner CIC');
    await aStaffMember(tb, { payRates: paid(1480) });
    await aStaffMember(tb, {
      givenName: 'Amy',
      familyName: 'Ng',
      details: { employerId: partnerId, guaranteedWeeklyHours: 20 },
      payRates: paid(1310),
    });
    const { user } = renderApp(tb, '/compliance');
    await signInAs(user, screen, 'manager');
    const table = await screen.findByRole('table', { name: 'Pay parity gaps' });
    const row = within(table).getByRole('link', { name: 'Amy Ng' }).closest('tr')!;
    expect(within(row).getByText('Small Partner CIC')).toBeInTheDocument();
    expect(within(row).getByText(/£1\.70 an hour less, £34\.00 a week over 20 guaranteed hours/)).toBeInTheDocument();
    expect(within(row).getByText('£34.00')).toBeInTheDocument();
  });

  it('says so when only the lead provider employs staff', async () => {
    tb = await openBranch();
    await anAccount(tb, 'manager');
    await aStaffMember(tb, { payRates: paid(1480) });
    const { user } = renderApp(tb, '/compliance');
    await signInAs(user, screen, 'manager');
    expect(await screen.findByText(/Only the lead provider employs staff here/)).toBeInTheDocument();
  });
});
