import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { anAccount, openBranch } from '@test/fixtures/builders';
import { DEFAULT_SICK_PAY_SCHEME } from '@shared/domain/policy/sick-pay';
import type { TestBackend } from '../fixtures/test-backend';
import { findFocusedErrorSummary, renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

describe('the occupational sick pay scheme page', () => {
  it('refuses overlapping bands at the field, then checks the change before saving it', async () => {
    tb = await openBranch();
    await anAccount(tb, 'manager');
    const { user } = renderApp(tb, '/policy/sick-pay');
    await signInAs(user, screen, 'manager');
    // The scheme in force is the default (five bands): make band 2 start inside band 1.
    const from2 = await screen.findByLabelText('Band 2: from (months of service)');
    await user.clear(from2);
    await user.type(from2, '6');
    await user.click(screen.getByRole('button', { name: 'Check the change' }));
    const summary = await findFocusedErrorSummary(screen);
    const message = 'This band overlaps band 1: each length of service may fall in one band only';
    expect(within(summary).getByRole('link', { name: message })).toBeInTheDocument();
    expect(from2).toHaveAttribute('aria-invalid', 'true');
    const manager = await tb.signedIn('manager');
    expect(await manager.ok('policy.sickPayScheme', {})).toEqual(DEFAULT_SICK_PAY_SCHEME);

    // Put it right, give the first band 6 weeks at full pay, and check the change.
    await user.clear(from2);
    await user.type(from2, '12');
    const full1 = screen.getByLabelText('Band 1: weeks at full pay');
    await user.clear(full1);
    await user.type(full1, '6');
    await user.click(screen.getByRole('button', { name: 'Check the change' }));
    expect(
      await screen.findByRole('heading', { name: 'Check the new sick pay scheme before you save it' }),
    ).toBeVisible();
    expect(screen.getByText('No sickness is recorded yet: nothing already worked out changes.')).toBeVisible();
    expect(screen.getAllByText('6 weeks at full pay, then 8 weeks at half pay')).toHaveLength(1);
    // Nothing is saved until the manager says so.
    expect((await manager.ok('policy.sickPayScheme', {})).bands[0]?.fullPayWeeks).toBe(4);
    await user.click(screen.getByRole('button', { name: 'Save the scheme' }));
    expect(await screen.findByText(/Scheme saved/)).toBeVisible();
    expect((await manager.ok('policy.sickPayScheme', {})).bands[0]?.fullPayWeeks).toBe(6);
  });

  it('is not drawn for a coordinator', async () => {
    tb = await openBranch();
    await anAccount(tb, 'coordinator');
    const { user } = renderApp(tb, '/policy/sick-pay');
    await signInAs(user, screen, 'coordinator');
    expect(await screen.findByText(/do not have access|no access/i)).toBeInTheDocument();
    expect(screen.queryByLabelText('Waiting days')).not.toBeInTheDocument();
  });
});
