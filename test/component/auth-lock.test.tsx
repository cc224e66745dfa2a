import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { anAccount, openBranch } from '@test/fixtures/builders';
import { TEST_PASSWORD, type TestBackend } from '../fixtures/test-backend';
import { findFocusedErrorSummary, renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

describe('the idle lock screen', () => {
  it(
    'locks after the idle time; a wrong password is refused in the ' +
      'error summary; the right one carries on where the person was',
    async () => {
      tb = await openBranch();
      await anAccount(tb, 'manager');
      const { user } = renderApp(tb, '/staff');
      await signInAs(user, screen, 'manager');
      await screen.findByRole('navigation', { name: 'Main' });
      const search = await screen.findByLabelText('Search by name or reference');
      tb.clock.advance(11 * 60_000);
      // Back after eleven minutes, the person searches the list: the backend decides the session is locked, and the
      // shell shows the lock screen instead of the answer.
      await user.type(search, 'Ada');
      await screen.findByRole('heading', { name: 'Locked' });
      await user.type(screen.getByLabelText('Password'), 'not-my-password');
      await user.click(screen.getByRole('button', { name: 'Unlock' }));
      const summary = await findFocusedErrorSummary(screen);
      // Deliberately not "wrong password": the message never says which half of a sign-in was wrong.
      expect(within(summary).getByText(/username or password is not right/)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Switch person' })).toBeInTheDocument();
      await user.clear(screen.getByLabelText('Password'));
      expect(screen.getByLabelText('Password')).toHaveValue('');
      await user.type(screen.getByLabelText('Password'), TEST_PASSWORD);
      await user.click(screen.getByRole('button', { name: 'Unlock' }));
      await screen.findByRole('navigation', { name: 'Main' });
      expect(window.location.hash).toBe('#/staff');
    },
  );
});
