import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { anAccount, openBranch } from '@test/fixtures/builders';
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
});
