import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@main/demo/demo-branch';
import { openTestBackend, type TestBackend } from '../fixtures/test-backend';
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
      tb = await openTestBackend({ demo: true });
      const manager = await tb.signedIn('manager');
      const id = (await manager.ok('staff.list', { search: 'NH00020' })).rows[0]!.id;
      const { user } = renderApp(tb, `/staff/${id}`);
      await signInAs(user, screen, 'manager');
      // Generous waits: password hashing (Argon2) is slow when the whole suite runs in parallel.
      expect(
        await screen.findByRole('tab', { name: 'Identity', selected: true }, { timeout: 10_000 }),
      ).toBeInTheDocument();
      expect(screen.queryByText('National Insurance number')).not.toBeInTheDocument();
      await user.type(screen.getByLabelText('Your password'), DEMO_PASSWORD);
      await user.click(screen.getByRole('button', { name: 'Show sensitive details' }));
      expect(await screen.findByText('National Insurance number', {}, { timeout: 10_000 })).toBeInTheDocument();

      await user.click(screen.getByRole('tab', { name: 'Employment' }));
      await user.click(await screen.findByRole('button', { name: 'Change employment' }, { timeout: 10_000 }));
      await user.clear(screen.getByLabelText(/Guaranteed weekly hours/));
      await user.type(screen.getByLabelText(/Guaranteed weekly hours/), '80');
      await user.click(screen.getByRole('button', { name: 'Save' }));
      const summary = await screen.findByRole('alert', {}, { timeout: 10_000 });
      expect(within(summary).getByRole('link', { name: /75 or fewer/ })).toBeInTheDocument();
      expect(screen.getByLabelText(/Guaranteed weekly hours/)).toHaveAttribute('aria-invalid', 'true');
    },
  );

  it('lists the compliance lines with links to the records', async () => {
    tb = await openTestBackend({ demo: true });
    const { user } = renderApp(tb, '/compliance');
    await signInAs(user, screen, 'coordinator');
    const panel = await screen.findByRole('region', { name: /Paid below the pay floor \(2\)/ }, { timeout: 10_000 });
    expect(within(panel).getAllByRole('link')).toHaveLength(2);
  });
});
